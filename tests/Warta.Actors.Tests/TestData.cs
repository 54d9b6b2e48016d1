using Warta.Actors;

namespace Warta.Actors.Tests;

internal static class TestData
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);

    /// <summary>The small test dictionary (testdata/actors), loaded once.</summary>
    public static ActorDictionary Dictionary { get; } = ActorDictionaryLoader.Load(Path("testdata", "actors"));

    /// <summary>The repository root (the folder holding Warta.sln), found upwards from the test binaries.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The real dictionary (data/actors), loaded once for every test class that checks the shipped data.</summary>
    public static Lazy<ActorDictionary> RealDictionary { get; } =
        new(() => ActorDictionaryLoader.Load(System.IO.Path.Combine(RepoRoot, "data", "actors")));

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Warta.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Warta.sln not found above " + AppContext.BaseDirectory);
    }
}
