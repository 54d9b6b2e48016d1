using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Ribuan nelayan yang tergabung dalam Aliansi Nelayan Indonesia … Di samping itu, Aliansi juga mendesak
/// KPK …": a capitalised word inside a sentence that opens an organisation's name written out earlier is
/// that organisation, told again by its head word. Only the latest such organisation counts, only words
/// the NER left outside every entity, and never a sentence's first word (any word is capitalised there).
/// </summary>
public static class OrganisationHeads
{
    public static void Add(Document document)
    {
        var entities = document.Entities;
        var words = DocumentWords.Of(document);
        var organisations = entities.Where(e => e.Type == EntityType.ORG && !e.IsNominal && e.Actor is { Length: > 3 })
            .Select(e => (Entity: e, Words: WordScanner.Scan(document.Text, e.Start, e.End)))
            .Where(x => x.Words.Count >= 2 && x.Words[0].Case == WordCase.Capitalized)
            .OrderBy(x => x.Entity.Start).ToList();
        if (organisations.Count == 0) return;
        var taken = entities.Select(e => e.Span).ToList();
        var added = new List<Entity>();
        for (int i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Case != WordCase.Capitalized || StartsSentence(document.Text, words[i - 1].End, w.Start)) continue;
            // the next word capitalised too: the start of another name ("Aliansi Jurnalis Independen")
            if (i + 1 < words.Count && words[i + 1].Case == WordCase.Capitalized && !words[i + 1].GapBefore) continue;
            var span = new TextSpan(w.Start, w.End);
            if (taken.Any(t => t.Overlaps(span))) continue;
            var antecedent = organisations.LastOrDefault(o => o.Entity.End <= w.Start && o.Words[0].Key == w.Key);
            if (antecedent.Entity is null) continue;
            added.Add(new Entity(w.Start, w.End, EntityType.ORG)
            {
                Actor = antecedent.Entity.Actor, CanonicalName = antecedent.Entity.CanonicalName ?? document[antecedent.Entity.Span],
            });
        }
        entities.AddRange(added);
    }

    /// <summary>Only spaces and quotes after a full stop, question or exclamation mark (or nothing but
    /// a paragraph break) between the previous word and this one.</summary>
    private static bool StartsSentence(string text, int previousEnd, int start)
    {
        var between = text.AsSpan(previousEnd, start - previousEnd);
        return between.IndexOfAny(".!?\n") >= 0;
    }
}
