using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "The Dutch police shared intelligence with their Belgian colleagues": a head noun that names people by their
/// likeness to an actor named before it (context cue <c>role-of-previous</c>: colleagues, counterparts) takes the role
/// of the first generic agent before it in the same sentence, keeping its own country (BELCOP, not BELGOV). Only
/// for languages that list such heads.
/// </summary>
public static class AgentCounterparts
{
    public static void Apply(ActorScan scan)
    {
        if (scan.Cues.RoleOfPrevious.Count == 0) return;
        var entities = scan.Document.Entities;
        foreach (var m in scan.Matches)
        {
            if (ActorResolver.Preferred(m.Targets) is not AgentTarget { Agent: { CountryOnly: false } head }) continue;
            if (!scan.Cues.RoleOfPrevious.Contains(scan.Words[m.End - 1].Key)) continue;
            int at = scan.Words[m.First].Start, sentenceStart = 0;
            foreach (var s in scan.Document.Sentences)
                if (s.Start <= at) sentenceStart = s.Start;
            // the first agent of the sentence (its subject, most often: "The Dutch police shared intelligence with their
            // Belgian colleagues", where "intelligence" is no likeness)
            string? role = null;
            foreach (var before in scan.Matches)
            {
                if (before.First >= m.First) break;
                if (scan.Words[before.First].Start < sentenceStart) continue;
                if (ActorResolver.Preferred(before.Targets) is AgentTarget { Agent: { CountryOnly: false } other } && !scan.Cues.RoleOfPrevious.Contains(scan.Words[before.End - 1].Key))
                {
                    role = other.Role;
                    break;
                }
            }
            if (role is null || role == head.Role) continue;
            var span = scan.SpanOf(m.First, m.End);
            foreach (var e in entities)
                // the agent's own mention or the phrase ending in it ("Belgian colleagues")
                if (e.End == span.End && e.Start <= span.Start && e.Actor is { } code && code.EndsWith(head.Role, StringComparison.Ordinal) && code.Length > head.Role.Length)
                    e.Actor = code[..^head.Role.Length] + role;
        }
    }
}
