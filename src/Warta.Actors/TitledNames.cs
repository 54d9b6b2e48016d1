using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// A person the dictionary does not know takes the actor of the title or institution written right before
/// the name: "Hakim Ong Hian Sun" (IDNJUD), "Kabid Humas Polda Metro Jaya Kombes Argo Yuwono" (IDNCOP),
/// "Ketua Umum MUI Maruf Amin" (IDNREL), "Kepala Dewan HAM PBB Zeid Ra'ad Al Hussein" (IGOUNO). Only
/// capitalised words (ranks such as Kombes, Jenderal, AKBP), acronyms and parentheses may stand between;
/// a comma or a lower-case word ends the title ("dari Singapura, Amos Yee" stays unknown). The later short
/// mentions ("Argo", "Zeid") then get the code through their coreference chain.
/// </summary>
internal static class TitledNames
{
    private const int MaxWordsBetween = 4;

    public static void Assign(Document document, LanguageCues cues)
    {
        var ordered = document.Entities.OrderBy(e => e.Start).ThenByDescending(e => e.End).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            var person = ordered[i];
            if (person.Type != EntityType.PER || person.Actor is not null || person.IsNominal) continue;
            for (int j = i - 1; j >= 0; j--)
            {
                var title = ordered[j];
                if (title.End > person.Start) continue; // nested or overlapping
                // "Kapolres [Bogor] AKBP X": a place inside the title phrase is not the title; the phrase is.
                var inner = title;
                title = ordered.Take(j).LastOrDefault(e => e.Start <= inner.Start && e.End >= inner.End) ?? title;
                if (title.Actor is { } code && (OnlyTitleWordsBetween(document.Text, title.End, person.Start) || CommaApposition(document.Text, title, person, cues)))
                    person.Actor = code;
                break; // only the entity right before the name counts
            }
        }
    }

    /// <summary>"Aliansi Nelayan" after "Aliansi Nelayan Indonesia": a name without actor whose words all
    /// belong to an earlier organisation's name is that organisation (whatever type the NER gave it).</summary>
    public static void ShortenedOrganisations(Document document)
    {
        var ordered = document.Entities.OrderBy(e => e.Start).ToList();
        var seen = new List<(HashSet<string> Words, string Actor)>();
        foreach (var e in ordered)
        {
            if (e.IsNominal) continue;
            var words = WordScanner.Scan(document.Text, e.Start, e.End).Where(w => w.Case != WordCase.Lower).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
            if (words.Count == 0) continue;
            if (e.Actor is { } code)
            {
                if (e.Type != EntityType.PER && words.Count >= 2) seen.Add((words, code));
                continue;
            }
            for (int k = seen.Count - 1; k >= 0; k--)
                if (words.Count < seen[k].Words.Count && words.IsSubsetOf(seen[k].Words)) { e.Actor = seen[k].Actor; break; }
        }
    }

    /// <summary>"Kepala Biro Humas Kemendagri, Arif Zudan", "Juru Bicara KPK, Febri Diansyah": a leader phrase
    /// (language cue <c>leader-before</c>, capitalised) ending in an institution, then a comma and the name.
    /// Without the leader word it is no title ("Pengkritik PBB, Amos Yee"; "diperiksa KPK, Andi …" is a
    /// clause); a place or a bare country says where someone is from, not their role.</summary>
    private static bool CommaApposition(string text, Entity title, Entity person, LanguageCues cues)
    {
        // Only an organisation: a person before the comma is someone else ("Ketua DPR Setya Novanto, Irvanto").
        if (title.Type != EntityType.ORG || title.Actor is not { Length: > 3 } || title.IsNominal) return false;
        if (text[title.End..person.Start].Trim() != ",") return false;
        var before = WordScanner.Scan(text, Math.Max(0, title.Start - 60), title.Start);
        for (int k = before.Count - 1; k >= Math.Max(0, before.Count - MaxWordsBetween); k--)
        {
            if (before[k].Case is not (WordCase.Capitalized or WordCase.AllCaps)) return false;
            if (cues.LeaderBefore.Contains(before[k].Key)) return true;
            if (k > 0 && !OnlyTitleWordsBetween(text, before[k - 1].End, before[k].Start)) return false;
        }
        return false;
    }

    private static bool OnlyTitleWordsBetween(string text, int from, int to)
    {
        if (to - from > 60) return false;
        var between = WordScanner.Scan(text, from, to);
        if (between.Count > MaxWordsBetween) return false;
        for (int k = from; k < to; k++)
            if (!(char.IsWhiteSpace(text[k]) || char.IsLetterOrDigit(text[k]) || text[k] is '(' or ')' or '.' or '-' or '\'' or '\u2019'))
                return false;
        return between.All(w => w.Case is WordCase.Capitalized or WordCase.AllCaps);
    }
}
