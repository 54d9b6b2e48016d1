namespace Warta.Actors;

/// <summary>
/// Which names of a people file written for another language's news (people-petrarch.tsv: PETRARCH2's 17,000 office
/// holders, English news) a language may also look up. Its short variants are words of that language or names its own
/// people bear ("Jumat" for Brunei's Ahmad bin Jumat is Friday in Indonesian; "Fajar", "Erwin" are given names here), and
/// a surname alone is too often someone else in the language's news (on 1,296 unseen Indonesian articles "Christie",
/// "Walcott", "Powell", "Sahin" named a badminton player and footballers, not the Bahamian, Barbadian, American or
/// Turkish ministers), so only names of two or more words are taken ("Doris Leuthard", "Amanda Vanstone"), and only
/// when some word of them is none of <see cref="NotNames"/> (the language's common words, month and weekday names,
/// capitalised words its news leaves outside names, its given names: cue <c>foreign-people-not-names</c>), so "Ahmad bin
/// Jumat" or "Abdul Rahman" is not. People of the language's home country are left out: the home list (people.tsv)
/// knows them at their current offices, while the other file's spells are old.
/// Wired per language by the cue <c>foreign-people</c> (the file's name) in <c>context/&lt;lang&gt;.tsv</c>.
/// </summary>
public sealed class ForeignPeople(string language, string file, IReadOnlySet<string> notNames)
{
    public string Language { get; } = language;

    /// <summary>The people file's name in the actor folder ("people-petrarch.tsv").</summary>
    public string File { get; } = file;

    /// <summary>Folded words that are no surname of a foreign person in this language's news.</summary>
    public IReadOnlySet<string> NotNames { get; } = notNames;

    /// <summary>The language's home country (cue <c>home</c>), whose people are not taken from the file.</summary>
    public string? Home { get; init; }

    /// <summary>May a text in <see cref="Language"/> look up <paramref name="name"/>?</summary>
    public bool Admits(string name)
    {
        var words = WordScanner.Scan(name);
        if (words.Count < 2) return false;
        foreach (var w in words)
            if (!NotNames.Contains(w.Key) && w.Key.Any(char.IsLetter)) return true;
        return false;
    }

    /// <summary>The folded words of a word-list file (one a line, <c>#</c> comments).</summary>
    public static IEnumerable<string> ReadWords(string path) =>
        System.IO.File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Select(l => WordScanner.Fold(l));
}
