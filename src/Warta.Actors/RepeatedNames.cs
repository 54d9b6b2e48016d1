using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// One word of a person's name, written alone after the full name and missed by the NER ("Argo menambahkan …"
/// after "Kombes Argo Yuwono", "Menteri Susi" after "Susi Pudjiastuti"), is a mention of that person: it is added
/// as a person entity with that person's actor and canonical name, and joins their coreference chain.
/// Words the text also writes in lower case are common words ("Bagus"), never names.
/// </summary>
internal static class RepeatedNames
{
    /// <summary>Shorter words ("Al", "Bin") are too often parts of many names.</summary>
    private const int MinLength = 3;

    public static void Add(Document document, List<Word> words)
    {
        var entities = document.Entities;
        var people = entities.Where(e => e.Type == EntityType.PER && !e.IsNominal).OrderBy(e => e.Start)
            .Select(e => (Entity: e, Words: WordScanner.Scan(document.Text, e.Start, e.End).Where(w => w.Case == WordCase.Capitalized).Select(w => w.Key).ToHashSet(StringComparer.Ordinal)))
            .Where(p => p.Words.Count >= 2).ToList();
        if (people.Count == 0) return;
        var common = words.Where(w => w.Case == WordCase.Lower).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        var taken = entities.Select(e => e.Span).ToList();
        var added = new List<Entity>();
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Case != WordCase.Capitalized || w.Key.Length < MinLength || common.Contains(w.Key)) continue;
            // "Argo Yuwono" written again in full is the NER's to find; only a lone word counts.
            if (i + 1 < words.Count && !words[i + 1].GapBefore && words[i + 1].Case == WordCase.Capitalized) continue;
            var span = new TextSpan(w.Start, w.End);
            if (taken.Any(t => t.Overlaps(span))) continue;
            var person = people.LastOrDefault(p => p.Entity.End <= w.Start && p.Words.Contains(w.Key));
            if (person.Entity is null) continue;
            added.Add(new Entity(w.Start, w.End, EntityType.PER)
            {
                Actor = person.Entity.Actor,
                CanonicalName = person.Entity.CanonicalName ?? document.Text[person.Entity.Start..person.Entity.End],
            });
            taken.Add(span);
        }
        entities.AddRange(added);
    }
}
