using Warta.Core;

namespace Warta.Entities;

/// <summary>
/// One label per name within a document: the tagger sees one sentence at a time, so a surname standing
/// alone ("Stoltenberg mengatakan …" after "Jens Stoltenberg") can come out as a place when its sentence's
/// context points that way. A name the document also tags as a person — the full name, or the last word
/// of a multi-word person name — is made a person everywhere in that document. Only PER is spread: a
/// person's surname standing alone is the common case, while ORG/LOC share names legitimately
/// ("Jakarta" the city, "Pemprov Jakarta" the organisation).
/// </summary>
public static class DocumentConsistency
{
    public static List<Entity> Apply(string text, List<Entity> entities)
    {
        var persons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type != EntityType.PER) continue;
            var name = text.AsSpan(e.Start, e.End - e.Start);
            persons.Add(name.ToString());
            int space = name.LastIndexOf(' ');
            // A lone last word of one letter or an initial ("S.") is no surname.
            if (space > 0 && name.Length - space - 1 >= 3) persons.Add(name[(space + 1)..].ToString());
        }
        if (persons.Count == 0) return entities;
        var personNames = persons.GetAlternateLookup<ReadOnlySpan<char>>(); // looked up by span: no string per entity
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type != EntityType.PER && personNames.Contains(text.AsSpan(e.Start, e.End - e.Start)))
                entities[i] = e with { Type = EntityType.PER };
        }
        AddShortNames(text, entities);
        return entities;
    }

    /// <summary>
    /// "Argo mengimbau …" after "Kombes Argo Yuwono": a capitalised word that is the first or last word
    /// (three letters or more) of a multi-word person named earlier in the document, standing outside any
    /// entity, is a mention of that person — the tagger, seeing one sentence, often misses a lone first
    /// name at the start of a sentence.
    /// </summary>
    private static void AddShortNames(string text, List<Entity> entities)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal); // name word → end of its first full mention
        foreach (var e in entities)
        {
            if (e.Type != EntityType.PER) continue;
            var words = text[e.Start..e.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            foreach (var w in new[] { words[0], words[^1] })
                if (w.Length >= 3 && char.IsUpper(w[0]) && w.All(char.IsLetter)) firstSeen.TryAdd(w, e.End);
        }
        // a word the document also tags as a place or organisation ("… Afghanistan" in a title) is not a name
        // every word of the text is looked up: by span, without a string per word
        var lookup = firstSeen.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var e in entities)
            if (e.Type != EntityType.PER) lookup.Remove(text.AsSpan(e.Start, e.End - e.Start));
        if (firstSeen.Count == 0) return;
        var taken = entities.Select(e => e.Span).ToList();
        var added = new List<Entity>();
        for (int i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
            var span = new TextSpan(start, i);
            if (lookup.TryGetValue(text.AsSpan(start, i - start), out var after) && start >= after && !OverlapsAny(taken, span))
                added.Add(new Entity(start, i, EntityType.PER));
        }
        if (added.Count == 0) return;
        entities.AddRange(added);
        entities.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
    }

    // a loop, not Any with a lambda: the lambda's captured span was an allocation at every word of the text
    private static bool OverlapsAny(List<TextSpan> spans, TextSpan span)
    {
        foreach (var t in spans)
            if (t.Overlaps(span)) return true;
        return false;
    }
}
