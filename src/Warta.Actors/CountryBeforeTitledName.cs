using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Moroccan King Mohammed VI", "Palestinian President Mahmoud Abbas": a country name or demonym opening a title (up to
/// <see cref="TitleReach"/> capitalised words) before a person of that country's office is part of that person's mention,
/// so it takes the person's code instead of the bare country's (the event coder should not find "Moroccan" = MAR as the
/// target). Only for languages whose titles follow the country (cue <c>country-before-title</c>: English).
/// </summary>
public static class CountryBeforeTitledName
{
    private const int TitleReach = 3;

    public static void Apply(ActorScan scan)
    {
        if (!scan.Cues.CountryBeforeTitle) return;
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
}
