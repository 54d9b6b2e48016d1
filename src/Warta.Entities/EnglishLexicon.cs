using Warta.Core;

namespace Warta.Entities;

/// <summary>
/// The English tagger's word lists, keyed by lower-case token hashes: names with their type (matched as
/// token sequences), titles before person names, organisation and place head words, demonyms and
/// capitalized words that are not names (sentence starters, days, months).
/// </summary>
public sealed class EnglishLexicon
{
    public EnglishLexicon(NerLexicon names, IEnumerable<string> titles, IEnumerable<string> orgWords,
        IEnumerable<string> locWords, IEnumerable<string> demonyms, IEnumerable<string> commonWords, IEnumerable<string>? onHeads = null)
    {
        OnHeads = Hashes(onHeads ?? []);
        Names = names;
        Titles = Hashes(titles);
        OrgWords = Hashes(orgWords);
        LocWords = Hashes(locWords);
        Demonyms = Hashes(demonyms);
        CommonWords = Hashes(commonWords);
    }

    public NerLexicon Names { get; }
    public HashSet<ulong> Titles { get; }
    public HashSet<ulong> OrgWords { get; }
    public HashSet<ulong> LocWords { get; }
    public HashSet<ulong> Demonyms { get; }
    public HashSet<ulong> CommonWords { get; }
    /// <summary>Body words after which "on" continues the name ("Commission on Human Rights"); optional file on-heads.txt.</summary>
    public HashSet<ulong> OnHeads { get; }

    private static HashSet<ulong> Hashes(IEnumerable<string> words) => [.. words.Select(w => TokenHash.Lower(w.Trim()))];

    /// <summary>Loads <c>en/ner/*</c> from Warta's data folder.</summary>
    public static EnglishLexicon Load(string dataRoot)
    {
        var folder = Path.Combine(dataRoot, "en", "ner");
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"English NER data folder '{folder}' does not exist.");
        string F(string name) => Path.Combine(folder, name);
        var nameFiles = Directory.GetFiles(folder, "names-*.tsv").Order(StringComparer.Ordinal).ToArray();
        return new EnglishLexicon(
            NerLexicon.Load(F("titles.txt"), nameFiles),
            NerLexicon.DataLines(F("titles.txt")),
            NerLexicon.DataLines(F("org-words.txt")),
            NerLexicon.DataLines(F("loc-words.txt")),
            NerLexicon.DataLines(F("demonyms.txt")),
            NerLexicon.DataLines(F("common-words.txt")),
            File.Exists(F("on-heads.txt")) ? NerLexicon.DataLines(F("on-heads.txt")) : null);
    }
}

/// <summary>Wires the English tagger from Warta's data folder.</summary>
public static class EnglishNer
{
    public static EnglishNameTagger Load(string dataRoot) => new(EnglishLexicon.Load(dataRoot));
}
