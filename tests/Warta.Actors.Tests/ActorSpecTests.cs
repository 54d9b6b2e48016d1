using System.Globalization;
using Warta.Core;

namespace Warta.Actors.Tests;

/// <summary>Runs specs/actors.spec: each line is a text, the NER entities it starts with, and the entities
/// (with actor code and canonical name) expected after the actor and coreference stages.</summary>
public class ActorSpecTests
{
    private sealed record Spec(int Line, string Text, DateOnly? Published, string Language, string Ner, string Expected)
    {
        public override string ToString() => $"actors.spec:{Line}: {Text}";
    }

    private static List<Spec> Read()
    {
        var specs = new List<Spec>();
        int n = 0;
        foreach (var line in File.ReadLines(TestData.Path("specs", "actors.spec")))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 5) throw new InvalidDataException($"actors.spec:{n}: expected 5 tab-separated columns, found {f.Length}.");
            DateOnly? date = f[1] == "-" ? null : DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            specs.Add(new Spec(n, f[0], date, f[2], f[3], f[4]));
        }
        return specs;
    }

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Read().Count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_resolves_as_written(int index)
    {
        var spec = Read()[index];
        var doc = new Document(spec.Text, "spec") { Published = spec.Published, Language = spec.Language };
        if (spec.Ner != "-")
            foreach (var item in spec.Ner.Split(';'))
            {
                int colon = item.LastIndexOf(':');
                var span = Locate(spec, item[..colon]);
                doc.Entities.Add(new Entity(span.Start, span.End, Enum.Parse<EntityType>(item[(colon + 1)..])));
            }
        doc.Entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        doc.MarkAdded(Layer.Language | Layer.Entities);
        new Pipeline([new ActorStage(TestData.Dictionary), new CoreferenceStage(TestData.Dictionary)], doc.Layers).Run(doc);

        var expectations = spec.Expected.Split(';');
        Assert.NotEmpty(expectations);
        foreach (var expectation in expectations)
        {
            int eq = expectation.LastIndexOf('=');
            var span = Locate(spec, expectation[..eq]);
            var want = expectation[(eq + 1)..];
            var entity = doc.Entities.FirstOrDefault(e => e.Start == span.Start && e.End == span.End);
            if (want == "-")
            {
                Assert.True(entity is null, $"{spec}: no entity expected at '{expectation[..eq]}', found one with actor {entity?.Actor}");
                continue;
            }
            Assert.True(entity is not null, $"{spec}: no entity at '{expectation[..eq]}'; entities: {Describe(doc)}");
            var slash = want.IndexOf('/');
            var code = slash < 0 ? want : want[..slash];
            Assert.True((code == "null" ? null : code) == entity.Actor, $"{spec}: '{expectation[..eq]}' expected actor {code}, got {entity.Actor ?? "null"}");
            if (slash >= 0)
                Assert.True(want[(slash + 1)..] == entity.CanonicalName, $"{spec}: '{expectation[..eq]}' expected canonical {want[(slash + 1)..]}, got {entity.CanonicalName ?? "null"}");
        }
        AssertSortedWithoutDuplicates(doc);
    }

    internal static void AssertSortedWithoutDuplicates(Document doc)
    {
        for (int i = 1; i < doc.Entities.Count; i++)
        {
            Assert.True(doc.Entities[i - 1].Start <= doc.Entities[i].Start, "entities are not sorted by start");
            Assert.False(doc.Entities[i - 1].Span == doc.Entities[i].Span, $"two entities at {doc.Entities[i].Span}");
        }
    }

    private static string Describe(Document doc) =>
        string.Join(", ", doc.Entities.Select(e => $"'{doc[e.Span]}'={e.Actor}/{e.CanonicalName}"));

    /// <summary>The n-th whole-word occurrence of "surface[@n]" in the spec's text.</summary>
    private static TextSpan Locate(Spec spec, string surfaceAndIndex)
    {
        var (surface, nth) = surfaceAndIndex.LastIndexOf('@') is var at and > 0
            ? (surfaceAndIndex[..at], int.Parse(surfaceAndIndex[(at + 1)..], CultureInfo.InvariantCulture))
            : (surfaceAndIndex, 1);
        var text = spec.Text;
        for (int i = text.IndexOf(surface, StringComparison.Ordinal), seen = 0; i >= 0; i = text.IndexOf(surface, i + 1, StringComparison.Ordinal))
        {
            int end = i + surface.Length;
            bool whole = (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (whole && ++seen == nth) return new TextSpan(i, end);
        }
        throw new InvalidDataException($"{spec}: '{surfaceAndIndex}' does not occur in the text.");
    }
}
