using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Pengacara Nelly, Scott Rosenblum, mengatakan …", "Kuasa hukum Iwa K, Budi Santoso, membantah …": a role held for a
/// person (cue <c>client-roles</c>: pengacara, kuasa hukum, manajer, ajudan …) followed by a name and a second name apposed
/// after a comma says whose the role is: the apposed name holds it, the name before is the client. Without this the client
/// takes the role's code as any name after a title does (<see cref="TitledNames"/>: Nelly → USAJUD, and every later
/// "Nelly" through its chain), and an artist accused in a lawsuit acts as a court. The client gets nothing from the role
/// (a code of its own it keeps); the apposed holder takes the role's code when it has none. A list of names ("pengacara
/// Hotman, Farhat, dan Razman") is no apposition: all of them may hold the role, and the rule stands aside.
/// </summary>
public static class RelationalRoles
{
    /// <summary>The holder apposed after <paramref name="person"/> when <paramref name="title"/> is a role held for a
    /// person: "[Pengacara] [Nelly] , [Scott Rosenblum]" → Scott Rosenblum. Null when the title is another kind or no
    /// single name is apposed.</summary>
    public static Entity? ApposedHolder(Entity title, Entity person, Document document, LanguageCues cues) =>
        ApposedHolder(title.Span, person, document, cues);

    /// <summary>As above, for the role's words at <paramref name="title"/> (a dictionary match before the name,
    /// <see cref="ActorStage"/>'s agent before a person).</summary>
    public static Entity? ApposedHolder(TextSpan title, Entity person, Document document, LanguageCues cues)
    {
        if (cues.ClientRoles.Count == 0 || person.Type is not (EntityType.PER or EntityType.MISC) || person.IsNominal) return null;
        var text = document.Text;
        var key = string.Join(' ', WordScanner.Scan(text, title.Start, title.End).Select(w => w.Key));
        if (!cues.ClientRoles.Contains(key)) return null;
        int i = SkipSpaces(text, person.End);
        if (i >= text.Length || text[i] != ',') return null;
        i = SkipSpaces(text, i + 1);
        var holder = document.Entities.Where(e => e.Start == i && e.Type == EntityType.PER && !e.IsNominal).MaxBy(e => e.End);
        if (holder is null || InList(holder.End, document, cues)) return null;
        return holder;
    }

    /// <summary>True when another name or a coordinator follows the apposed name: "Hotman, Farhat, dan Razman" lists people.</summary>
    private static bool InList(int end, Document document, LanguageCues cues)
    {
        var text = document.Text;
        int i = SkipSpaces(text, end);
        if (i < text.Length && text[i] == ',') i = SkipSpaces(text, i + 1);
        var next = WordScanner.Scan(text, i, Math.Min(text.Length, i + 40)).FirstOrDefault();
        if (next.End == 0) return false;
        if (cues.Coordinators.Contains(next.Key)) return true;
        return i > end && document.Entities.Any(e => e.Start == next.Start && e.Type == EntityType.PER && !e.IsNominal);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }
}
