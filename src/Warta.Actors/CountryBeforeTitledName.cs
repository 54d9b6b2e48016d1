using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Moroccan King Mohammed VI", "Palestinian President Mahmoud Abbas": a country name or demonym opening a title (up to
/// <see cref="TitleReach"/> capitalised words) before a person of that country's office is part of that person's mention,
/// so it takes the person's code instead of the bare country's (the event coder should not find "Moroccan" = MAR as the
/// target). Only for languages whose titles follow the country (cue <c>country-before-title</c>: English).
/// Elsewhere the country closes the title ("Raja Yordania Abdullah II", "Presiden Suriah Bashar al-Assad"): the same,
/// mirrored, when the NER tagged the country apart from the person (<see cref="ApplyCountryInTitle"/>).
/// </summary>
public static class CountryBeforeTitledName
{
    private const int TitleReach = 3;

    public static void Apply(ActorScan scan)
    {
        if (!scan.Cues.CountryBeforeTitle)
        {
            ApplyCountryInTitle(scan);
            return;
        }
        var entities = scan.Document.Entities;
        var words = scan.Words;
        foreach (var country in entities)
        {
            if (country.Type != EntityType.LOC || country.Actor is not { Length: 3 } code) continue;
            int k = scan.WordAtOrAfter(country.End);
            if (k >= words.Count || words[k].GapBefore) continue;
            // the title words: capitalised, no punctuation between ("Prime Minister", "King")
            int titleEnd = k;
            while (titleEnd < words.Count && titleEnd - k < TitleReach && !words[titleEnd].GapBefore && words[titleEnd].Case == WordCase.Capitalized &&
                   !entities.Any(e => e.Start == words[titleEnd].Start && e.Type == EntityType.PER))
                titleEnd++;
            if (titleEnd == k || titleEnd >= words.Count || words[titleEnd].GapBefore) continue;
            var person = entities.FirstOrDefault(e => e.Start == words[titleEnd].Start && e.Type == EntityType.PER && !e.IsNominal);
            if (person?.Actor is { Length: > 3 } office && office.StartsWith(code, StringComparison.Ordinal))
                country.Actor = office;
        }
    }

    /// <summary>"bertemu dengan Raja Yordania Abdullah II": a country name that closes a dictionary title (the title's words
    /// right before it, no punctuation between) and is followed at once by a person holding that country's office is part of
    /// the person's mention: it takes the person's code, so the event coder does not find the bare country as the object.</summary>
    private static void ApplyCountryInTitle(ActorScan scan)
    {
        var entities = scan.Document.Entities;
        var words = scan.Words;
        foreach (var country in entities)
        {
            if (country.Type != EntityType.LOC || country.Actor is not { Length: 3 } code) continue;
            int first = scan.WordAtOrAfter(country.Start), after = scan.WordAtOrAfter(country.End);
            if (first == 0 || words[first].GapBefore || after >= words.Count || words[after].GapBefore) continue;
            // the title: a dictionary title that ends with the country and starts before it ("Raja Yordania")
            if (scan.MatchEndingAt(after) is not { } title || title.First >= first || !title.Targets.OfType<TitleTarget>().Any()) continue;
            var person = entities.FirstOrDefault(e => e.Start == words[after].Start && e.Type == EntityType.PER && !e.IsNominal);
            if (person?.Actor is { Length: > 3 } office && office.StartsWith(code, StringComparison.Ordinal))
                country.Actor = office;
        }
    }
}
