namespace Warta.Actors;

/// <summary>
/// A role title with the country placeholder of <c>roles.tsv</c> ("Menteri Luar Negeri {C}", "{C}'s President"), cut into
/// words once, so that its names for the ~765 country names are joined from words already scanned instead of replacing
/// the placeholder and scanning each of the ~145,000 strings again (the loader's start-up cost).
/// <para>Joining gives exactly the words <see cref="WordScanner.Scan"/> gives for the joined string only when nothing
/// crosses the placeholder's edges, so a title is cut only when the text around the placeholder is letters, digits and
/// spaces, a space separates it from the placeholder, or the placeholder is followed by the possessive "'s" (which the
/// scanner strips from the country's last word). A country name joins only when it starts and ends with a letter or
/// digit, and no word of either holds a hyphen (such a name also gets a spaced-hyphen variant, made by
/// <see cref="NameIndex.Add(string, NameTarget, string?)"/>). Anything else is left to the old path: replace, then scan.
/// The tests check the joined words against the scan for every title and country of data/actors.</para>
/// </summary>
public sealed class CountryTitle
{
    private readonly string[] _beforeKeys, _afterKeys;
    private readonly WordCase[] _beforeCases, _afterCases;
    private readonly bool _possessive;

    private CountryTitle(List<Word> before, List<Word> after, bool possessive)
    {
        _beforeKeys = [.. before.Select(w => w.Key)];
        _beforeCases = [.. before.Select(w => w.Case)];
        _afterKeys = [.. after.Select(w => w.Key)];
        _afterCases = [.. after.Select(w => w.Case)];
        _possessive = possessive;
    }

    /// <summary>The title cut around its one <paramref name="placeholder"/>, or null when joining words could differ from
    /// scanning the joined string (the caller then replaces and scans).</summary>
    public static CountryTitle? TryCut(string title, string placeholder)
    {
        int at = title.IndexOf(placeholder, StringComparison.Ordinal);
        if (at < 0 || title.IndexOf(placeholder, at + 1, StringComparison.Ordinal) >= 0) return null;
        var before = title[..at];
        var after = title[(at + placeholder.Length)..];
        bool possessive = after == "'s" || after.StartsWith("'s ", StringComparison.Ordinal);
        if (possessive) after = after[2..];
        if (before.Length > 0 && before[^1] != ' ' || after.Length > 0 && after[0] != ' ') return null;
        if (!Plain(before) || !Plain(after)) return null;
        var beforeWords = WordScanner.Scan(before);
        var afterWords = WordScanner.Scan(after);
        if (beforeWords.Concat(afterWords).Any(w => w.Key.Contains('-'))) return null;
        return new CountryTitle(beforeWords, afterWords, possessive);
    }

    private static bool Plain(string s)
    {
        foreach (var c in s) if (!char.IsLetterOrDigit(c) && c != ' ') return false;
        return true;
    }

    /// <summary>The words of the title with <paramref name="country"/> in the placeholder, as the scan of the joined
    /// string gives them (fresh arrays: the index keeps them), or false when the country cannot be joined here.</summary>
    public bool TryJoin(CountryName country, out string[] keys, out WordCase[] cases)
    {
        keys = [];
        cases = [];
        if (!country.Joinable || _possessive && !country.TakesPossessive) return false;
        int n = _beforeKeys.Length, m = country.Keys.Length;
        keys = new string[n + m + _afterKeys.Length];
        cases = new WordCase[keys.Length];
        _beforeKeys.CopyTo(keys, 0);
        country.Keys.CopyTo(keys, n);
        _afterKeys.CopyTo(keys, n + m);
        _beforeCases.CopyTo(cases, 0);
        country.Cases.CopyTo(cases, n);
        _afterCases.CopyTo(cases, n + m);
        return true;
    }
}

/// <summary>A country name scanned once for <see cref="CountryTitle.TryJoin"/>.</summary>
public sealed class CountryName
{
    public string Text { get; }
    public string[] Keys { get; }
    public WordCase[] Cases { get; }

    /// <summary>Starts and ends with a letter or digit (nothing it has can join the title's words next to it) and no word
    /// holds a hyphen.</summary>
    public bool Joinable { get; }

    /// <summary>Its last word reaches its end and has two characters or more, so "'s" after it is stripped again and
    /// leaves the same word ("Indonesia's" is "Indonesia"; the scanner keeps the "'s" of a one-letter word).</summary>
    public bool TakesPossessive { get; }

    public CountryName(string text)
    {
        Text = text;
        var words = WordScanner.Scan(text);
        Keys = [.. words.Select(w => w.Key)];
        Cases = [.. words.Select(w => w.Case)];
        Joinable = words.Count > 0 && char.IsLetterOrDigit(text[0]) && char.IsLetterOrDigit(text[^1]) &&
                   !words.Any(w => w.Key.Contains('-'));
        TakesPossessive = Joinable && words[^1].End == text.Length && words[^1].End - words[^1].Start >= 2;
    }
}
