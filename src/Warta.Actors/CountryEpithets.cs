using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// A country noun the NER cannot see (language cues <c>country-heads</c>): with a capitalized epithet it is
/// the article's foreign country ("negara Teluk" in news on Kuwait: the Gulf state); followed by
/// <c>led-by</c> and a known person, that person's country ("negara pimpinan Kim Jong-un" → PRK). Plural or
/// generic uses ("sejumlah negara Teluk", cue <c>plural-before</c>) and home-country articles get nothing:
/// there the epithet names a region, not the story's country.
/// </summary>
internal static class CountryEpithets
{
    public static void Add(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.CountryHeads.Count == 0) return;
        var words = scan.Words;
        var entities = scan.Document.Entities;
        var taken = entities.Select(e => e.Span).ToList();
        var added = new List<Entity>();
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (!cues.CountryHeads.Contains(words[i].Key) || words[i].Case != WordCase.Lower || words[i + 1].GapBefore) continue;
            if (i > 0 && !words[i].GapBefore && (cues.PluralBefore.Contains(words[i - 1].Key) || char.IsDigit(words[i - 1].Key[0]))) continue;
            if (Resolve(i, scan) is not (string code, int end)) continue;
            var span = scan.SpanOf(i, end);
            if (SpanChecks.OverlapsAnyNotInside(taken, span)) continue;
            added.Add(new Entity(span.Start, span.End, EntityType.LOC)
            {
                IsNominal = true, Actor = code, CanonicalName = scan.Dictionary.Countries.TryGetValue(code, out var c) ? c.Canonical : null,
            });
            taken.Add(span);
        }
        entities.AddRange(added);
    }

    /// <summary>The country and the end word of the phrase opened by the country noun at <paramref name="head"/>.</summary>
    private static (string Code, int End)? Resolve(int head, ActorScan scan)
    {
        var words = scan.Words;
        var next = words[head + 1];
        if (scan.Cues.LedBy.Contains(next.Key))
        {
            if (head + 2 >= words.Count || words[head + 2].GapBefore || scan.MatchStartingAt(head + 2) is not { } leader ||
                ActorResolver.Preferred(leader.Targets) is not PersonTarget { Person: var person })
                return null;
            var code = scan.Dictionary.CodeOf(person, scan.Date);
            return code is { Length: >= 3 } && scan.Dictionary.Countries.ContainsKey(code[..3]) ? (code[..3], leader.End) : null;
        }
        // "negara Teluk", not "negara Teluk Persia" (a longer name) nor "negara Rusia" (a known place).
        bool epithet = next.Case == WordCase.Capitalized && scan.MatchStartingAt(head + 1) is null &&
            !(head + 2 < words.Count && !words[head + 2].GapBefore && words[head + 2].Case == WordCase.Capitalized);
        // One country, not a kind of country ("mewakili negara Arab dan negara Muslim"): it acts ("negara Teluk
        // menghentikan …") or is pointed at ("negara Eropa paling muda tersebut").
        bool definite = ActorResolver.IsAgentUse(new NameMatch(head, 2, []), scan) || DemonstrativeFollows(head + 2, scan);
        return epithet && definite && scan.MainCountry is { } main && main != scan.Cues.Home ? (main, head + 2) : null;
    }

    /// <summary>How many words after the epithet its demonstrative may come ("negara Eropa paling muda tersebut").</summary>
    private const int DemonstrativeReach = 3;

    private static bool DemonstrativeFollows(int from, ActorScan scan)
    {
        for (int k = from; k < Math.Min(scan.Words.Count, from + DemonstrativeReach); k++)
        {
            if (scan.Words[k].GapBefore) return false;
            if (scan.Cues.DemonstrativesAfter.Contains(scan.Words[k].Key)) return true;
        }
        return false;
    }
}
