using System.Text.Json;

namespace Warta.Cli.Tests;

public class QuotesCliTests
{
    [Fact]
    public void Seed_quotes_are_all_attributed_to_Stoltenberg()
    {
        var r = WartaProcess.Run("analyze", WartaProcess.Seed);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var line = Assert.Single(r.Lines);
        Assert.Empty(ContractValidator.Check(line));
        using var json = JsonDocument.Parse(line);
        var quotes = json.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        Assert.True(quotes.Count >= 9, $"only {quotes.Count} quotes");
        Assert.All(quotes, q => Assert.Equal("Jens Stoltenberg", q.GetProperty("speaker").GetString()));
        Assert.Contains(quotes, q => q.GetProperty("direct").GetBoolean());
    }

    [Fact]
    public void Eval_quotes_prints_scores_for_the_dev_split()
    {
        var r = WartaProcess.Run("eval", "quotes", "--split", "dev", "--repo", WartaProcess.RepoRoot);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var dev = Assert.Single(r.Lines, l => l.StartsWith("dev\t", StringComparison.Ordinal));
        var cols = dev.Split('\t');
        Assert.Equal("34", cols[1]);
        Assert.True(int.Parse(cols[2]) >= 250 - 70, "the dev split holds most of the ≥ 250 annotated quotes");
    }

    [Fact]
    public void Eval_quotes_rejects_an_unknown_split()
    {
        var r = WartaProcess.Run("eval", "quotes", "--split", "test");
        Assert.Equal(2, r.ExitCode);
    }
}
