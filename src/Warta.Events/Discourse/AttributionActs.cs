using Warta.Core;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// "…," katanya saat berkunjung ke SMP Negeri 2 Kediri; "…," ujar Menteri X usai menghadiri peresmian …: Indonesian news
/// tells where a quote was said with a clause right after its attribution, opened by a word of time (grammar class
/// <c>attribution-openers</c>: saat, ketika, usai …) and holding no subject of its own. Its subject is the speaker: a
/// subjectless verb there takes the quote's speaker as its source. (When the attribution names the speaker the sentence coder
/// already finds it as the verb's subject; a pronoun speaker, "katanya", is resolved only by the quote stage.) Only the opener
/// and auxiliaries (grammar class <c>aux</c>) may stand between the attribution and the verb, so nothing past another clause
/// is read this way. A language without the class is unchanged.
/// </summary>
public sealed class AttributionActs(EventGrammar grammar)
{
    /// <summary>The speaker of the quote whose attribution the subjectless predicate at <paramref name="offset"/> follows.</summary>
    public ActorRef? SpeakerBefore(Document doc, int offset)
    {
        foreach (var q in doc.Quotes)
        {
            if (q.End > offset || q.SpeakerActor is not { } code || q.SpeakerStart is not int a || q.SpeakerEnd is not int b) continue;
            int from = Math.Max(b, q.CueEnd ?? 0);
            // the attribution follows the quote (speaker or cue after it), and only an opener and auxiliaries lead to the verb
            if (a < q.End || from > offset || offset - from > 60 || !OpensAdjunct(doc.Text.AsSpan(from, offset - from))) continue;
            return new ActorRef(code, a, b);
        }
        return null;
    }

    private bool OpensAdjunct(ReadOnlySpan<char> gap)
    {
        bool opener = false;
        foreach (var range in gap.SplitAny(" ,\n"))
        {
            var word = gap[range];
            if (word.IsEmpty) continue;
            var w = word.ToString().ToLowerInvariant();
            if (!opener && grammar.Is("attribution-openers", w)) { opener = true; continue; }
            if (!opener || !grammar.Is("aux", w)) return false;
        }
        return opener;
    }
}
