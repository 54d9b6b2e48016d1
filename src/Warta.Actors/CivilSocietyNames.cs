using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Lembaga Advokasi Halal", "Yayasan Pemantau Hak Anak": an organisation the dictionary does not know whose name
/// carries a word only civil society uses for itself (cue <c>civil-society-words</c>: advocacy, foundation,
/// watchdog …) is a non-governmental organisation of the language's home country. Head words alone
/// ("lembaga", "badan") do not count: they name state bodies as often. A name opened by a state-body word
/// (<c>government-heads</c>) is left alone.
/// </summary>
public static class CivilSocietyNames
{
    public static void Apply(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.CivilSocietyWords.Count == 0 || cues.Home == LanguageCues.UnknownCountry) return;
        foreach (var entity in scan.Document.Entities)
        {
            if (entity.Type != EntityType.ORG || entity.Actor is not null || entity.IsNominal) continue;
            var words = WordScanner.Scan(scan.Document.Text, entity.Start, entity.End);
            if (words.Count < 2 || words[0].Case != WordCase.Capitalized || cues.GovernmentHeads.Contains(words[0].Key)) continue;
            if (words.Any(w => cues.CivilSocietyWords.Contains(w.Key)))
                entity.Actor = cues.Home + "NGO";
        }
    }
}
