using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "para menteri pertahanan negara anggota yang tergabung dalam aliansi tersebut": a generic agent whose own
/// phrase says it belongs to an international organisation (a membership cue, <c>member-before-igo</c>, right
/// before the organisation's name or a nominal pointing back to it) acts for that organisation, not for the
/// country of the meeting's venue or the article's main country. Later bare mentions of the same agent phrase
/// ("Para menteri pertahanan akan …") are the same people. Runs after coreference so that "aliansi tersebut"
/// already stands for NATO.
/// </summary>
public static class MemberAgents
{
    /// <summary>How many words may stand between the agent and its organisation ("menteri pertahanan negara anggota
    /// yang tergabung dalam …").</summary>
    private const int MemberReach = 8;

    public static void Apply(Document document, List<Word> words, LanguageCues cues)
    {
        if (cues.MemberBeforeIgo.Count == 0) return;
        var entities = document.Entities;
        var cuePhrases = cues.MemberBeforeIgo.Select(p => WordScanner.Scan(p)).Where(p => p.Count > 0).ToList();
        // the agent's noun and the word after it ("menteri", "pertahanan") → the organisation it acts for
        var members = new List<(string Noun, string? Next, string Code)>();
        foreach (var e in entities)
        {
            if (!IsCountryAgent(e)) continue;
            int first = CoreferenceStage.IndexAtOrAfter(words, e.Start), after = CoreferenceStage.IndexAtOrAfter(words, e.End);
            if (first >= words.Count) continue;
            var noun = words[first].Key;
            string? next = after < words.Count && !words[after].GapBefore && words[after].Case == WordCase.Lower ? words[after].Key : null;
            if (OrganisationInPhrase(document, words, after, cuePhrases, cues) is { } code)
            {
                e.Actor = code;
                members.Add((noun, next, code));
                continue;
            }
            // a later mention of the same agent phrase, with no name of its own after it
            foreach (var (n, nx, c) in members)
                if (n == noun && nx is not null && nx == next && !NameFollows(words, after + 1)) { e.Actor = c; break; }
        }
    }

    /// <summary>A generic agent coded by a country and a role ("menteri" → BELGOV): no name of its own.</summary>
    private static bool IsCountryAgent(Entity e) =>
        e.Actor is { Length: 6 } code && !code.StartsWith("IGO", StringComparison.Ordinal) && e.CanonicalName is null && e.Type != EntityType.LOC;

    /// <summary>The organisation whose name (or nominal) follows a membership cue within reach of word <paramref name="from"/>,
    /// with no punctuation or verb on the way.</summary>
    private static string? OrganisationInPhrase(Document document, List<Word> words, int from, List<List<Word>> cuePhrases, LanguageCues cues)
    {
        for (int i = from; i < Math.Min(words.Count, from + MemberReach); i++)
        {
            if (words[i].GapBefore) return null;
            foreach (var cue in cuePhrases)
            {
                if (!CoreferenceStage.SequenceAt(words, i, cue)) continue;
                int org = i + cue.Count;
                if (org >= words.Count || words[org].GapBefore) continue;
                var entity = document.Entities.FirstOrDefault(x => x.Start == words[org].Start && x.Actor is not null);
                if (entity?.Actor is { } code && code.StartsWith("IGO", StringComparison.Ordinal)) return code;
            }
            // "polisi menangkap anggota …": past a verb the phrase is no longer the agent's own
            if (cues.IsVerbLike(words[i])) return null;
        }
        return null;
    }

    private static bool NameFollows(List<Word> words, int k) =>
        k < words.Count && !words[k].GapBefore && words[k].Case is WordCase.Capitalized or WordCase.AllCaps;
}
