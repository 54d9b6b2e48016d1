using Warta.Events.Language;

namespace Warta.Events.Coding;

/// <summary>
/// A visit (grammar class <c>visit-codes</c>, CAMEO 042) is paid to a host, and its destination phrase names it. The gold
/// sets code "mengunjungi Rutan", "datang ke Istana Bogor", "menghadiri … di Istana Negara" as visits to the institution the
/// building houses, a visit abroad as one to that country, and never a visit to a town of the visitor's own country (none of
/// the 49 visit events of the 13 Indonesian tuning sets aims at its source's own bare country; "berkunjung ke Kediri" is no
/// event). So:
/// <list type="bullet">
/// <item>a destination that is a place whose name opens with a building word, or the building word with no name after it
/// ("Rutan Pekanbaru", "ke Rutan"; grammar classes <c>host-building-gov</c>, <c>-edu</c>, <c>-jud</c>, <c>-cop</c>), is the
/// institution it houses: the place's country, else the visitor's, with that role;</item>
/// <item>a bare place of the visitor's own country hosts nothing, and the visit is no event (no target is looked for
/// elsewhere: the only place it went to is home);</item>
/// <item>a bare place whose visitor the clause does not name yet (a quote's speaker, found later by the discourse stages) is
/// left to them: a place of the source's own country is no target there either (ImplicitActors).</item>
/// </list>
/// Words are data (data/&lt;lang&gt;/events/grammar.tsv); a language without these classes is unchanged.
/// </summary>
public sealed class VisitDestinations(EventGrammar grammar)
{
    private static readonly string[] Roles = ["gov", "edu", "jud", "cop"];

    /// <summary>Re-aims or drops the visits among <paramref name="found"/>, the events of the trigger ending before word
    /// <paramref name="after"/>.</summary>
    public void Apply(SentenceView s, int after, List<SentenceEvent> found, Explanation? why)
    {
        for (int i = found.Count - 1; i >= 0; i--)
        {
            var e = found[i];
            if (!grammar.Is("visit-codes", e.Code)) continue;
            if (e.Target is { } t)
            {
                if (t.Code.Length != 3) continue;
                if (HostRole(s, t.FirstWord) is ({ } role, _))
                    found[i] = e with { Target = t with { Code = t.Code + role, IsPlace = false } };
                else if (e.Source is { } src && src.Code.Length > 3 && src.Code.StartsWith(t.Code, StringComparison.Ordinal))
                {
                    why?.Add(s, e.TriggerFirst, "visit to a place of the visitor's own country");
                    found.RemoveAt(i);
                }
            }
            else if (e.Source is { Code.Length: >= 3 } src && BuildingAt(s, after) is int b && HostRole(s, b) is ({ } role, int n))
                found[i] = e with { Target = new ActorMention(src.Code[..3] + role, b, b + n - 1, s.WordStart(b), s.WordEnd(b + n - 1)) };
        }
    }

    /// <summary>The role of the institution the building named at word <paramref name="i"/> houses ("rutan" → GOV,
    /// "sekolah" → EDU, "balai kota" → GOV) and the building's length in words, or no role.</summary>
    private (string? Role, int Words) HostRole(SentenceView s, int i)
    {
        foreach (var role in Roles)
            if (grammar.MatchAt(HostClasses[role], s.Words, i) is > 0 and var n) return (role.ToUpperInvariant(), n);
        return (null, 0);
    }

    private static readonly Dictionary<string, string> HostClasses = Roles.ToDictionary(r => r, r => "host-building-" + r, StringComparer.Ordinal);

    /// <summary>"mengunjungi Rutan", "berkunjung ke sekolah itu": the word that opens the destination right after the
    /// trigger (past a destination preposition and determiners) when no actor is there.</summary>
    private int? BuildingAt(SentenceView s, int after)
    {
        int k = after;
        if (k < s.Count && grammar.Is("destination-preposition", s[k])) k++;
        while (k < s.Count && grammar.Is("determiner", s[k])) k++;
        return k < s.Count && s.ActorAt(k) is null ? k : null;
    }
}
