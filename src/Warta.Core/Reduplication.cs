namespace Warta.Core;

/// <summary>
/// Indonesian full reduplication, the plural of nouns: "serangan-serangan" (attacks), "kelompok-kelompok" (groups),
/// "negara-negara" (countries), with a clitic on the second half "anak-anaknya" (his children). The stages that look
/// words up read such a word as its base ("serangan", "anaknya"), so a dictionary written in the singular serves the
/// plural too. Only exact copies count: "serang-menyerang" (reciprocal), "obat-obatan" (a kind) and "bersama-sama" are
/// other derivations. Lexicalised copies whose base means something else ("undang-undang" law, "mata-mata" spy,
/// "tiba-tiba" suddenly) are the caller's to keep whole (a word list in its language data).
/// </summary>
public static class Reduplication
{
    /// <summary>Clitics the second half may carry ("anak-anaknya", "teman-temanku").</summary>
    private static readonly string[] Clitics = ["nya", "ku", "mu", "lah", "pun"];

    /// <summary>The base of a reduplicated word (lower or any case, as given: "Negara-negara" → "Negara"; the clitic of the
    /// second half is kept: "anak-anaknya" → "anaknya"), or null when the word is no exact reduplication of letters.</summary>
    public static string? BaseOf(string word)
    {
        int dash = word.IndexOf('-');
        // halves of two letters or more: "ke-2", "e-KTP", "x-ray" are no plurals
        if (dash < 2 || dash > word.Length - 3 || word.IndexOf('-', dash + 1) >= 0) return null;
        var first = word.AsSpan(0, dash);
        var second = word.AsSpan(dash + 1);
        foreach (var c in first) if (!char.IsLetter(c)) return null;
        if (!second.StartsWith(first, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = second[first.Length..];
        if (rest.Length == 0) return word[..dash];
        foreach (var clitic in Clitics)
            if (rest.Equals(clitic, StringComparison.OrdinalIgnoreCase)) return string.Concat(first, rest);
        return null;
    }

    /// <summary>Two words written apart around a spaced hyphen ("Negara - negara", "anak - anaknya", as tokenized corpora
    /// write them) are one reduplicated word.</summary>
    public static bool AreHalves(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length < 2 || !second.StartsWith(first, StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var c in first) if (!char.IsLetter(c)) return false;
        var rest = second[first.Length..];
        if (rest.Length == 0) return true;
        foreach (var clitic in Clitics)
            if (rest.Equals(clitic, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
