using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Pasukan Diego Simeone mendominasi klasemen", "pasukan Jose Mourinho mendominasi laga": in sport news a squad word
/// (cue <c>squad-words</c>: pasukan) names a team, not troops. The generic agent "pasukan" is MIL everywhere else; read
/// so here it makes the coach a soldier (<see cref="TitledNames"/> gives the name after it the title's code) and keeps his
/// team's acts through the off-topic filter, which keeps the military's. An article is sport news when it has at least
/// <c>sport-article-min</c> different sport words (cue <c>sport-words</c>: laga, klub, pelatih …; a shooting in a night
/// "klub" repeats one) and more than
/// <c>sport-war-ratio</c> times as many as war words (cue <c>war-words</c>: tentara, perang, senjata …): a report of
/// fighting that mentions a match stays a report of fighting. There a MIL mention opened by a squad word and holding no
/// war word ("Pasukan Khusus Tentara Nasional Indonesia" stays) is no mention.
/// </summary>
public static class SportSquads
{
    public static void Apply(ActorScan scan, bool sportNews)
    {
        var cues = scan.Cues;
        if (cues.SquadWords.Count == 0 || !sportNews) return;
        var text = scan.Document.Text;
        scan.Document.Entities.RemoveAll(e =>
        {
            if (e.Actor is not { } code || !code.EndsWith("MIL", StringComparison.Ordinal)) return false;
            var words = WordScanner.Scan(text, e.Start, e.End);
            return words.Count > 0 && cues.SquadWords.Contains(words[0].Key) && !words.Any(w => cues.WarWords.Contains(w.Key));
        });
    }

    /// <summary>"Madrid menang 3 - 1", "CSKA Moscow", "Roma": in sport news a capital standing as an actor is its club, not
    /// the government a capital stands for elsewhere ("Moskow membantah" → RUSGOV); a name holding nothing but a capital
    /// coded so loses the code (sport clubs are uncoded, as sport bodies are; a chain of the same name read as a place may
    /// leave it the bare country, which no filter takes for an institution). "Pemerintah Madrid" holds an agent and stays.
    /// Runs after every rule that reads a capital as its government.</summary>
    public static void DropCapitalGovernments(ActorScan scan, bool sportNews)
    {
        if (!sportNews) return;
        foreach (var e in scan.Document.Entities)
        {
            if (e.IsNominal || e.Actor is not { } code || !code.EndsWith("GOV", StringComparison.Ordinal)) continue;
            int first = scan.WordAtOrAfter(e.Start), end = first;
            while (end < scan.Words.Count && scan.Words[end].End <= e.End) end++;
            if (end == first) continue;
            var names = scan.NamesIn(first, end);
            if (names.Count > 0 && names.All(m => ActorResolver.Preferred(m.Targets) is ActorTarget { Actor.Kind: ActorKind.Capital }))
                e.Actor = null;
        }
    }

    /// <summary>Sport news: enough distinct sport words, and more than the ratio times as many sport words as war words.
    /// Depends on the article's words only, so the actor stage counts it once for both passes.</summary>
    public static bool IsSportNews(ActorScan scan)
    {
        if (scan.Cues.SportWords.Count == 0) return false;
        int sport = 0, war = 0;
        HashSet<string>? distinct = null;
        foreach (var w in scan.Words)
        {
            if (scan.Cues.SportWords.Contains(w.Key)) { sport++; (distinct ??= new(StringComparer.Ordinal)).Add(w.Key); }
            else if (scan.Cues.WarWords.Contains(w.Key)) war++;
        }
        // distinct words: a shooting in a night club ("klub" nine times) is no sport news
        return (distinct?.Count ?? 0) >= scan.Cues.SportArticleMin && sport > scan.Cues.SportWarRatio * war;
    }
}
