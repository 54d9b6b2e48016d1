using System.Text.Json;

namespace Warta.Cli.Tests;

/// <summary>Seed acceptance for times, through the real program and without --published.</summary>
public class SeedTimesTests
{
    [Fact]
    public void Seed_times_resolve_and_the_publication_date_is_inferred()
    {
        var r = WartaProcess.Run("analyze", WartaProcess.Seed);
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var json = JsonDocument.Parse(Assert.Single(r.Lines));
        var root = json.RootElement;
        Assert.Equal("2021-10-21", root.GetProperty("published").GetString());
        Assert.True(root.GetProperty("publishedInferred").GetBoolean());
        var times = root.GetProperty("times").EnumerateArray()
            .Select(t => (Text: t.GetProperty("text").GetString()!, Type: t.GetProperty("type").GetString()!, Value: t.GetProperty("value").GetString()!))
            .ToList();
        Assert.Contains(("Kamis (21/10)", "DATE", "2021-10-21"), times);
        Assert.Contains(("Senin (18/10)", "DATE", "2021-10-18"), times);
        Assert.Contains(("Rabu (20/10)", "DATE", "2021-10-20"), times);
        Assert.Contains(("awal Oktober lalu", "DATE", "2021-10"), times);
        Assert.Contains(("dua hari", "DURATION", "P2D"), times);
        Assert.Contains(times, t => t.Text.StartsWith("beberapa pekan terakhir", StringComparison.Ordinal) && t.Type == "DURATION");
        // Numbers that are not dates stay numbers.
        Assert.DoesNotContain(times, t => t.Text.Contains("120", StringComparison.Ordinal));
    }
}
