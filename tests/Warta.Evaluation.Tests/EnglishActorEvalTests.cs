using Warta.Evaluation.EnglishActors;

namespace Warta.Evaluation.Tests;

/// <summary><c>warta eval en-actors</c> on a small gold file written here: each verdict (found, wrong code, missed, extra)
/// is counted from the real pipeline's entities.</summary>
public class EnglishActorEvalTests
{
    private static string RepoRoot() =>
        RepoLocator.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("repository root not found above the test binaries");

    [Fact]
    public void Counts_found_wrong_missed_and_extra_mentions()
    {
        var gold = Path.Combine(Path.GetTempPath(), "warta-en-actors-" + Guid.NewGuid().ToString("N") + ".tsv");
        // found: NATO; wrong code: Moscow (the pipeline reads an acting capital as RUSGOV); missed: "the crowd" (no actor);
        // extra: Kenya (coded by the pipeline, not marked)
        File.WriteAllLines(gold,
        [
            "# test gold",
            "t1\tNATO condemned Moscow in Kenya.\t-\t-\t[NATO|IGOWSTNAT] condemned [Moscow|RUS] in Kenya.",
            "t2\tThe crowd cheered.\t-\t-\tThe [crowd|KENCVL] cheered.",
        ]);
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, EnglishActorEvalRunner.Run(RepoRoot(), [gold], details: true, output));
            var text = output.ToString();
            Assert.Contains("gold mentions 3, found 1 (0.333), wrong code 1, missed 1; extra coded entities 1", text);
            Assert.Contains("t2\tmissed\t[crowd|KENCVL]", text);
        }
        finally { File.Delete(gold); }
    }
}
