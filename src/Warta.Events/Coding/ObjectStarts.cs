using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Coding;

/// <summary>
/// A quick "can any object phrase of this pattern start in this window?" for <see cref="EventCoder"/>'s object check.
/// Some trigger words carry many patterns with long object lists ("melakukan", "menolak", "tidak": 80–140 object
/// phrases each), and the check compared every phrase at every word of the window — the bulk of the object check's
/// time. Here each such pattern's phrases are known by their first words, and each word by the forms a phrase word may
/// match it as (<see cref="EventCoder"/>'s WordIs: the word and its clitic-stripped readings, and in English the word
/// without a plural -s/-es), so a window where no phrase can start is told in one look-up per word and form. When some
/// phrase can start, the full check runs as before: this only skips work whose answer is "not found".
/// </summary>
internal sealed class ObjectStarts
{
    /// <summary>Patterns with fewer word phrases than this are checked directly: the look-ups would cost more.</summary>
    private const int MinPhrases = 4;
    // by reference: a record's value hash would walk its lists on every lookup
    private readonly Dictionary<EventPattern, HashSet<string>> _firstWords = new(ReferenceEqualityComparer.Instance);
    private readonly PatternDictionary _patterns;
    private readonly bool _pluralS;
    private readonly WordCache<string[]> _forms = new();
    private readonly Func<string, string[]> _formsOf;

    public ObjectStarts(EventLanguage language, string actorObject)
    {
        _patterns = language.Patterns;
        _pluralS = language.Code == "en";
        _formsOf = FormsOf;
        foreach (var p in _patterns.Patterns)
        {
            var phrases = p.Objects.Concat(p.ExcludedObjects).Where(o => o is not [var only] || only != actorObject).ToList();
            // (an empty phrase would match anywhere: no shortcut for such a pattern)
            if (phrases.Count < MinPhrases || phrases.Any(o => o.Length == 0)) continue;
            _firstWords[p] = phrases.Select(o => o[0]).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>False only when no word phrase of <paramref name="p"/> can start at a word in [from, to).</summary>
    public bool MayStartIn(EventPattern p, SentenceView s, int from, int to)
    {
        if (!_firstWords.TryGetValue(p, out var firsts)) return true;
        for (int i = Math.Max(from, 0); i < to && i < s.Count; i++)
            foreach (var f in _forms.GetOrAdd(s[i], _formsOf))
                if (firsts.Contains(f)) return true;
        return false;
    }

    /// <summary>Every form a phrase word equals when it matches <paramref name="word"/> (as WordIs decides).</summary>
    private string[] FormsOf(string word)
    {
        var keys = _patterns.KeysOf(word);
        if (!_pluralS) return keys;
        var forms = keys.ToList();
        if (word.EndsWith('s')) forms.Add(word[..^1]);
        if (word.EndsWith("es", StringComparison.Ordinal)) forms.Add(word[..^2]);
        return forms.ToArray();
    }
}
