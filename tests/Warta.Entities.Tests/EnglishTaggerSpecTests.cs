using Warta.Core;

namespace Warta.Entities.Tests;

/// <summary>Runs data/en/spec.tsv (sentence → expected entities) against the English tagger with the
/// small test dictionaries in data/en/ner.</summary>
public class EnglishTaggerSpecTests
{
    private static readonly EnglishNameTagger Tagger = EnglishNer.Load(TestData.Root);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(TestData.PathOf("en", "spec.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var cols = line.Split('\t');
            data.Add(cols[0], cols[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tags_as_specified(string sentence, string expected)
    {
        var tokens = sentence.Split(' ');
        var tags = Tagger.Tag(tokens);
        var found = NerTags.Chunks(tags).Select(c => $"{c.Type}:{string.Join(' ', tokens[c.Start..c.End])}");
        Assert.Equal(expected == "-" ? "" : expected, string.Join(';', found));
    }

    [Fact]
    public void Stage_adds_entities_with_text_offsets()
    {
        var doc = new Document("Talks in Atlantis. Chico Marx left.", "test") { };
        doc.Language = "en";
        int[][] bounds = [[0, 5], [6, 8], [9, 17], [17, 18], [19, 24], [25, 29], [30, 34], [34, 35]];
        foreach (var b in bounds) doc.Tokens.Add(new Token(b[0], b[1], TokenKind.Word));
        doc.Sentences.Add(new Sentence(0, 18, 0, 4));
        doc.Sentences.Add(new Sentence(19, 35, 4, 4));
        new NerStage(Tagger, Tagger).Process(doc);
        Assert.Equal(["LOC:Atlantis", "PER:Chico Marx"], doc.Entities.Select(e => $"{e.Type}:{doc.Text[e.Start..e.End]}"));
    }
}
