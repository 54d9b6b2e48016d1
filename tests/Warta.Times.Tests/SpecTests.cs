using Warta.Core;
using Warta.Times;

namespace Warta.Times.Tests;

/// <summary>Runs every case of specs/times.tsv through the stage with the frozen test lexicons.</summary>
public class SpecTests
{
    public static IEnumerable<object[]> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "specs", "times.tsv");
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw.StartsWith('#')) continue;
            var cols = raw.Split('\t');
            if (cols.Length != 4) throw new InvalidDataException($"{path}:{line}: expected 4 tab-separated columns.");
            yield return [line, cols[0], cols[1], cols[2].Replace("\\n", "\n"), cols[3]];
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(int line, string lang, string published, string input, string expected)
    {
        var doc = TestDocuments.Analyze(input, lang, published == "-" ? null : DateOnly.Parse(published));
        var actual = doc.Times.Count == 0 ? "-" : string.Join(" ; ", doc.Times.Select(t => $"{doc.Text[t.Start..t.End]}|{t.Type}|{t.Value}"));
        Assert.True(expected == actual, $"specs/times.tsv:{line}\n  input:    {input}\n  expected: {expected}\n  actual:   {actual}");
    }
}

/// <summary>A document of one sentence per line, run through the times stage with the test lexicons.</summary>
public static class TestDocuments
{
    public static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Lazy<TimeStage> Stage = new(() =>
        TimeStage.Load(Path.Combine(AppContext.BaseDirectory, "testdata"), () => Today));

    public static Document Analyze(string text, string lang, DateOnly? published)
    {
        var doc = new Document(text, "test") { Published = published };
        doc.Language = lang;
        int start = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0) doc.Sentences.Add(new Sentence(start, start + line.Length, 0, 0));
            start += line.Length + 1;
        }
        Stage.Value.Process(doc);
        return doc;
    }
}
