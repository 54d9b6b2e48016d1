using Warta.Events.Language;
using Warta.Events.Ontology;
using Xunit;

namespace Warta.Events.Tests;

/// <summary>The grammar's look-up table (classes by reference, per-position word memo) and the cached noun-trigger test
/// answer exactly what the plain look-ups answer, with small test word lists.</summary>
public sealed class GrammarLookupTests
{
    private static readonly EventGrammar Grammar = new(new Dictionary<string, IEnumerable<string>>
    {
        ["appeal"] = ["harus", "harus segera", "harus segera mungkin", "sebaiknya"],
        ["wish"] = ["semoga", "mudah mudahan"],
        ["noun"] = ["harus"],
    });

    private static string[] Words(string s) => s.Split(' ');

    [Fact]
    public void The_longest_phrase_wins_and_a_single_word_counts_one()
    {
        var w = Words("pemerintah harus segera mungkin bertindak sebaiknya mudah mudahan");
        Assert.Equal(0, Grammar.MatchAt("appeal", w, 0));
        Assert.Equal(3, Grammar.MatchAt("appeal", w, 1));
        Assert.Equal(1, Grammar.MatchAt("appeal", w, 5));
        Assert.Equal(2, Grammar.MatchAt("wish", w, 6));
        Assert.Equal(0, Grammar.MatchAt("wish", w, 7)); // "mudahan" alone is no member
        Assert.Equal(1, Grammar.MatchAt("noun", w, 1));
        Assert.Equal(0, Grammar.MatchAt("unknown-class", w, 1));
        Assert.Equal(0, Grammar.MatchAt("appeal", w, w.Length));
        // a phrase cut short by the sentence's end falls back to the single word
        Assert.Equal(1, Grammar.MatchAt("appeal", Words("kita harus"), 1));
    }

    [Fact]
    public void A_class_name_built_at_run_time_finds_the_same_class()
    {
        var name = new string("app".ToCharArray()) + "eal"; // not the interned literal
        Assert.False(ReferenceEquals(name, "appeal"));
        Assert.Equal(3, Grammar.MatchAt(name, Words("harus segera mungkin"), 0));
        Assert.True(Grammar.Is(name, "sebaiknya"));
    }

    [Fact]
    public void Sentences_alternating_at_the_same_positions_get_their_own_answers()
    {
        var a = Words("semoga harus segera");
        var b = Words("harus semoga sebaiknya");
        for (int round = 0; round < 3; round++)
        {
            Assert.Equal(1, Grammar.MatchAt("wish", a, 0));
            Assert.Equal(0, Grammar.MatchAt("wish", b, 0));
            Assert.Equal(2, Grammar.MatchAt("appeal", a, 1));
            Assert.Equal(0, Grammar.MatchAt("appeal", b, 1));
            Assert.Equal(1, Grammar.MatchAt("appeal", b, 2));
        }
        // a list changed in place is read again
        var c = new List<string>(Words("semoga kita"));
        Assert.Equal(1, Grammar.MatchAt("wish", c, 0));
        c[0] = "kita";
        Assert.Equal(0, Grammar.MatchAt("wish", c, 0));
    }

    [Fact]
    public void Two_grammars_keep_their_own_classes()
    {
        var other = new EventGrammar(new Dictionary<string, IEnumerable<string>> { ["appeal"] = ["semoga"] });
        var w = Words("semoga harus");
        for (int round = 0; round < 2; round++)
        {
            Assert.Equal(0, Grammar.MatchAt("appeal", w, 0));
            Assert.Equal(1, other.MatchAt("appeal", w, 0));
            Assert.Equal(1, Grammar.MatchAt("appeal", w, 1));
            Assert.Equal(0, other.MatchAt("appeal", w, 1));
        }
    }

    [Fact]
    public void The_noun_trigger_test_agrees_with_the_matches_at_every_word()
    {
        var ontology = CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv"));
        var patterns = EventLanguage.Load("id", TestPaths.TestData("id", "events"), ontology).Patterns;
        var sentences = new[]
        {
            "polisi menangkap dua pelaku dan kritik keras datang dari warga",
            "menteri mengecam serangan itu lalu bertemu presiden",
            "tangkap dia kata warga yang menuntut keadilan setelah penangkapan",
            // a verb pattern of two words: the answer depends on the next word
            "ribuan buruh berunjuk rasa lalu berunjuk di depan kantor",
            "mereka tidak menggubris dan tidak datang pada pertemuan",
        };
        int checkedWords = 0, triggers = 0;
        foreach (var s in sentences)
        {
            var w = Words(s);
            for (int i = 0; i < w.Length; i++, checkedWords++)
            {
                if (patterns.IsTriggerWord(w[i])) triggers++;
                Assert.Equal(patterns.MatchesAt(w, i).All(m => m.Pattern.Kind == Patterns.TriggerKind.Noun || m.Voice == Voice.Bare),
                    patterns.OnlyNounOrBareAt(w, i));
            }
        }
        Assert.True(checkedWords > 30);
        Assert.True(triggers >= 8);
        // the two-word verb "berunjuk rasa" is a verb reading only with its second word
        Assert.False(patterns.OnlyNounOrBareAt(Words("buruh berunjuk rasa"), 1));
        Assert.True(patterns.OnlyNounOrBareAt(Words("buruh berunjuk di sana"), 1));
    }
}
