using System.Text.Json;

namespace Warta.Cli.Tests;

/// <summary>Language id and segmentation through the real program.</summary>
public class SegmentationCliTests
{
    [Fact]
    public void Seed_is_Indonesian_with_sixteen_sentences()
    {
        var r = WartaProcess.Run("analyze", WartaProcess.Seed);
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var json = JsonDocument.Parse(Assert.Single(r.Lines));
        var root = json.RootElement;
        Assert.Equal("id", root.GetProperty("language").GetString());
        var text = root.GetProperty("text").GetString()!;
        var sentences = root.GetProperty("sentences").EnumerateArray()
            .Select(s => text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]).ToList();
        Assert.Equal(16, sentences.Count);
        Assert.StartsWith("Sekretaris Jenderal", sentences[1]);
        Assert.EndsWith("Perang Dingin.", sentences[1]);
    }

    [Fact]
    public void Train_langid_reproduces_the_committed_profiles()
    {
        var output = Path.Combine(Path.GetTempPath(), "warta-langid-" + Guid.NewGuid().ToString("N"));
        try
        {
            var r = WartaProcess.Run("train", "langid", "--repo", WartaProcess.RepoRoot, "--shared", WartaProcess.SharedData, "--out", output);
            Assert.True(r.ExitCode == 0, r.Stderr);
            foreach (var file in new[] { "id.trigrams.tsv", "en.trigrams.tsv", "id.words.tsv", "en.words.tsv" })
                Assert.True(File.ReadAllText(Path.Combine(WartaProcess.RepoRoot, "data", "langid", file)) == File.ReadAllText(Path.Combine(output, file)),
                    $"data/langid/{file} differs from what 'warta train langid' makes; rerun it and commit the result.");
        }
        finally { if (Directory.Exists(output)) Directory.Delete(output, true); }
    }

    [Fact]
    public void Eval_segmentation_reports_every_corpus()
    {
        var r = WartaProcess.Run("eval", "segmentation", "--ud", Path.Combine(WartaProcess.SharedData, "ud"),
            "--sample", Path.Combine(WartaProcess.RepoRoot, "eval", "segmentation", "en-sample.seg"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        foreach (var corpus in new[] { "ud-csui-train", "ud-gsd-dev", "ud-csui-test", "ud-gsd-test", "en-sample", "ud-held-out" })
            Assert.Contains(corpus, r.Stdout);
    }

    [Fact]
    public void Eval_segmentation_names_a_missing_sample()
    {
        var r = WartaProcess.Run("eval", "segmentation", "--sample", "no-such-sample.seg", "--ud", Path.Combine(WartaProcess.SharedData, "ud"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no-such-sample.seg", r.Stderr);
    }
}
