using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Terdakwa kasus suap Ahmad Fauzi hadir … Hakim menjatuhkan vonis kepada terdakwa": in an article
/// about one defendant or suspect, the bare noun (cue <c>defendant-nouns</c>: terdakwa, tersangka …) is that
/// person, with the role the article gives them (the guidelines keep a suspect official's office role:
/// a regent is IDNGOV, not the civilian a bare "terdakwa" would be). The person is one the article introduces with the noun:
/// right after it, past a few lowercase words ("terdakwa kasus suap proyek jalan Budi"), or right before
/// "sebagai|selaku" and it ("menetapkan Budi sebagai tersangka"). Several such people, and a bare noun
/// stays as it is; a plural or counted one ("para terdakwa", "dua tersangka", "tersangka lain") is never one of them.
/// </summary>
public static class DefendantNouns
{
    /// <summary>Lowercase words allowed between the noun and the name it introduces ("kasus suap proyek jalan").</summary>
    private const int NameReach = 5;

    public static void Apply(Document document, List<Word> words, LanguageCues cues)
    {
        if (cues.DefendantNouns.Count == 0) return;
        var entities = document.Entities;
        Entity? defendant = null;
        foreach (var e in entities)
        {
            if (e.Type != EntityType.PER || e.IsNominal || e.Actor is null || !Introduced(e, words, cues)) continue;
            if (defendant is null) defendant = e;
            else if (!SamePerson(document, defendant, e)) return; // several defendants: a bare noun could be any of them
        }
        if (defendant is null) return;
        for (int k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (e.Actor == defendant.Actor || !IsBareNoun(e, words, cues)) continue;
            entities[k] = new Entity(e.Start, e.End, EntityType.PER)
            {
                IsNominal = true, Actor = defendant.Actor, CanonicalName = defendant.CanonicalName,
            };
        }
    }

    /// <summary>The person is named right after a defendant noun (past a few lowercase words) or right before
    /// "sebagai|selaku" and one.</summary>
    private static bool Introduced(Entity person, List<Word> words, LanguageCues cues)
    {
        int first = CoreferenceStage.IndexAtOrAfter(words, person.Start);
        for (int k = first - 1, seen = 0; k >= 0 && seen <= NameReach; k--, seen++)
        {
            if (words[k + 1].GapBefore) break;
            if (cues.DefendantNouns.Contains(words[k].Key)) return !Counted(k, words, cues);
            if (words[k].Case != WordCase.Lower) break;
        }
        int after = CoreferenceStage.IndexAtOrAfter(words, person.End);
        return after + 1 < words.Count && !words[after].GapBefore && !words[after + 1].GapBefore &&
               cues.DefendantLinks.Contains(words[after].Key) && cues.DefendantNouns.Contains(words[after + 1].Key);
    }

    private static bool SamePerson(Document document, Entity a, Entity b) =>
        a.CanonicalName is { } ca && b.CanonicalName is { } cb
            ? string.Equals(ca, cb, StringComparison.OrdinalIgnoreCase)
            : a.Actor == b.Actor && (document[a.Span].Contains(document[b.Span], StringComparison.OrdinalIgnoreCase) ||
                                     document[b.Span].Contains(document[a.Span], StringComparison.OrdinalIgnoreCase));

    /// <summary>A mention of the noun alone, not counted or plural before it, no name or "lain" after it.</summary>
    private static bool IsBareNoun(Entity e, List<Word> words, LanguageCues cues)
    {
        int first = CoreferenceStage.IndexAtOrAfter(words, e.Start);
        if (first >= words.Count || words[first].End != e.End || !cues.DefendantNouns.Contains(words[first].Key)) return false;
        if (Counted(first, words, cues)) return false;
        return first + 1 >= words.Count || words[first + 1].GapBefore ||
               words[first + 1].Case == WordCase.Lower && !cues.DefendantOthers.Contains(words[first + 1].Key);
    }

    /// <summary>"para terdakwa", "ketiga tersangka", "seorang tersangka": several, or one the article has not named;
    /// "ditetapkan sebagai tersangka", "status tersangka": a predicate, no reference to anyone.</summary>
    private static bool Counted(int noun, List<Word> words, LanguageCues cues)
    {
        if (noun == 0 || words[noun].GapBefore) return false;
        var before = words[noun - 1].Key;
        return cues.PluralBefore.Contains(before) || cues.PluralNominalBefore.Contains(before) || cues.DefendantNotAfter.Contains(before);
    }
}
