using Warta.Events.Coding;

namespace Warta.Events.Discourse;

/// <summary>
/// Whose country an actor code names, for the discourse rules that give an unnamed party the country of a named one
/// (a verdict's court, counted people as the public): CAMEO codes start with a country's ISO3, or with a prefix of
/// actors that belong to no country.
/// </summary>
internal static class CountryCodes
{
    /// <summary>CAMEO's prefixes of actors that belong to no country (intergovernmental, multinational, non-governmental
    /// and irregular groups): their codes start with these instead of a country's.</summary>
    private static readonly HashSet<string> NonState = new(StringComparer.Ordinal) { "IGO", "IMG", "NGO", "MNC", "UAF", "INT" };

    /// <summary>A code that starts with a country: three capitals that are not a non-state prefix.</summary>
    public static bool IsCountry(string code) =>
        code.Length >= 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2])
        && !NonState.Contains(code[..3]);

    /// <summary>An actor of a country other than <paramref name="country"/> named in the sentence ("WNI divonis mati di
    /// Malaysia", "menewaskan 10 orang di Afghanistan"): the unnamed party may be that country's.</summary>
    public static bool OtherCountryNamed(SentenceView s, string country)
    {
        for (int i = 0; i < s.Count; i++)
            if (s.ActorAt(i)?.Code is { Length: >= 3 } c && IsCountry(c) && !c.StartsWith(country, StringComparison.Ordinal)) return true;
        return false;
    }
}
