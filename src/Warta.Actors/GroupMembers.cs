using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Hamas militants", "Taliban fighters", "NATO troops": a generic agent written right after the name of an
/// armed group, international organisation or party (no punctuation between) names its members, so it takes
/// the organisation's code instead of a country and a role guessed from elsewhere in the sentence. Only for
/// languages whose modifiers come before the noun (context cue <c>members-after-group</c>). A ruling head after
/// the group ("Taliban authorities", cue <c>governing-after-group</c>) is the government of the group's country.
/// Elsewhere the group follows the noun ("militan Hamas", "kelompok bersenjata ARSA", "pasukan PBB"): the same,
/// mirrored (<see cref="ApplyGroupAfterNoun"/>).
/// </summary>
public static class GroupMembers
{
    public static void Apply(ActorScan scan)
    {
        if (!scan.Cues.MembersAfterGroup)
        {
            ApplyGroupAfterNoun(scan);
            return;
        }
        var entities = scan.Document.Entities;
        foreach (var m in scan.Matches)
        {
            if (ActorResolver.Preferred(m.Targets) is not AgentTarget { Agent.CountryOnly: false }) continue;
            if (m.First == 0 || scan.Words[m.First].GapBefore || scan.MatchEndingAt(m.First) is not { } group) continue;
            if (ActorResolver.Preferred(group.Targets) is not ActorTarget { Actor: { Kind: ActorKind.Group or ActorKind.Igo or ActorKind.Party } org })
                continue;
            var groupSpan = scan.SpanOf(group.First, group.End);
            var code = entities.FirstOrDefault(e => e.Span == groupSpan && e.Actor is not null)?.Actor ?? org.Code;
            // "Taliban authorities": a group that rules is its country's government (cue governing-after-group)
            if (scan.Cues.GoverningAfterGroup.Contains(scan.Words[m.End - 1].Key) && code.Length > 3 && scan.Dictionary.Countries.ContainsKey(code[..3]))
                code = code[..3] + "GOV";
            var span = scan.SpanOf(m.First, m.End);
            bool governing = code.EndsWith("GOV", StringComparison.Ordinal) && !org.Code.EndsWith("GOV", StringComparison.Ordinal);
            foreach (var e in entities)
                // the ruling group's own name is its government here too ("demanded that Taliban authorities reopen …")
                if (e.Span == span || governing && e.Span == groupSpan) e.Actor = code;
        }
    }

    private static readonly HashSet<string> StateRoles = new(StringComparer.Ordinal) { "COP", "MIL", "GOV", "SPY", "JUD" };

    /// <summary>"kelompok teroris ISIS", "militan Hamas", "pasukan PBB", "aparat TNI AL": a generic agent with the name of an armed
    /// group, international organisation or party — or, for a state agent word, a state institution — right after it
    /// (no punctuation between) is that organisation.</summary>
    private static void ApplyGroupAfterNoun(ActorScan scan)
    {
        var entities = scan.Document.Entities;
        foreach (var m in scan.Matches)
        {
            if (ActorResolver.Preferred(m.Targets) is not AgentTarget { Agent.CountryOnly: false }) continue;
            if (m.End >= scan.Words.Count || scan.Words[m.End].GapBefore || scan.MatchStartingAt(m.End) is not { } group) continue;
            if (ActorResolver.Preferred(group.Targets) is not ActorTarget { Actor: var org }) continue;
            // "aparat TNI AL", "personel Polri": a state agent word before a state institution is one of its staff
            // (a detainee or a victim of it is not: "tahanan KPK"; nor is a committee about it: "pansus KPK")
            bool staff = org.Kind == ActorKind.Institution && ActorResolver.Preferred(m.Targets) is AgentTarget { Agent.Role: var role } && StateRoles.Contains(role);
            if (!(org.Kind is ActorKind.Group or ActorKind.Igo or ActorKind.Party || staff)) continue;
            var groupSpan = scan.SpanOf(group.First, group.End);
            var code = entities.FirstOrDefault(e => e.Span == groupSpan && e.Actor is not null)?.Actor ?? org.Code;
            var span = scan.SpanOf(m.First, m.End);
            foreach (var e in entities)
                if (e.Span == span) e.Actor = code;
        }
    }
}
