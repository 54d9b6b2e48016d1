using Warta.Core;

namespace Warta.Segmentation.Tests;

public class SegmentationSpecTests
{
    private static readonly Dictionary<string, SegmentationRules> Rules = new()
    {
        ["id"] = SegmentationRules.Load(TestData.Path("testdata", "id")),
        ["en"] = SegmentationRules.Load(TestData.Path("testdata", "en"), splitPossessive: true),
    };

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in new[] { "id.spec", "en.spec" })
        {
            var cases = SpecCase.Read(TestData.Path("specs", file)).ToList();
            for (int i = 0; i < cases.Count; i++) data.Add(file, i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_segments_as_written(string file, int index)
    {
        var spec = SpecCase.Read(TestData.Path("specs", file)).ElementAt(index);
        var rules = Rules[file[..2]];
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        SegmentationStage.Segment(spec.Input, rules, tokens, sentences);

        Assert.True(spec.Sentences is not null || spec.Tokens is not null || spec.Clitics.Count > 0, $"{spec}: case expects nothing");
        if (spec.Sentences is { } expectedSentences)
            Assert.Equal(expectedSentences, sentences.Select(s => spec.Input[s.Start..s.End]).ToList());
        if (spec.Tokens is { } expectedTokens)
            Assert.Equal(expectedTokens, tokens.Select(t => spec.Input[t.Start..t.End]).ToList());
        foreach (var (word, clitics) in spec.Clitics)
        {
            var token = tokens.First(t => spec.Input[t.Start..t.End] == word);
            Assert.True(clitics == token.Clitics.ToString(), $"{spec}: '{word}' has clitics {token.Clitics}, expected {clitics}");
        }
        AssertConsistent(spec.Input, tokens, sentences);
    }

    /// <summary>Sentences tile the tokens in order, and no token or sentence starts or ends on a space.</summary>
    internal static void AssertConsistent(string text, List<Token> tokens, List<Sentence> sentences)
    {
        int next = 0;
        foreach (var s in sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.True(s.TokenCount > 0);
            Assert.Equal(tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(tokens[s.EndToken - 1].End, s.End);
            next = s.EndToken;
        }
        Assert.Equal(tokens.Count, next);
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            Assert.True(t.End > t.Start);
            Assert.False(char.IsWhiteSpace(text[t.Start]) || char.IsWhiteSpace(text[t.End - 1]));
            if (i > 0) Assert.True(tokens[i - 1].End <= t.Start);
        }
    }
}
