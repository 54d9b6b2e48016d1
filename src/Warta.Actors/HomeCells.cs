using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "diduga dilakukan oleh kelompok teror ISIS", "pelakunya dari jaringan ISIS" in news of the home country: a network or
/// cell word (cue <c>cell-words</c>) before an international militant group (code IMG…) names its local cell, which the
/// gold codes as the home country's rebels (eval/events/GUIDELINES.md §4: "REB … JAD, ISIS cells in Indonesia"). Abroad
/// (an article whose country is not the home one) the group keeps its own code.
/// </summary>
public static class HomeCells
{
    private const string InternationalGroup = "IMG";

    public static void Apply(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.CellWords.Count == 0 || cues.Home == LanguageCues.UnknownCountry) return;
        var words = scan.Words;
        string? dominant = null;
        foreach (var entity in scan.Document.Entities)
        {
            if (entity.Type != EntityType.ORG || entity.Actor is not { } code || !code.StartsWith(InternationalGroup, StringComparison.Ordinal)) continue;
            int first = scan.WordAtOrAfter(entity.Start);
            if (first == 0 || words[first].GapBefore) continue;
            bool cell = cues.CellWords.Contains(words[first - 1].Key) ||
                first > 1 && !words[first - 1].GapBefore && cues.CellWords.Contains(words[first - 2].Key + " " + words[first - 1].Key);
            if (!cell) continue;
            dominant ??= ArticleCountry.Dominant(scan) ?? "";
            if (dominant == cues.Home) entity.Actor = cues.Home + "REB";
        }
    }
}
