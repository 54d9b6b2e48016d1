using System.Text.Json;

namespace Warta.Cli.Tests;

/// <summary>Seed acceptance for actors and coreference, through the real program (NER, actors, coreference).</summary>
public class SeedActorsTests
{
    [Fact]
    public void Seed_entities_carry_the_expected_actor_codes()
    {
        var r = WartaProcess.Run("analyze", WartaProcess.Seed);
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var json = JsonDocument.Parse(Assert.Single(r.Lines));
        var entities = json.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (Text: e.GetProperty("text").GetString()!, Type: e.GetProperty("type").GetString()!,
                Actor: e.GetProperty("actor").ValueKind == JsonValueKind.Null ? null : e.GetProperty("actor").GetString(),
                Canonical: e.TryGetProperty("canonical", out var c) ? c.GetString() : null))
            .ToList();

        var stoltenberg = entities.Where(e => e.Text is "Jens Stoltenberg" or "Stoltenberg").ToList();
        Assert.Equal(5, stoltenberg.Count);
        Assert.All(stoltenberg, e => Assert.Equal(("PER", "IGOWSTNAT", "Jens Stoltenberg"), (e.Type, e.Actor, e.Canonical)));
        foreach (var (name, code) in new[] { ("Rusia", "RUS"), ("Kremlin", "RUSGOV"), ("Moskow", "RUS"), ("Brussels", "BEL"),
                     ("Belgia", "BEL"), ("Afghanistan", "AFG"), ("NATO", "IGOWSTNAT") })
        {
            var mentions = entities.Where(e => e.Text == name).ToList();
            Assert.True(mentions.Count > 0, $"no entity '{name}'");
            Assert.All(mentions, e => Assert.True(e.Actor == code, $"{name}: expected {code}, got {e.Actor}"));
        }
        Assert.StartsWith("AFG", Assert.Single(entities, e => e.Text == "Taliban").Actor);
        Assert.All(entities.Where(e => e.Text == "Sekjen NATO itu"), e => Assert.Equal("Jens Stoltenberg", e.Canonical));
    }
}
