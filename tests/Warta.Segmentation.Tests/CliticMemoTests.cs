using Warta.Core;

namespace Warta.Segmentation.Tests;

/// <summary>Clitic answers are memoized per thread: an annotator must get its own answers, every time.</summary>
public class CliticMemoTests
{
    private static CliticAnnotator Annotator(params string[] known) =>
        new([("nya", Clitic.Nya, true), ("lah", Clitic.Lah, true)], [("ku", Clitic.Ku)], known, ["hanya"]);

    private static Token Annotate(CliticAnnotator annotator, string word) =>
        annotator.Annotate(word, new Token(0, word.Length, TokenKind.Word));

    [Fact]
    public void Two_annotators_with_different_word_lists_keep_their_own_answers()
    {
        // "rumahnya" is rumah + -nya for both; "kubaca" is ku- + baca only where "baca" is a known word
        var withBaca = Annotator("rumah", "baca");
        var without = Annotator("rumah");
        for (int round = 0; round < 3; round++)
        {
            Assert.Equal(Clitic.Ku, Annotate(withBaca, "kubaca").Clitics);
            Assert.Equal(Clitic.None, Annotate(without, "kubaca").Clitics);
            var t = Annotate(withBaca, "Rumahnya");
            Assert.Equal((Clitic.Nya, 0, 3), (t.Clitics, (int)t.CliticPrefixLength, (int)t.CliticSuffixLength));
            Assert.Equal(Clitic.None, Annotate(withBaca, "hanya").Clitics);
        }
    }

    [Fact]
    public void Many_words_sharing_memo_slots_each_keep_their_own_answer()
    {
        var annotator = Annotator("rumah");
        var words = Enumerable.Range(0, 5_000).Select(i => "rumah" + new string((char)('a' + i % 26), 1 + i / 26 % 3) + (i % 2 == 0 ? "nya" : "")).ToList();
        for (int round = 0; round < 2; round++)
            foreach (var w in words)
                Assert.Equal(w.EndsWith("nya", StringComparison.Ordinal) ? Clitic.Nya : Clitic.None, Annotate(annotator, w).Clitics);
    }
}
