using System.Text.RegularExpressions;
using Warta.Core;
using Warta.Events.Ontology;

namespace Warta.Events.Tests;

/// <summary>
/// The seed article (../shared/data/seed) coded with the REAL dictionaries, with actors and dates marked by
/// hand the way the upstream stages (NER, actors + coreference, times) are specified to deliver them. This
/// checks the acceptance list of the events brief before those stages land; the full-pipeline version
/// runs in the Cli tests once they do.
/// </summary>
public sealed class SeedAcceptanceTests
{
    // What upstream stages should produce for the seed: mentions → actor codes, expressions → TIMEX3 values.
    private static readonly (string Pattern, string Mark)[] Marks =
    [
        (@"Pakta Pertahanan Atlantik Utara \(NATO\)", "[$0|IGOWSTNAT]"),
        (@"Jens Stoltenberg|(?<!\[)Stoltenberg|Sekjen NATO itu", "[$0|IGOWSTNAT]"),
        (@"(?<![\[\w(])NATO(?![\w)|])", "[$0|IGOWSTNAT]"),
        (@"aliansi (tersebut|itu)", "[$0|IGOWSTNAT]"),
        (@"Pihak Kremlin|Kremlin", "[$0|RUSGOV]"),
        (@"(?<!\[)Rusia", "[$0|RUS]"),
        (@"Afghanistan", "[$0|AFG]"),
        (@"Kamis \(21/10\)|(?<=pada )Kamis", "{$0|2021-10-21}"),
        (@"Senin \(18/10\)", "{$0|2021-10-18}"),
        (@"Rabu \(20/10\)", "{$0|2021-10-20}"),
        (@"awal Oktober lalu", "{$0|2021-10}"),
    ];

    private static readonly Lazy<List<EventRecord>> Events = new(() =>
    {
        var seed = Directory.GetFiles(Path.Combine(RepoRoot(), "..", "shared", "data", "seed"), "*.txt").Order().First();
        var paragraphs = File.ReadAllText(seed).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !Regex.IsMatch(p, @"^\d+(\n\d+)*$")).Skip(1);
        var sentences = paragraphs.SelectMany(p => Regex.Split(p, @"(?<=[.”])\s+(?=[A-Z“])")).Select(Mark).ToList();
        var ontology = CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv"));
        var stage = new EventStage(ontology, [Language.EventLanguage.Load("id", TestPaths.Real("id", "events"), ontology)]);
        var doc = MarkedText.Build(sentences, "id", new DateOnly(2021, 10, 21));
        stage.Process(doc);
        return doc.Events;
    });

    private static string Mark(string sentence)
    {
        foreach (var (pattern, mark) in Marks)
            sentence = Regex.Replace(sentence, pattern + @"(?![^\[]*\])(?![^{]*})", mark);
        return sentence;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Warta.sln not found above the test folder.");
    }

    private static string Dump() => string.Join("\n", Events.Value.Select(SpecCase.Describe));

    [Fact]
    public void Russia_suspends_its_mission_to_NATO_on_18_October() =>
        Assert.True(Events.Value.Any(e => e.Source.StartsWith("RUS") && e.Target == "IGOWSTNAT" && e.Root == "16" && e.Date == "2021-10-18" && !e.Negated), Dump());

    [Fact]
    public void NATO_expelled_Russians_in_October() =>
        Assert.True(Events.Value.Any(e => e.Source == "IGOWSTNAT" && e.Target == "RUS" && e.Root is "16" or "17" && e.Date == "2021-10"), Dump());

    [Fact]
    public void NATO_accuses_Russians_of_spying() =>
        Assert.True(Events.Value.Any(e => e.Source == "IGOWSTNAT" && e.Target == "RUS" && e.Root == "11" && e.Code == "1125"), Dump());

    [Fact]
    public void Kremlin_denies_the_accusation() =>
        Assert.True(Events.Value.Any(e => e.Source.StartsWith("RUS") && e.Target == "IGOWSTNAT" && e.Code == "016"), Dump());

    [Fact]
    public void Stoltenberg_regrets_the_Russian_decision() =>
        Assert.True(Events.Value.Any(e => e.Source == "IGOWSTNAT" && e.Target == "RUS" && e.Root == "11" && e.Trigger == "menyesalkan"), Dump());

    [Fact]
    public void Russia_closes_the_NATO_office() =>
        Assert.True(Events.Value.Any(e => e.Source.StartsWith("RUS") && e.Target == "IGOWSTNAT" && e.Root == "16" && e.Trigger == "menutup"), Dump());

    [Fact]
    public void NATO_will_keep_seeking_dialogue() =>
        Assert.True(Events.Value.Any(e => e.Source == "IGOWSTNAT" && e.Target == "RUS" && e.Root == "03"), Dump());

    [Fact]
    public void The_potential_attack_is_no_event() =>
        Assert.False(Events.Value.Any(e => e.Root is "18" or "19" or "20"), Dump());
}
