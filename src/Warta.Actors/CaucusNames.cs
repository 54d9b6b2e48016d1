using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Fraksi Partai Demokrat menolak …", "sebagai ketua Fraksi Partai Demokrat": a party named with a caucus word
/// (cue <c>caucus-before</c>) is its group in parliament, the country's legislature (LEG), as
/// <see cref="Leadership"/> already codes a person introduced by such a name.
/// </summary>
public static class CaucusNames
{
    public static void Apply(ActorScan scan)
    {
        if (scan.Cues.CaucusBefore.Count == 0) return;
        foreach (var entity in scan.Document.Entities)
        {
            if (entity.Type != EntityType.ORG || entity.IsNominal || entity.Actor is not { Length: 6 } code || !code.EndsWith("PTY", StringComparison.Ordinal) ||
                !scan.Dictionary.Countries.ContainsKey(code[..3]))
                continue;
            int first = scan.WordAtOrAfter(entity.Start);
            if (first >= scan.Words.Count) continue;
            bool opens = scan.Cues.CaucusBefore.Contains(scan.Words[first].Key);
            bool before = first > 0 && !scan.Words[first].GapBefore && scan.Cues.CaucusBefore.Contains(scan.Words[first - 1].Key);
            if (opens || before) entity.Actor = code[..3] + "LEG";
        }
    }
}
