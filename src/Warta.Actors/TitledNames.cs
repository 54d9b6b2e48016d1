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
                if (title.Actor is { } code && (OnlyTitleWordsBetween(document.Text, title.End, person.Start) || CommaApposition(document.Text, title, title.End, person, cues)))
                {
                    // "Pengacara Nelly, Scott Rosenblum": the apposed name holds the role, Nelly is the client
                    if (RelationalRoles.ApposedHolder(title, person, document, cues) is { } holder)
                        holder.Actor ??= code;
                    else
                        person.Actor = code;
                }
                // "Ketua DPD Front Pembela Islam (FPI) DKI Jakarta, Habib Muchsin": a place after the organisation
                // says which branch; the organisation before it is the title
                else if (title.Type == EntityType.LOC && OrganisationBeforePlace(document.Text, ordered, j, title) is { Actor: { } org } branch
                    && CommaApposition(document.Text, branch, title.End, person, cues))
                    person.Actor = org;
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
    /// <param name="phraseEnd">Where the title phrase ends (after a branch's place when there is one).</param>
    private static bool CommaApposition(string text, Entity title, int phraseEnd, Entity person, LanguageCues cues)
    {
        // Only an organisation: a person before the comma is someone else ("Ketua DPR Setya Novanto, Irvanto").
        if (title.Type != EntityType.ORG || title.Actor is not { Length: > 3 } || title.IsNominal) return false;
        if (text[phraseEnd..person.Start].Trim() != ",") return false;
        var before = WordScanner.Scan(text, Math.Max(0, title.Start - 60), title.Start);
        for (int k = before.Count - 1; k >= Math.Max(0, before.Count - MaxWordsBetween); k--)
        {
            // "Direktur eksekutif …", "Ketua umum …": a lower-case word right after a leader word is part of the title
            if (before[k].Case is not (WordCase.Capitalized or WordCase.AllCaps))
                return k > 0 && cues.LeaderBefore.Contains(before[k - 1].Key) && before[k - 1].Case is WordCase.Capitalized or WordCase.AllCaps
                    && OnlyTitleWordsBetween(text, before[k - 1].End, before[k].Start);
            if (cues.LeaderBefore.Contains(before[k].Key)) return true;
            if (k > 0 && !OnlyTitleWordsBetween(text, before[k - 1].End, before[k].Start)) return false;
        }
        return false;
    }

    /// <summary>The organisation right before the place <paramref name="place"/> (ordered[<paramref name="at"/>]),
    /// with at most two capitalised words between ("FPI) DKI Jakarta"), or null.</summary>
    private static Entity? OrganisationBeforePlace(string text, List<Entity> ordered, int at, Entity place)
    {
        for (int j = at - 1; j >= 0; j--)
        {
            var e = ordered[j];
            if (e.End > place.Start) continue;
            if (e.Type != EntityType.ORG || place.Start - e.End > 20) return null;
            var between = WordScanner.Scan(text, e.End, place.Start);
            if (between.Count > 2 || !OnlyTitleWordsBetween(text, e.End, place.Start)) return null;
            // "Front Pembela Islam (FPI)": the name the acronym in brackets repeats heads the phrase
            if (j > 0 && ordered[j - 1] is { Type: EntityType.ORG } full && full.Actor == e.Actor && full.End < e.Start
                && text[full.End..e.Start].Trim() == "(") return full;
            return e;
        }
        return null;
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
