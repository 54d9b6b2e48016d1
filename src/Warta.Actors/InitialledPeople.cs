using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Polisi membekuk pria berinisial JR (20) … Kepada polisi, JR mengaku …": Indonesian crime news names suspects by
/// their initials after an initials word (cue <c>initials-before</c>: berinisial, inisial). The initials are a person,
/// wherever the article repeats them, though the NER rarely tags them. In an article about a criminal case (cue
/// <c>suspect-words</c>) the person is a criminal of the article's country (CRM, as the guidelines code drug dealers and
/// perpetrators); elsewhere they take the code of the noun introducing them ("pemilik kendaraan berinisial DR"), if any.
/// </summary>
public static class InitialledPeople
{
    /// <summary>How many letters initials may have ("JR", "HAH", "S").</summary>
    private const int MaxLetters = 4;
    private const string CriminalRole = "CRM";

    public static void Apply(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.InitialsBefore.Count == 0) return;
        var words = scan.Words;
        var entities = scan.Document.Entities;
        var initials = new Dictionary<string, string?>(StringComparer.Ordinal);
        bool crimeStory = cues.SuspectWords.Count > 0 && words.Any(w => cues.SuspectWords.Contains(w.Key));
        for (int i = 1; i < words.Count; i++)
        {
            if (!IsInitials(words[i]) || words[i].GapBefore || !cues.InitialsBefore.Contains(words[i - 1].Key) || initials.ContainsKey(words[i].Key)) continue;
            initials[words[i].Key] = crimeStory ? CountryOf(scan) + CriminalRole : IntroducingCode(i - 1, scan);
        }
        if (initials.Count == 0) return;
        var added = new List<Entity>();
        foreach (var w in words)
        {
            if (!IsInitials(w) || !initials.TryGetValue(w.Key, out var code) || scan.MatchStartingAt(scan.WordAtOrAfter(w.Start)) is not null) continue;
            var span = new TextSpan(w.Start, w.End);
            if (entities.FirstOrDefault(e => e.Span == span && e.Actor is null && !e.IsNominal) is { } tagged)
            {
                entities[entities.IndexOf(tagged)] = tagged with { Type = EntityType.PER, Actor = code };
                continue;
            }
            if (!SpanChecks.OverlapsAnyEntity(entities, span))
                added.Add(new Entity(span.Start, span.End, EntityType.PER) { Actor = code });
        }
        entities.AddRange(added);
    }

    private static bool IsInitials(Word word) => word.Case == WordCase.AllCaps && word.End - word.Start <= MaxLetters;

    /// <summary>The article's country when the dictionary knows it, else the language's home country.</summary>
    private static string CountryOf(ActorScan scan) =>
        scan.MainCountry is { } main && scan.Dictionary.Countries.ContainsKey(main) ? main : scan.Cues.Home;

    /// <summary>The code of the coded mention of a person ending right before the initials word ("pria berinisial"), or null.</summary>
    private static string? IntroducingCode(int initialsWord, ActorScan scan)
    {
        if (initialsWord == 0) return null;
        int end = scan.Words[initialsWord - 1].End;
        return scan.Document.Entities.FirstOrDefault(e => e.End == end && e.Actor is { Length: > 3 } && e.Type != EntityType.LOC)?.Actor;
    }
}
