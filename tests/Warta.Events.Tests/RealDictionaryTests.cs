using Warta.Events.Language;
using Warta.Events.Ontology;
using Warta.Events.Patterns;

namespace Warta.Events.Tests;

/// <summary>Checks on the REAL dictionaries under data/ (load cleanly, size and coverage), not on behaviour.</summary>
public sealed class RealDictionaryTests
{
    private static readonly CameoOntology Ontology =
        CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv"));

    [Fact]
    public void Indonesian_dictionary_has_at_least_800_patterns_covering_all_20_roots()
    {
        var lang = EventLanguage.Load("id", TestPaths.Real("id", "events"), Ontology);
        var patterns = lang.Patterns.Patterns;
        // one pattern = one trigger form of one dictionary line (a line "a|b" holds two patterns)
        Assert.True(patterns.Count >= 800, $"{patterns.Count} Indonesian patterns");
        var roots = patterns.Select(p => p.Code[..2]).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(r => r.ToString("00")), roots);
        Assert.Contains(patterns, p => p.Kind == TriggerKind.Noun);
        Assert.Contains(patterns, p => p.Kind == TriggerKind.Intransitive);
        Assert.Contains(patterns, p => p.HasObjectConstraint);
    }

    [Fact]
    public void English_dictionary_loads_and_covers_all_20_roots()
    {
        var lang = EventLanguage.Load("en", TestPaths.Real("en", "events"), Ontology);
        var roots = lang.Patterns.Patterns.Select(p => p.Code[..2]).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(r => r.ToString("00")), roots);
    }
}
