using Warta.Core;

namespace Warta.Actors;

/// <summary>How a mention of a person dates the text it is in.</summary>
public enum DatingKind : byte
{
    /// <summary>The name alone: most likely written during one of the person's spells.</summary>
    Name,
    /// <summary>With the title of one of their roles ("Kapolri Tito Karnavian"): written during that term.</summary>
    Titled,
    /// <summary>"mantan Kapolri …": written after that term.</summary>
    Former,
}

/// <summary>The periods (both ends inclusive; <see cref="DateOnly.MaxValue"/>: open) a mention of
/// <paramref name="Person"/> says the text was written in, any of them.</summary>
public sealed record DatedMention(Person Person, DatingKind Kind, IReadOnlyList<(DateOnly From, DateOnly To)> Periods);

/// <summary>
/// Dates a text by the office holders it names, before its publication date is known (the times stage
/// asks, to choose among the years a weekday date fits). It looks only at dictionary names and titles,
/// not at the document's date, so it can run before the actor stage, which needs that date.
/// </summary>
public sealed class RoleDating(ActorDictionary dictionary)
{
    /// <summary>Words allowed between a title and its holder's name: ranks and initials ("Jenderal Polisi", "H.").</summary>
    private const int MaxWordsBetween = 3;

    /// <summary>The dated mentions of dictionary people in <paramref name="text"/>, one per person and kind of dating.</summary>
    public List<DatedMention> Find(string text, string language) => Find(WordScanner.Scan(text), language, null);

    /// <summary>As <see cref="Find(string, string)"/> for a document's text in its language, with the words and names
    /// the actor stages find again (<see cref="DocumentWords"/>) made only once.</summary>
    public List<DatedMention> Find(Document document) => Find(DocumentWords.Of(document), document.Language, document);

    private List<DatedMention> Find(List<Word> words, string language, Document? document)
    {
        var cues = dictionary.CuesFor(language, words);
        var matches = document is null ? dictionary.Names.FindAll(words, language: cues.Language)
            : DocumentWords.NamesOf(document, dictionary.Names, cues.Language);
        var found = new Dictionary<(Person, DatingKind, string), DatedMention>();
        for (int i = 0; i < matches.Count; i++)
        {
            if (FirstPerson(matches[i]) is not { } person || person.Spells.Count == 0) continue;
            if (i > 0 && TitleBefore(matches[i - 1], matches[i], words) is { } title)
            {
                var roleId = title.RoleId.StartsWith("~.", StringComparison.Ordinal) ? cues.Home + title.RoleId[1..] : title.RoleId;
                var m = matches[i - 1];
                var kind = m.First > 0 && cues.Former.Contains(words[m.First - 1].Key) ? DatingKind.Former : DatingKind.Titled;
                var terms = person.Spells.Where(s => string.Equals(s.Target, roleId, StringComparison.Ordinal))
                    .Select(s => kind == DatingKind.Former ? (s.To == DateOnly.MaxValue ? s.To : s.To.AddDays(1), DateOnly.MaxValue) : (s.From, s.To)).ToList();
                // A title the dictionary does not give this person says nothing about the date.
                if (terms.Count > 0) found.TryAdd((person, kind, roleId), new DatedMention(person, kind, terms));
                continue;
            }
            // "mantan Presiden SBY" with a title unknown to the dictionary: no dating by the name either.
            if (matches[i].First > 0 && cues.Former.Contains(words[matches[i].First - 1].Key)) continue;
            found.TryAdd((person, DatingKind.Name, ""), new DatedMention(person, DatingKind.Name, [.. person.Spells.Select(s => (s.From, s.To))]));
        }
        return [.. found.Values];
    }

    private static Person? FirstPerson(NameMatch match)
    {
        foreach (var t in match.Targets) if (t is PersonTarget p) return p.Person;
        return null;
    }

    /// <summary>The title right before a name ("Presiden Joko Widodo", "Kapolri Jenderal Tito Karnavian"), if any.</summary>
    private static TitleTarget? TitleBefore(NameMatch previous, NameMatch name, List<Word> words)
    {
        if (name.First - previous.End > MaxWordsBetween) return null;
        for (int k = previous.End; k < name.First; k++)
            if (words[k].Case == WordCase.Lower) return null;
        foreach (var t in previous.Targets) if (t is TitleTarget title) return title;
        return null;
    }
}
