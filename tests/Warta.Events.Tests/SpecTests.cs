using Warta.Core;
using Warta.Events.Language;
using Warta.Events.Ontology;

namespace Warta.Events.Tests;

/// <summary>
/// Runs the spec files in Specs/ (one case per block: '>' sentence lines, '=' expected events as
/// "SOURCE TARGET CODE DATE TRIGGER [negated] [xN]" or "= none") against the coder built from the SMALL
/// test dictionaries in TestData/, with the real ontology. The expected set must match exactly.
/// </summary>
public sealed class SpecTests
{
    internal static readonly Lazy<EventStage> Stage = new(() =>
    {
        var ontology = CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv"));
        return new EventStage(ontology, [
            EventLanguage.Load("id", TestPaths.TestData("id", "events"), ontology),
            EventLanguage.Load("en", TestPaths.TestData("en", "events"), ontology),
        ], IrregularForce.Load(TestPaths.TestData("events", "irregular-force.tsv"), ontology),
           EventStage.LoadImplicitAgents(TestPaths.TestData("events", "implicit-agents.tsv")));
    });

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(TestPaths.Specs, "*.spec").Order())
            for (int i = 0; i < SpecCase.ReadAll(file).Count; i++) data.Add(Path.GetFileName(file), i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, int index)
    {
        var spec = SpecCase.ReadAll(Path.Combine(TestPaths.Specs, file))[index];
        var doc = MarkedText.Build(spec.Sentences, spec.Language, spec.Published);
        Stage.Value.Process(doc);
        var actual = doc.Events.Select(SpecCase.Describe).Order().ToList();
        Assert.True(spec.Expected.Order().SequenceEqual(actual),
            $"{file} line {spec.Line}: {string.Join(" / ", spec.Sentences)}\n expected: {string.Join(" | ", spec.Expected.Order())}\n actual:   {string.Join(" | ", actual)}");
    }

    [Fact]
    public void Every_event_span_covers_its_trigger_and_both_actor_mentions()
    {
        int checkedEvents = 0;
        foreach (var file in Directory.GetFiles(TestPaths.Specs, "*.spec"))
            foreach (var spec in SpecCase.ReadAll(file))
            {
                var doc = MarkedText.Build(spec.Sentences, spec.Language, spec.Published);
                Stage.Value.Process(doc);
                foreach (var ev in doc.Events)
                {
                    var span = new TextSpan(ev.Start, ev.End);
                    Assert.True(span.Contains(new TextSpan(ev.TriggerStart, ev.TriggerEnd)), $"trigger outside evidence in {file}:{spec.Line}");
                    Assert.Equal(ev.Trigger, doc.Text[ev.TriggerStart..ev.TriggerEnd]);
                    var sentence = doc.Sentences[ev.Sentence].Span;
                    foreach (var code in new[] { ev.Source, ev.Target })
                    {
                        if (code is null) continue;
                        var mentions = doc.Entities.Where(e => e.Actor == code && sentence.Contains(e.Span)).ToList();
                        if (mentions.Count == 0) continue; // target resolved from an earlier sentence (denial of an accusation)
                        Assert.True(mentions.Any(m => span.Contains(m.Span)), $"{code} mention outside evidence in {file}:{spec.Line}");
                    }
                    checkedEvents++;
                }
            }
        Assert.True(checkedEvents >= 10, $"only {checkedEvents} events checked");
    }
}

internal static class TestPaths
{
    public static string Specs => Path.Combine(AppContext.BaseDirectory, "Specs");
    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
    public static string Real(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "RealData", .. parts]);
}

internal sealed record SpecCase(int Line, string Language, DateOnly? Published, List<string> Sentences, List<string> Expected)
{
    public static string Describe(EventRecord e) =>
        $"{e.Source} {e.Target ?? "-"} {e.Code} {e.Date ?? "-"} {e.Trigger}{(e.Negated ? " negated" : "")}{(e.Mentions > 1 ? $" x{e.Mentions}" : "")}";

    public static List<SpecCase> ReadAll(string path)
    {
        var cases = new List<SpecCase>();
        var language = Path.GetFileName(path)[..2];
        DateOnly? published = null;
        SpecCase? current = null;
        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = raw.Trim();
            if (line.StartsWith("@published ", StringComparison.Ordinal)) { published = DateOnly.Parse(line[11..]); continue; }
            if (line.Length == 0 || line.StartsWith('#')) { current = null; continue; }
            if (line.StartsWith('>'))
            {
                if (current is null) cases.Add(current = new SpecCase(n, language, published, [], []));
                current.Sentences.Add(line[1..].Trim());
            }
            else if (line.StartsWith('=') && current is not null)
            {
                var e = line[1..].Trim();
                if (e != "none") current.Expected.Add(e);
            }
            else throw new InvalidDataException($"{path}:{n}: expected '>' sentence, '=' event, '#' comment or blank line.");
        }
        return cases;
    }
}
