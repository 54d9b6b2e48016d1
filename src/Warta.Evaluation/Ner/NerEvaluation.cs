using Warta.Entities;

namespace Warta.Evaluation.Ner;

/// <summary>Runs a tagger over a CoNLL file sentence by sentence and scores it against the file's tags.</summary>
public static class NerEvaluation
{
    public static NerScore Score(ITokenTagger tagger, IReadOnlyList<TaggedSentence> gold)
    {
        var score = new NerScore();
        foreach (var s in gold) score.Add(s.Tags, tagger.Tag(s.Tokens));
        return score;
    }
}

/// <summary>Finds the repository (the folder holding Warta.sln) and the shared data beside it
/// (<c>../shared/data</c>), looking up from the working directory and from the program's folder.</summary>
public static class Locations
{
    public static string? RepoRoot() => Up(d => File.Exists(Path.Combine(d, "Warta.sln")));

    public static string? SharedData()
    {
        var env = Environment.GetEnvironmentVariable("WARTA_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        var dir = Up(d => Directory.Exists(Path.Combine(d, "..", "shared", "data")));
        return dir is null ? null : Path.GetFullPath(Path.Combine(dir, "..", "shared", "data"));
    }

    private static string? Up(Func<string, bool> found)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (found(d.FullName)) return d.FullName;
        }
        return null;
    }
}
