using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Penasihat spiritual Gatot Brajamusti diciduk … Gatot diduga membawa sabu", "Kim Jong Nam … Kim": a short name
/// repeating words of a longer person's name the article gave before is that person, not the dictionary's namesake
/// (the army chief Gatot Nurmantyo, whose alias "Gatot" is). It takes the longer name's actor — none, for a person the
/// dictionary does not know. Left alone: a short name the dictionary gives the same person as the longer one; a namesake
/// the article also names in full ("Basuki Tjahaja Purnama … Ahok"); a longer name that shares another word with the
/// namesake's, a spelling of the same person ("Djarot Saiful Hidayat" for Djarot Syaiful Hidayat).
/// </summary>
public static class EarlierFullNames
{
    public static void Apply(ActorScan scan)
    {
        var text = scan.Document.Text;
        var earlier = new List<(Entity Entity, string[] Words)>();
        foreach (var e in scan.Document.Entities.OrderBy(x => x.Start))
        {
            if (e.Type != EntityType.PER || e.IsNominal) continue;
            var words = text[e.Start..e.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (e.CanonicalName is { } namesake && IsPersonName(e, scan) && !NamedInFull(namesake, words.Length, scan))
                for (int i = earlier.Count - 1; i >= 0; i--)
                {
                    var (full, fullWords) = earlier[i];
                    if (fullWords.Length <= words.Length || !Contains(fullWords, words)) continue;
                    if (full.CanonicalName != namesake && !SharesAnotherWord(fullWords, words, namesake))
                    {
                        e.Actor = full.Actor;
                        e.CanonicalName = full.CanonicalName;
                    }
                    break;
                }
            earlier.Add((e, words));
        }
    }

    private static bool IsPersonName(Entity e, ActorScan scan) =>
        scan.MatchStartingAt(scan.WordAtOrAfter(e.Start)) is { } m && ActorResolver.Preferred(m.Targets) is PersonTarget;

    private static bool NamedInFull(string namesake, int shortLength, ActorScan scan) =>
        scan.Document.Entities.Any(x => x.Type == EntityType.PER && x.CanonicalName == namesake &&
            scan.Document.Text[x.Start..x.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > shortLength);

    /// <summary>A word of the longer name beyond the short one's is also a word of the namesake's canonical name, or
    /// one letter from it ("Saiful"/"Syaiful").</summary>
    private static bool SharesAnotherWord(string[] fullWords, string[] shortWords, string namesake)
    {
        var canonical = namesake.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in fullWords)
        {
            if (shortWords.Contains(w, StringComparer.OrdinalIgnoreCase)) continue;
            foreach (var c in canonical)
                if (string.Equals(w, c, StringComparison.OrdinalIgnoreCase) || w.Length >= 5 && OneEditApart(w.ToLowerInvariant(), c.ToLowerInvariant()))
                    return true;
        }
        return false;
    }

    /// <summary>One letter inserted, deleted or replaced.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length) return a[(i + 1)..] == b[(i + 1)..];
        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }

    /// <summary>The words of <paramref name="part"/> occur in a row inside <paramref name="whole"/> (case ignored).</summary>
    private static bool Contains(string[] whole, string[] part)
    {
        for (int i = 0; i + part.Length <= whole.Length; i++)
        {
            int k = 0;
            while (k < part.Length && string.Equals(whole[i + k], part[k], StringComparison.OrdinalIgnoreCase)) k++;
            if (k == part.Length) return true;
        }
        return false;
    }
}
