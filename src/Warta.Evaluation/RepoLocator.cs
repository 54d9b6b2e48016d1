namespace Warta.Evaluation;

/// <summary>Finds the repository (the folder holding Warta.sln), where the eval commands read <c>eval/</c>
/// and, beside it, <c>../shared/data</c>.</summary>
public static class RepoLocator
{
    /// <summary>The nearest folder up from <paramref name="start"/> holding Warta.sln, or null.</summary>
    public static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) return dir.FullName;
        return null;
    }
}
