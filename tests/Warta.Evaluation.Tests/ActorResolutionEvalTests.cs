using Warta.Engine;
using Warta.Evaluation.Actors;

namespace Warta.Evaluation.Tests;

public class ActorResolutionEvalTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Warta.sln not found above " + AppContext.BaseDirectory);
    }

    [Theory]
    [InlineData("Pemerintah RI mengecam.", "RI", 11)]
    [InlineData("Polisi Rusia menangkap.", "polisi", 0)]
    [InlineData("Ia tiba di Moskow.", "Moskow", 11)]
    [InlineData("Moskowitz tiba.", "Moskow", -1)]
    public void Mentions_are_found_as_whole_words(string text, string mention, int expected) =>
        Assert.Equal(expected, ActorResolutionEval.FindWord(text, mention));

    [Fact]
    public void A_case_whose_context_lacks_the_mention_is_rejected_with_its_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# header\nRusia\tMoskow membantah.\t\tRUS\t\n");
            var e = Assert.Throws<InvalidDataException>(() => ActorResolutionEval.ReadCases(path));
            Assert.Contains(":2:", e.Message);
        }
        finally { File.Delete(path); }
    }

    /// <summary>The acceptance bar of the actor task, on the real dictionaries and the real test file.</summary>
    [Fact]
    public void Real_dictionaries_resolve_the_test_file_at_ninety_percent_or_more()
    {
        var root = RepoRoot();
        var cases = ActorResolutionEval.ReadCases(Path.Combine(root, "eval", "actors", "resolution.tsv"));
        Assert.True(cases.Count >= 300, $"only {cases.Count} cases");
        var data = new WartaData(Path.Combine(root, "data"));
        var before = WartaPipeline.Create(data).Stages.TakeWhile(s => (s.Adds & (Core.Layer.Entities | Core.Layer.Actors)) == 0).ToList();
        var outcomes = ActorResolutionEval.Run(cases, before, WartaPipeline.ActorStages(data));
        double accuracy = outcomes.Count(o => o.Right) / (double)outcomes.Count;
        Assert.True(accuracy >= 0.90, $"accuracy {accuracy:0.000}");
    }
}
