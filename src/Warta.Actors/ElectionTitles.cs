namespace Warta.Actors;

/// <summary>
/// "Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah", "debat calon wakil gubernur", "Calon Wakil Gubernur DKI Jakarta
/// petahana, Djarot": a title or an office noun (a person-typed agent) right after an election or candidacy word (cue <c>title-not-after</c>), or coordinated
/// after such a title, names an office being contested, not its holder at the article's date: it is no mention (the
/// person named with it keeps their own code).
/// </summary>
public static class ElectionTitles
{
    /// <summary>How many words back (capitalised title words and coordinators) the election word may stand.</summary>
    private const int Reach = 4;

    public static bool Contested(NameMatch title, ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.TitleNotAfter.Count == 0) return false;
        var words = scan.Words;
        for (int k = title.First - 1, seen = 0; k >= 0 && seen < Reach && !words[k + 1].GapBefore; k--, seen++)
        {
            if (cues.TitleNotAfter.Contains(words[k].Key)) return true;
            // "Pemilihan Gubernur dan [Wakil Gubernur]": back over the first title and its coordinator
            if (!cues.Coordinators.Contains(words[k].Key) && words[k].Case is not (WordCase.Capitalized or WordCase.AllCaps)) return false;
        }
        return false;
    }
}
