using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Direktorat Jenderal Pajak (DJP) … upaya DJP": an acronym in brackets right after an organisation with a code
/// stands for it, there and wherever the article repeats it. The dictionary knows the acronyms of the names it
/// knows; this covers names coded by rules (<see cref="StateBodyNames"/>, <see cref="CivilSocietyNames"/>).
/// The acronym must start with the name's first letter and have two capitals or more ("(AS)" after "Amerika
/// Serikat" is a known name anyway; "(SKP)" after a tax decree names no organisation). Runs where the language
/// asks for it (cue <c>bracketed-acronyms</c>).
/// </summary>
public static class BracketedAcronyms
{
    public static void Apply(ActorScan scan)
    {
        if (!scan.Cues.BracketedAcronyms) return;
        var text = scan.Document.Text;
        var entities = scan.Document.Entities;
        var words = scan.Words;
        var codes = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var org in entities)
        {
            // A bare country code says the name was only placed, not known ("Gabungan Koperasi Susu Indonesia (GKSI)").
            if (org.Type != EntityType.ORG || org.IsNominal || org.Actor is not { Length: > 3 }) continue;
            int k = scan.WordAtOrAfter(org.End);
            if (k >= words.Count || !Bracketed(text, org.End, words[k]) || !IsAcronym(text, words[k]) ||
                char.ToUpperInvariant(text[org.Start]) != text[words[k].Start] || scan.NamesIn(k, k + 1).Count > 0)
                continue;
            codes.TryAdd(text[words[k].Start..words[k].End], org);
        }
        if (codes.Count == 0) return;
        var added = new List<Entity>();
        foreach (var w in words)
        {
            if (!codes.TryGetValue(text[w.Start..w.End], out var org) || w.Start < org.End) continue;
            var span = new TextSpan(w.Start, w.End);
            int same = entities.FindIndex(e => e.Span == span);
            if (same >= 0)
            {
                if (entities[same].Actor is null && !entities[same].IsNominal)
                    entities[same] = entities[same] with { Type = EntityType.ORG, Actor = org.Actor, CanonicalName = org.CanonicalName ?? text[org.Start..org.End] };
                continue;
            }
            if (entities.Any(e => e.Span.Overlaps(span)) || added.Any(e => e.Span.Overlaps(span))) continue;
            added.Add(new Entity(w.Start, w.End, EntityType.ORG) { Actor = org.Actor, CanonicalName = org.CanonicalName ?? text[org.Start..org.End] });
        }
        entities.AddRange(added);
    }

    /// <summary>"(DJP)", "( DJP )": only an opening bracket before the word and a closing one right after it.</summary>
    private static bool Bracketed(string text, int from, Word word)
    {
        if (!text.AsSpan(from, word.Start - from).Trim().SequenceEqual("(")) return false;
        int k = word.End;
        while (k < text.Length && text[k] == ' ') k++;
        return k < text.Length && text[k] == ')';
    }

    private static bool IsAcronym(string text, Word word)
    {
        var s = text.AsSpan(word.Start, word.End - word.Start);
        int capitals = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) return false;
            if (char.IsUpper(c)) capitals++;
        }
        return s.Length >= 2 && char.IsUpper(s[0]) && capitals >= 2;
    }
}
