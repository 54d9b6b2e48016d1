namespace Warta.Actors;

/// <summary>
/// "Bakal calon presiden Joko Widodo mengungkapkan …", "Bakal calon gubernur DKI Jakarta, Yusril Ihza Mahendra, …",
/// "capres Prabowo": a known person introduced as a candidate for an elected office campaigns for a party, so they act
/// as their country's party (PTY, as the English agents "presidential candidate", "mayoral candidate"), not in the office
/// the dictionary gives them for an undated sentence (the latest one); in a dated text only someone with no office at its
/// date is recoded (an office holder keeps acting in the office). A candidacy is a
/// one-word candidate title (cue <c>candidate-titles</c>: capres, cagub …) or a candidacy word followed by an elected
/// office (cues <c>candidacy-words</c> + <c>elected-offices</c>: "calon gubernur", not "calon Kapolri", which is an
/// appointment). The phrase stands right before the name, set off by nothing but an apposition comma. An incumbent
/// running again (cue <c>incumbent-words</c>: "Calon Gubernur Petahana DKI Jakarta Basuki …") still holds the office and
/// acts in it.
/// </summary>
public static class CandidateTitles
{
    /// <summary>How many words the phrase may span back from the name ("bakal calon gubernur DKI Jakarta").</summary>
    private const int Reach = 6;

    /// <summary>The party code of <paramref name="person"/> named at word <paramref name="first"/> when a candidacy phrase
    /// introduces them; else null.</summary>
    public static string? CodeOf(Person person, int first, ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.CandidateTitles.Count == 0 && cues.CandidacyWords.Count == 0) return null;
        if (person.Nationality is not { Length: 3 } country || first == 0) return null;
        // An office holder at the text's date acts in the office ("cawapres Jokowi" in 2017 is Jokowi's running mate, and a
        // president campaigning still governs); the candidacy names the role only of someone the dictionary gives no office then.
        if (scan.Document.Published is not null && person.Spells.Any(s => s.Covers(scan.Date))) return null;
        var words = scan.Words;
        // "pasangan calon presiden Jokowi - Jusuf Kalla": the running mate after a hyphen or "dan" shares the phrase
        int name = first;
        if (PairedBefore(first, scan) is { } mate) name = mate;
        for (int k = name - 1; k >= Math.Max(0, name - Reach); k--)
        {
            if (words[k + 1].GapBefore && !(k + 1 == name && ActorStage.IsAppositionGap(scan.Document.Text, words[k].End, words[k + 1].Start)))
                return null;
            if (cues.Former.Contains(words[k].Key) || cues.Incumbent.Contains(words[k].Key) || cues.IsVerbLike(words[k])) return null;
            // another name between the phrase and this one: the phrase is that name's ("capres Prabowo dan Hatta")
            if (k + 1 < name && scan.MatchEndingAt(k + 1) is { } m && m.Targets.OfType<PersonTarget>().Any()) return null;
            if (cues.CandidateTitles.Contains(words[k].Key) ||
                cues.CandidacyWords.Contains(words[k].Key) && k + 1 < name && cues.ElectedOffices.Contains(words[k + 1].Key))
                // "Petahana Calon Wakil Gubernur …": the incumbent word may also open the phrase
                return k > 0 && !words[k].GapBefore && cues.Incumbent.Contains(words[k - 1].Key) ? null : country + "PTY";
        }
        return null;
    }

    /// <summary>The first word of a known person named right before word <paramref name="first"/> and joined to it as a
    /// pair ("Jokowi - Jusuf Kalla", "Prabowo dan Hatta"); else null.</summary>
    private static int? PairedBefore(int first, ActorScan scan)
    {
        var words = scan.Words;
        if (first < 2) return null;
        var text = scan.Document.Text;
        int end = first;
        if (words[first].GapBefore)
        {
            var link = text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End).Trim();
            if (!(link.SequenceEqual("-") || link.SequenceEqual("–"))) return null;
        }
        else if (scan.Cues.Coordinators.Contains(words[first - 1].Key) && !words[first - 1].GapBefore) end = first - 1;
        else return null;
        return scan.MatchEndingAt(end) is { } mate && mate.Targets.OfType<PersonTarget>().Any() ? mate.First : null;
    }
}
