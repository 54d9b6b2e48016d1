using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// A generic agent shared by two coordinated places: "pasukan Korea Selatan dan AS" (KORMIL, USAMIL),
/// "Australian and Indonesian troops" (AUSMIL, IDNMIL), "the foreign ministers of Armenia and Azerbaijan". The place that
/// is not beside the agent word keeps its own mention, which takes the agent's role. And one place shared by two
/// coordinated agents: "pemerintah dan rakyat Inggris" (GBRGOV), "Australian police and soldiers" (AUSMIL). The
/// coordinating words come from the language cues
/// (<c>coordinators</c>).
/// </summary>
public static class AgentCoordination
{
    public static void Apply(ActorScan scan)
    {
        var entities = scan.Document.Entities;
        foreach (var m in scan.Matches)
        {
            if (ActorResolver.Preferred(m.Targets) is not AgentTarget { Agent: { CountryOnly: false } agent }) continue;
            // agent place1 CONJ place2
            if (PlaceAt(scan, m.End) is { } after && Coordinated(scan, after.End) is { } second)
                Recode(entities, scan, second, agent);
            // "the leaders of France and Germany": when the agent noun is no mention of its own, both places carry its role
            else if (PlaceAfterOf(scan, m.End) is { } linked && Coordinated(scan, linked.End) is { } other)
            {
                Recode(entities, scan, other, agent);
                var agentSpan = scan.SpanOf(m.First, m.End);
                if (!entities.Any(e => e.Start == agentSpan.Start && e.Actor is not null)) Recode(entities, scan, linked, agent);
            }
            // place1 CONJ place2 agent
            if (PlaceEndingAt(scan, m.First) is { } before && CoordinatedBefore(scan, before.First) is { } first)
                Recode(entities, scan, first, agent);
            // two agents sharing one place: "pemerintah dan rakyat Inggris" (GBRGOV), "Australian police and soldiers"
            if (AgentCountry.Beside(m, scan) is null
                && (AgentAfter(scan, m.End) is { } next && PlaceAt(scan, next.End) is { } placeAfter ? placeAfter
                    : AgentBefore(scan, m.First) is { } previous ? PlaceEndingAt(scan, previous.First) : null) is { } shared)
                SetCode(entities, scan, m, AgentCountry.PlaceCode(shared) + agent.Role);
        }
    }

    /// <summary>"… dan rakyat": a coordinator at <paramref name="word"/>, then a generic agent.</summary>
    private static NameMatch? AgentAfter(ActorScan scan, int word) =>
        word + 1 < scan.Words.Count && !scan.Words[word].GapBefore && !scan.Words[word + 1].GapBefore && scan.Cues.Coordinators.Contains(scan.Words[word].Key)
        && scan.MatchStartingAt(word + 1) is { } a && ActorResolver.Preferred(a.Targets) is AgentTarget ? a : null;

    /// <summary>"police and …": a generic agent, then a coordinator right before word <paramref name="word"/>.</summary>
    private static NameMatch? AgentBefore(ActorScan scan, int word) =>
        word >= 2 && !scan.Words[word].GapBefore && !scan.Words[word - 1].GapBefore && scan.Cues.Coordinators.Contains(scan.Words[word - 1].Key)
        && scan.MatchEndingAt(word - 1) is { } a && ActorResolver.Preferred(a.Targets) is AgentTarget ? a : null;

    private static NameMatch? PlaceAt(ActorScan scan, int word) =>
        word < scan.Words.Count && !scan.Words[word].GapBefore && scan.MatchStartingAt(word) is { } p && AgentCountry.PlaceCode(p) is not null ? p : null;

    /// <summary>"the foreign ministers of Armenia and Azerbaijan", "negotiators from Serbia and Kosovo": a link word (cue
    /// <c>coordination-links</c>), then a place.</summary>
    private static NameMatch? PlaceAfterOf(ActorScan scan, int word) =>
        word + 1 < scan.Words.Count && !scan.Words[word].GapBefore && scan.Cues.CoordinationLinks.Contains(scan.Words[word].Key) ? PlaceAt(scan, word + 1) : null;

    private static NameMatch? PlaceEndingAt(ActorScan scan, int word) =>
        word > 0 && word < scan.Words.Count && !scan.Words[word].GapBefore && scan.MatchEndingAt(word) is { } p && AgentCountry.PlaceCode(p) is not null ? p : null;

    /// <summary>"… dan AS": a coordinator at <paramref name="word"/>, then a place.</summary>
    private static NameMatch? Coordinated(ActorScan scan, int word) =>
        word + 1 < scan.Words.Count && !scan.Words[word].GapBefore && scan.Cues.Coordinators.Contains(scan.Words[word].Key)
            ? PlaceAt(scan, word + 1) : null;

    /// <summary>"Australian and …": a place, then a coordinator right before word <paramref name="word"/>.</summary>
    private static NameMatch? CoordinatedBefore(ActorScan scan, int word) =>
        word >= 2 && !scan.Words[word].GapBefore && scan.Cues.Coordinators.Contains(scan.Words[word - 1].Key)
            ? PlaceEndingAt(scan, word - 1) : null;

    /// <summary>The place's mention takes the agent's role.</summary>
    private static void Recode(List<Entity> entities, ActorScan scan, NameMatch place, GenericAgent agent) =>
        SetCode(entities, scan, place, AgentCountry.PlaceCode(place) + agent.Role);

    private static void SetCode(List<Entity> entities, ActorScan scan, NameMatch match, string code)
    {
        var span = scan.SpanOf(match.First, match.End);
        foreach (var e in entities)
            if (e.Start == span.Start && e.End == span.End) e.Actor = code;
    }
}
