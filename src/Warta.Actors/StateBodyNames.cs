using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Komisi Nasional Pengendalian Zoonosis", "Dinas Kehutanan", "Badan Kebijakan Fiskal": an organisation the
/// dictionary does not know whose name opens with a state-body word (cue <c>government-heads</c>) is a state
/// body of the language's home country (GOV) — in articles about that country only —, as the guidelines code ministries and state agencies. Only in
/// languages with a home country, only names of two words or more, and not a numbered parliamentary commission
/// ("Komisi II": the parliament's, not the government's). Such a name the NER missed altogether (a run of
/// capitalised words, "dan" allowed inside, outside every entity) is added as an organisation.
/// </summary>
public static class StateBodyNames
{
    private static readonly HashSet<string> RomanNumerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"];

    public static void Apply(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.Home == LanguageCues.UnknownCountry || !cues.StateBodiesAtHome) return;
        // In news about another country its own bodies are named the same way ("Badan Cuaca Nasional" of the US).
        if (scan.MainCountry is { } main && main != cues.Home) return;
        foreach (var entity in scan.Document.Entities)
        {
            if (entity.Type != EntityType.ORG || entity.Actor is not null || entity.IsNominal) continue;
            var words = WordScanner.Scan(scan.Document.Text, entity.Start, entity.End);
            if (words.Count < 2 || words[0].Case != WordCase.Capitalized || !cues.GovernmentHeads.Contains(words[0].Key) ||
                RomanNumerals.Contains(words[1].Key))
                continue;
            entity.Actor = cues.Home + "GOV";
        }
        AddMissed(scan);
    }

    private static void AddMissed(ActorScan scan)
    {
        var cues = scan.Cues;
        var words = scan.Words;
        var entities = scan.Document.Entities;
        var added = new List<Entity>();
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Case != WordCase.Capitalized || !cues.GovernmentHeads.Contains(words[i].Key)) continue;
            int end = i + 1;
            while (end < words.Count && !words[end].GapBefore &&
                   (words[end].Case == WordCase.Capitalized ||
                    cues.Coordinators.Contains(words[end].Key) && end + 1 < words.Count && !words[end + 1].GapBefore && words[end + 1].Case == WordCase.Capitalized))
                end++;
            if (end - i < 2 || RomanNumerals.Contains(words[i + 1].Key)) { i = end - 1; continue; }
            var span = scan.SpanOf(i, end);
            if (!SpanChecks.OverlapsAnyEntity(entities, span) && scan.NamesIn(i, end).Count == 0)
                added.Add(new Entity(span.Start, span.End, EntityType.ORG) { Actor = cues.Home + "GOV", CanonicalName = scan.Document.Text[span.Start..span.End] });
            i = end - 1;
        }
        entities.AddRange(added);
    }
}
