using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Kelompok ISIS kemudian menyatakan bertanggung jawab atas serangan tersebut": an armed group that claims
/// the attack is who the article's unnamed attackers were ("pelaku bom bunuh diri", "tiga pria bersenjata",
/// "salah satu penyerang"). The claim phrases and attacker nouns are language cues (<c>claims</c>,
/// <c>attackers</c>); the claimant is the last armed group (REB or IMG code) named before the claim in its
/// sentence. Without a claim the attackers keep their generic codes (UAF, CVL).
/// </summary>
internal static class ClaimedAttacks
{
    /// <summary>How far before the claim phrase its claimant may be named (one clause).</summary>
    private const int ClaimantReach = 120;

    public static void Apply(Document document, List<Word> words, LanguageCues cues)
    {
        if (cues.Claims.Count == 0 || cues.Attackers.Count == 0) return;
        var text = document.Text;
        var claims = cues.Claims.Select(c => WordScanner.Scan(c)).ToList();
        string? claimant = null;
        for (int i = 0; i < words.Count && claimant is null; i++)
        {
            if (!claims.Any(c => StartsAt(words, i, c))) continue;
            claimant = ClaimantBefore(document, words[i].Start);
        }
        if (claimant is null) return;
        foreach (var e in document.Entities)
        {
            if (!e.IsNominal || e.Actor == claimant) continue;
            var key = string.Join(' ', WordScanner.Scan(text, e.Start, e.End).Select(w => w.Key));
            if (cues.Attackers.Contains(key)) e.Actor = claimant;
        }
    }

    /// <summary>The armed group named last before a claim at <paramref name="at"/>, in its sentence and within reach.
    /// (Apart from the loop over every word so that the lambda's capture is made only at a claim.)</summary>
    private static string? ClaimantBefore(Document document, int at)
    {
        var text = document.Text;
        var group = document.Entities.Where(e => e.End <= at && at - e.End <= ClaimantReach && e.Actor is { } code && IsArmedGroup(code) &&
            text.AsSpan(e.End, at - e.End).IndexOfAny(".!?\n") < 0).OrderBy(e => e.End).LastOrDefault();
        return group?.Actor;
    }

    private static bool IsArmedGroup(string code) =>
        code.StartsWith("IMG", StringComparison.Ordinal) || code.Contains("REB", StringComparison.Ordinal);

    private static bool StartsAt(List<Word> words, int i, List<Word> phrase)
    {
        if (phrase.Count == 0 || i + phrase.Count > words.Count) return false;
        for (int k = 0; k < phrase.Count; k++)
            if (words[i + k].Key != phrase[k].Key || (k > 0 && words[i + k].GapBefore)) return false;
        return true;
    }
}
