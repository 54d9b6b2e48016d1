using System.Text.Json;

namespace Warta.Cli.Tests;

public class AnalyzeContractTests
{
    [Fact]
    public void Seed_output_conforms_to_the_contract()
    {
        var r = WartaProcess.Run("analyze", WartaProcess.Seed);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var line = Assert.Single(r.Lines);
        Assert.Empty(ContractValidator.Check(line));
    }

    [Fact]
    public void Bundled_sample_conforms_to_the_contract()
    {
        var r = WartaProcess.Run("analyze", Path.Combine(WartaProcess.RepoRoot, "samples", "menlu-pbb.txt"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.NotEmpty(r.Lines);
        Assert.All(r.Lines, l => Assert.Empty(ContractValidator.Check(l)));
    }

    [Fact]
    public void Validator_catches_a_broken_span()
    {
        // The checker itself must be able to fail, or the tests above prove nothing.
        var bad = """{"id":"x","source":"s","language":"id","published":null,"title":"","text":"abc","sentences":[{"start":2,"end":9}],"entities":[{"start":0,"end":1,"text":"b","type":"PER","actor":null}],"times":[],"quotes":[],"events":[]}""";
        var problems = ContractValidator.Check(bad);
        Assert.Contains(problems, p => p.Contains("sentences[0]"));
        Assert.Contains(problems, p => p.Contains("entities[0]"));
    }

    [Fact]
    public void Published_option_sets_the_date()
    {
        var r = WartaProcess.Run("analyze", WartaProcess.Seed, "--published", "2021-10-21");
        using var json = JsonDocument.Parse(Assert.Single(r.Lines));
        Assert.Equal("2021-10-21", json.RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public void Collected_option_bounds_the_inferred_publication_date()
    {
        // "Kamis (21/10)" fits 2010, 2021 and 2027: collected in mid-2022 it is 2021, collected at the start
        // of 2016 it can only be 2010
        const string text = "{\"text\":\"Menteri itu datang pada Kamis (21/10) pagi.\"}\n";
        foreach (var (collected, year) in new[] { ("2022-06-01", "2021-10-21"), ("2016-01-01", "2010-10-21") })
        {
            var run = WartaProcess.RunWithInput(text, "analyze", "-", "--collected", collected);
            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(Assert.Single(run.Lines));
            Assert.Empty(ContractValidator.Check(run.Lines[0]));
            Assert.Equal(year, json.RootElement.GetProperty("published").GetString());
            Assert.True(json.RootElement.GetProperty("publishedInferred").GetBoolean());
        }
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x.txt", "--published", "21-10-2021")]
    [InlineData("analyze", "x.txt", "--collected", "2016-13-01")]
    [InlineData("analyze", "x.txt", "--lang", "fr")]
    [InlineData("frobnicate")]
    public void Bad_command_lines_exit_2(params string[] args)
    {
        var r = WartaProcess.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.NotEmpty(r.Stderr);
    }

    [Fact]
    public void Missing_path_is_reported_and_the_rest_processed()
    {
        var r = WartaProcess.Run("analyze", "does-not-exist.txt", WartaProcess.Seed);
        Assert.True(r.ExitCode == 1, r.Stderr);
        Assert.Contains("does-not-exist.txt", r.Stderr);
        Assert.Single(r.Lines);
    }
}
