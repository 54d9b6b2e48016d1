using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "memburu pelaku tindak kekerasan terhadap penyidik", "pelaku penganiayaan": a perpetrator noun (cue <c>perpetrators</c>:
/// "pelaku", "orang tak dikenal" …) followed by a violent crime (cue <c>violent-crimes</c>, past a word of cue
/// <c>crime-skip</c>: "tindak", "aksi") frames the article's perpetrator as a criminal (CRM, GUIDELINES §4), while the
/// crime noun stays a word of its own — it is often the event ("kekerasan" 18), which a dictionary phrase "pelaku
/// kekerasan" would hide. Then every perpetrator mention of the article is that criminal ("pelaku sedang menyerang …",
/// "diserang oleh orang tak dikenal"), unless another is meant ("pelaku lain", cue <c>defendant-others</c>);
/// in an article that never frames one so they stay civilians ("pelaku pencurian", a knife attack by "pria tidak dikenal").
/// </summary>
public static class PerpetratorCrimes
{
    private const string Civilian = "CVL", Criminal = "CRM";

    public static void Apply(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.Perpetrators.Count == 0 || cues.ViolentCrimes.Count == 0) return;
        var words = scan.Words;
        // the perpetrator mentions: (entity, index of the word after it, its code is the default civilian)
        var mentions = new List<(Entity Entity, int After)>();
        bool framed = false;
        foreach (var e in scan.Document.Entities)
        {
            if (e.Actor is not { Length: > 3 } code) continue;
            int first = scan.WordAtOrAfter(e.Start), end = first;
            while (end < words.Count && words[end].End <= e.End) end++;
            if (end == first || !cues.Perpetrators.Contains(string.Join(' ', words.Skip(first).Take(end - first).Select(w => w.Key))))
            {
                // "pelaku penembakan" (a dictionary phrase opened by a perpetrator word) frames the article's perpetrator too
                framed |= first < words.Count && cues.Perpetrators.Contains(words[first].Key) && code.EndsWith(Criminal, StringComparison.Ordinal);
                continue;
            }
            if (!code.EndsWith(Civilian, StringComparison.Ordinal)) continue;
            mentions.Add((e, end));
            framed |= ViolentCrimeAfter(end, scan);
        }
        // The whole article frames its perpetrator, before the phrase that says so too ("diserang oleh orang tak dikenal …
        // memburu pelaku tindak kekerasan").
        if (!framed) return;
        foreach (var (e, after) in mentions)
            if (ViolentCrimeAfter(after, scan) || !OtherAfter(after, scan))
                e.Actor = e.Actor![..^Civilian.Length] + Criminal;
    }

    /// <summary>A violent crime follows, past one skip word ("pelaku tindak kekerasan").</summary>
    private static bool ViolentCrimeAfter(int k, ActorScan scan)
    {
        var words = scan.Words;
        if (k < words.Count && !words[k].GapBefore && scan.Cues.CrimeSkip.Contains(words[k].Key)) k++;
        return k < words.Count && !words[k].GapBefore && scan.Cues.ViolentCrimes.Contains(words[k].Key);
    }

    /// <summary>"pelaku lain": another perpetrator than the one framed.</summary>
    private static bool OtherAfter(int k, ActorScan scan) =>
        k < scan.Words.Count && !scan.Words[k].GapBefore && scan.Cues.DefendantOthers.Contains(scan.Words[k].Key);
}
