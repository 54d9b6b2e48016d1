using System.Text.Json;

namespace Warta.Cli.Tests;

/// <summary>
/// Seed acceptance for event coding through the real program and the full pipeline (no --published:
/// the date is inferred). The events must come from the general patterns and clause analysis.
/// </summary>
public class SeedEventsTests
{
    private sealed record Ev(string Source, string? Target, string Code, string Root, string? Date, string Trigger, int Start, int End, bool Negated);

    private static (string Text, List<Ev> Events) AnalyzeSeed()
    {
        var r = WartaProcess.Run("analyze", WartaProcess.Seed);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var line = Assert.Single(r.Lines);
        Assert.Empty(ContractValidator.Check(line));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var events = root.GetProperty("events").EnumerateArray().Select(e => new Ev(
            e.GetProperty("source").GetString()!,
            e.GetProperty("target").ValueKind == JsonValueKind.Null ? null : e.GetProperty("target").GetString(),
            e.GetProperty("code").GetString()!, e.GetProperty("root").GetString()!,
            e.GetProperty("date").ValueKind == JsonValueKind.Null ? null : e.GetProperty("date").GetString(),
            e.GetProperty("trigger").GetString()!, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(),
            e.GetProperty("negated").GetBoolean())).ToList();
        return (root.GetProperty("text").GetString()!, events);
    }

    private static bool From(Ev e, string country) => e.Source.StartsWith(country, StringComparison.Ordinal);

    [Fact]
    public void Seed_yields_the_expected_events_and_no_material_conflict()
    {
        var (text, events) = AnalyzeSeed();
        string Show() => string.Join("\n", events.Select(e => $"{e.Source}>{e.Target} {e.Code} {e.Date} {e.Trigger}"));

        // Russia suspended its mission to NATO on Monday 18/10.
        Assert.True(events.Any(e => From(e, "RUS") && e.Target == "IGOWSTNAT" && e.Root == "16" && e.Date == "2021-10-18" && !e.Negated), Show());
        // NATO expelled eight Russians ("warga Rusia": Russian citizens, RUSCVL) in early October.
        Assert.True(events.Any(e => e.Source == "IGOWSTNAT" && e.Target is "RUS" or "RUSCVL" && e.Root is "16" or "17" && e.Date == "2021-10"), Show());
        // NATO accused them of spying.
        Assert.True(events.Any(e => e.Source == "IGOWSTNAT" && e.Target is "RUS" or "RUSCVL" && e.Root == "11"), Show());
        // The Kremlin denied it.
        Assert.True(events.Any(e => From(e, "RUS") && e.Target == "IGOWSTNAT" && e.Trigger.Contains("bantah", StringComparison.Ordinal)), Show());
        // NATO (Stoltenberg) regrets Russia's decision: disapproval.
        Assert.True(events.Any(e => e.Source == "IGOWSTNAT" && e.Target == "RUS" && e.Root == "11" && e.Trigger.Contains("menyesal", StringComparison.Ordinal)), Show());
        // Russia closes NATO's office in Moscow.
        Assert.True(events.Any(e => From(e, "RUS") && e.Target == "IGOWSTNAT" && e.Root == "16" && e.Trigger.Contains("menutup", StringComparison.Ordinal)), Show());
        // NATO will keep seeking dialogue with Russia: an intent to cooperate.
        Assert.True(events.Any(e => e.Source == "IGOWSTNAT" && e.Target == "RUS" && e.Root == "03"), Show());
        // The attack is only potential.
        Assert.DoesNotContain(events, e => e.Root is "18" or "19" or "20");
        // Evidence spans hold their trigger.
        Assert.All(events, e => Assert.Contains(e.Trigger, text[e.Start..e.End]));
    }
}
