using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Pansus Angket KPK menolak …", "Pansus Hak Angket Komisi Pemberantasan Korupsi memanggil …": a committee of
/// parliament (cue <c>inquiry-committees</c>: "pansus angket", "pansus hak angket" …) is named after the body it
/// inquires into, and that body's name inside it made the whole mention that body (KPK → JUD), or left the
/// committee word a mention of its own beside the body. The committee's words with the named body after them
/// become one mention of the body's country's legislature (LEG, GUIDELINES: DPR and its organs), replacing the
/// mentions inside it: the body is what the committee is about, not who acts.
/// </summary>
public static class InquiryCommittees
{
    public static void Apply(ActorScan scan)
    {
        if (scan.Cues.InquiryCommittees.Count == 0) return;
        var words = scan.Words;
        var entities = scan.Document.Entities;
        var phrases = scan.Cues.InquiryCommittees.Select(p => WordScanner.Scan(p)).OrderByDescending(p => p.Count).ToList();
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Case != WordCase.Capitalized) continue;
            var phrase = phrases.FirstOrDefault(p => CoreferenceStage.SequenceAt(words, i, p));
            if (phrase is null) continue;
            int next = i + phrase.Count;
            if (next >= words.Count || words[next].GapBefore) continue;
            // the body named right after the committee's words (inside the same entity or as its own)
            var body = entities.Where(e => !e.IsNominal && e.Actor is { Length: >= 3 } && e.Start <= words[next].Start && e.End > words[next].Start)
                .MaxBy(e => e.End);
            if (body?.Actor is not { } code || !scan.Dictionary.Countries.ContainsKey(code[..3])) continue;
            var span = new TextSpan(words[i].Start, body.End);
            // an entity reaching out of the committee's words (the NER began it earlier) is left as it is
            if (entities.Any(e => e.Span.Overlaps(span) && !span.Contains(e.Span))) continue;
            entities.RemoveAll(e => span.Contains(e.Span));
            entities.Add(new Entity(span.Start, span.End, EntityType.ORG)
            {
                Actor = code[..3] + "LEG", CanonicalName = scan.Document.Text[span.Start..span.End],
            });
            while (i + 1 < words.Count && words[i + 1].Start < span.End) i++;
        }
    }
}
