using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Panama's president rejected a US demand …", "Myanmar's military government brushed aside an Indonesian offer …": a bare
/// country (name or demonym) right before a noun of a state's act (cue <c>government-acts-after</c>) is its government when
/// a government answers it earlier in the sentence; against a bare country it stays one ("Israel rejected a French proposal"
/// -> FRA): the English gold sets code the two sides of such an exchange at the same level.
/// </summary>
public static class StateActNouns
{
    private const string GovernmentRole = "GOV";

    public static void Apply(ActorScan scan)
    {
        if (scan.Cues.GovernmentActsAfter.Count == 0) return;
        var entities = scan.Document.Entities;
        var words = scan.Words;
        foreach (var country in entities)
        {
            if (country.Type != EntityType.LOC || country.Actor is not { Length: 3 } code) continue;
            int k = scan.WordAtOrAfter(country.End);
            if (k >= words.Count || words[k].GapBefore || !scan.Cues.GovernmentActsAfter.Contains(words[k].Key)) continue;
            // the sentence's start (a document without a sentence layer is one sentence)
            int index = scan.Document.Sentences.FindIndex(s => s.Start <= country.Start && country.Start < s.End);
            int sentenceStart = index < 0 ? 0 : scan.Document.Sentences[index].Start;
            bool governmentBefore = entities.Any(e => e != country && e.Start >= sentenceStart && e.End <= country.Start &&
                e.Actor is { Length: 6 } other && other.EndsWith(GovernmentRole, StringComparison.Ordinal) && other[..3] != code);
            if (governmentBefore) country.Actor = code + GovernmentRole;
        }
    }
}
