using Warta.Readers;
using Warta.Readers.Html;

namespace Warta.Readers.Tests;

/// <summary>Paths the tests need: the repository, the shared seed, and the real and test furniture lists.</summary>
public static class TestFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Seed => Path.Combine(RepoRoot, "..", "shared", "data", "seed", "000_95742cb04e9718dd.txt");
    public static string Here(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static HtmlBoilerplate RealBoilerplate() => HtmlBoilerplate.Load(Path.Combine(RepoRoot, "data", "readers", "html-boilerplate.tsv"));
    public static HtmlBoilerplate SmallBoilerplate() => HtmlBoilerplate.Load(Here("testdata", "small-boilerplate.tsv"));

    public static InputReader Reader(long maxArticleBytes = ReaderOptions.DefaultMaxArticleBytes) =>
        new(new ReaderOptions(SmallBoilerplate(), maxArticleBytes));

    /// <summary>A fresh temporary folder, removed when disposed.</summary>
    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("warta-readers-").FullName;
        public string File(string name, byte[] bytes)
        {
            var full = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllBytes(full, bytes);
            return full;
        }
        public string File(string name, string text) => File(name, System.Text.Encoding.UTF8.GetBytes(text));
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Warta.sln not found above " + AppContext.BaseDirectory);
    }
}
