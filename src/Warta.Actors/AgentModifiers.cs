using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "cartel gunmen", "rebel fighters", "farmers' unions": a plain head noun of armed or unnamed people
/// (context cue <c>role-from-modifier</c>) written right after another agent noun takes that noun's role, which says
/// who they are; the country stays the one the head found ("Cartel gunmen … in Mexico" → MEXCRM, not MEXUAF).
/// Only for languages that list such heads (modifiers before the noun, as in English).
/// </summary>
public static class AgentModifiers
{
    public static void Apply(ActorScan scan)
    {
        if (scan.Cues.RoleFromModifier.Count == 0) return;
        var entities = scan.Document.Entities;
        foreach (var m in scan.Matches)
        {
            if (ActorResolver.Preferred(m.Targets) is not AgentTarget { Agent: { CountryOnly: false } head }) continue;
            var headWord = scan.Words[m.End - 1].Key;
            if (!scan.Cues.RoleFromModifier.Contains(headWord) && !scan.Cues.RoleFromModifier.Any(k => k.StartsWith(headWord + ":", StringComparison.Ordinal)))
                continue;
            if (m.First == 0 || scan.Words[m.First].GapBefore && !PluralPossessive(m.First, scan) || scan.MatchEndingAt(m.First) is not { } before) continue;
            if (ActorResolver.Preferred(before.Targets) is not AgentTarget { Agent: { CountryOnly: false } modifier } || modifier.Role == head.Role)
                continue;
            // "unions:AGR": this head takes only that modifier's role ("farmers' unions" AGR; "teachers' union" stays LAB)
            if (!scan.Cues.RoleFromModifier.Contains(headWord) && !scan.Cues.RoleFromModifier.Contains(headWord + ":" + modifier.Role.ToLowerInvariant()))
                continue;
            var span = scan.SpanOf(m.First, m.End);
            var modifierSpan = scan.SpanOf(before.First, before.End);
            var modifierCode = entities.FirstOrDefault(e => e.Span == modifierSpan && e.Actor is not null)?.Actor;
            foreach (var e in entities)
            {
                if (e.Span != span) continue;
                // the country the head found (its code less its role), else the modifier's own
                var country = e.Actor is { } code && code.EndsWith(head.Role, StringComparison.Ordinal) && code.Length > head.Role.Length
                    ? code[..^head.Role.Length] : modifierCode is { } mc && mc.EndsWith(modifier.Role, StringComparison.Ordinal) ? mc[..^modifier.Role.Length] : null;
                if (country is { Length: > 0 }) e.Actor = country + modifier.Role;
            }
        }
    }

    /// <summary>"farmers' unions": only a plural possessive's apostrophe (and spaces) before word <paramref name="word"/>.</summary>
    private static bool PluralPossessive(int word, ActorScan scan)
    {
        var gap = scan.Document.Text.AsSpan(scan.Words[word - 1].End, scan.Words[word].Start - scan.Words[word - 1].End).Trim();
        return gap is "'" or "\u2019";
    }
}
