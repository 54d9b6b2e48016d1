namespace Warta.Bench;

/// <summary>Finds the repository (the folder with Warta.sln) from wherever the benchmark runs,
/// BenchmarkDotNet's generated child projects included.</summary>
public static class BenchPaths
{
    public static string RepoRoot { get; } = Find();

    public static string Data => Path.Combine(RepoRoot, "data");
    public static string SharedData => Path.Combine(RepoRoot, "..", "shared", "data");
    public static string IndoSum => Path.Combine(SharedData, "news", "indosum");
    public static string Seed => Path.Combine(SharedData, "seed", "000_95742cb04e9718dd.txt");

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) dir = dir.Parent;
            if (dir is not null) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Run the benchmarks from inside the Warta repository (Warta.sln not found above the current folder).");
    }
}
