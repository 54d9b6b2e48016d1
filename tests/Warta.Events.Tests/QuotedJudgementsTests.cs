using System.Text.RegularExpressions;
using Warta.Core;
using Warta.Events.Discourse;
using Warta.Events.Language;

namespace Warta.Events.Tests;

public class QuotedJudgementsTests
{
    private static readonly EventGrammar Grammar = new(new Dictionary<string, IEnumerable<string>>
    {
        ["disapproval-cue"] = ["melanggar", "tidak proporsional"],
    });

    /// <summary>A document with word tokens, the given actor entities (by their text) and one quote from
    /// <paramref name="quoteText"/> with the speaker <paramref name="speaker"/>.</summary>
    private static Document Doc(string text, string quoteText, string speaker, string speakerActor, params (string Text, string Actor)[] actors)
    {
        var doc = new Document(text, "test") { Language = "id" };
        foreach (Match m in Regex.Matches(text, @"\w+|[^\w\s]"))
            doc.Tokens.Add(new Token(m.Index, m.Index + m.Length, char.IsLetter(m.Value[0]) ? TokenKind.Word : TokenKind.Punctuation));
        doc.Sentences.Add(new Sentence(0, text.Length, 0, doc.Tokens.Count));
        foreach (var (t, a) in actors)
        {
            int at = text.IndexOf(t, StringComparison.Ordinal);
            doc.Entities.Add(new Entity(at, at + t.Length, EntityType.ORG) { Actor = a });
        }
        doc.Entities.Sort((x, y) => x.Start.CompareTo(y.Start));
        int q = text.IndexOf(quoteText, StringComparison.Ordinal), s = text.LastIndexOf(speaker, StringComparison.Ordinal);
        doc.Quotes.Add(new Quote(q, q + quoteText.Length, true) { Speaker = speaker, SpeakerStart = s, SpeakerEnd = s + speaker.Length, SpeakerActor = speakerActor });
        return doc;
    }

    [Fact]
    public void A_quoted_judgement_of_another_actor_is_the_speakers_criticism_of_it()
    {
        const string text = "\"Operasi militer Myanmar jelas tidak proporsional,\" kata Zeid.";
        var doc = Doc(text, "Operasi militer Myanmar jelas tidak proporsional", "Zeid", "IGOUNO", ("militer Myanmar", "MMRMIL"), ("Zeid", "IGOUNO"));
        var found = Assert.Single(new QuotedJudgements(Grammar).Find(doc, []));
        Assert.Equal(("IGOUNO", "MMRMIL", "tidak proporsional"), (found.Speaker.Code, found.Target.Code, text[found.CueStart..found.CueEnd]));
    }

    [Fact]
    public void No_judgement_without_a_cue_or_without_another_actor()
    {
        const string plain = "\"Operasi militer Myanmar berjalan,\" kata Zeid.";
        Assert.Empty(new QuotedJudgements(Grammar).Find(
            Doc(plain, "Operasi militer Myanmar berjalan", "Zeid", "IGOUNO", ("militer Myanmar", "MMRMIL"), ("Zeid", "IGOUNO")), []));
        // the speaker's own country is not what it criticises
        const string own = "\"Warga Indonesia melanggar aturan,\" kata Retno.";
        Assert.Empty(new QuotedJudgements(Grammar).Find(Doc(own, "Warga Indonesia melanggar aturan", "Retno", "IDNGOV", ("Indonesia", "IDN"), ("Retno", "IDNGOV")), []));
    }
}
