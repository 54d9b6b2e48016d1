using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// Bodies named with their country that no dictionary lists (English, cues <c>government-heads</c>, <c>party-heads</c>):
/// "Singapore's Internal Security Department" (a country owning a capitalised name closed by a state-body word) is the
/// country's government, and "the pro-Russian Heart of Moldova party" (a country inside a capitalised name closed by a party
/// word) is the country's party. The country's own mention takes the body's code, so the event coder does not find the
/// bare country (as <see cref="CountryBeforeTitledName"/> does for titles).
/// </summary>
public static class CountryNamedBodies
{
    public static void Apply(ActorScan scan)
    {
        if (scan.Cues.PartyHeads.Count == 0) return;
        var entities = scan.Document.Entities;
        foreach (var country in entities.ToList())
        {
            if (country.Type != EntityType.LOC || country.Actor is not { Length: 3 } code || !scan.Dictionary.Countries.ContainsKey(code)) continue;
            if (OwnedStateBody(country, scan) is { } body)
                body.Actor = country.Actor = code + "GOV";
            else if (InsidePartyName(country, scan))
                country.Actor = code + "PTY";
        }
    }

    /// <summary>"Singapore's [Internal Security Department]": an uncoded organisation right after the country's possessive
    /// whose last word is a capitalised state-body word.</summary>
    private static Entity? OwnedStateBody(Entity country, ActorScan scan)
    {
        var text = scan.Document.Text;
        int at = country.End;
        if (at + 2 >= text.Length || text[at] is not ('\'' or '\u2019') || text[at + 1] is not ('s' or 'S')) return null;
        var body = scan.Document.Entities.FirstOrDefault(e => e.Type == EntityType.ORG && e.Actor is null && e.Start > at + 2 && e.Start <= at + 3);
        if (body is null) return null;
        int last = scan.WordAtOrAfter(body.End) - 1;
        return last >= 0 && scan.Words[last].End == body.End && scan.Words[last].Case == WordCase.Capitalized &&
               scan.Cues.GovernmentHeads.Contains(scan.Words[last].Key) ? body : null;
    }

    /// <summary>"the Heart of Moldova party", "the Moldova Now Party": capitalised words (and "of") around the country, then a
    /// party word; at least one capitalised word besides the country, so "Moldova's ruling party" is no party name.</summary>
    private static bool InsidePartyName(Entity country, ActorScan scan)
    {
        var words = scan.Words;
        int k = scan.WordAtOrAfter(country.End), after = 0;
        while (k < words.Count && !words[k].GapBefore && words[k].Case == WordCase.Capitalized && !scan.Cues.PartyHeads.Contains(words[k].Key) && after < 2) { k++; after++; }
        if (k >= words.Count || words[k].GapBefore || !scan.Cues.PartyHeads.Contains(words[k].Key)) return false;
        int first = scan.WordAtOrAfter(country.Start);
        if (first == 0 || words[first].GapBefore) return after > 0;
        int before = first - 1;
        if (words[before].Key == "of" && before > 0 && !words[before].GapBefore) before--;
        return after > 0 || words[before].Case == WordCase.Capitalized && !words[before].GapBefore && before > 0;
    }
}
