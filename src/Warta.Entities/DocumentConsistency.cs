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
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type != EntityType.PER && persons.Contains(text.Substring(e.Start, e.End - e.Start)))
                entities[i] = e with { Type = EntityType.PER };
        }
        return entities;
    }
}
