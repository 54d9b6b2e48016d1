using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Coding;

/// <summary>
/// A quick "can any object phrase of this pattern start here?" for <see cref="EventCoder"/>'s object check. Some
/// trigger words carry many patterns with object lists ("melakukan", "menolak", "tidak": 80–140 object phrases
/// each), and the check compared every phrase at every word of the window (≤ 10 words) — the bulk of the object
/// check's time. Here each pattern's phrases are known by their first words, and each word by the forms a phrase word
/// may match it as (<see cref="EventCoder"/>'s WordIs: the word and its clitic-stripped readings, and in English the
/// word without a plural -s/-es). A pattern with few first words asks whether any is among the forms of the sentence's
/// words (a set made once per sentence and thread); one with many asks the window's words' forms. When some phrase can
/// start, the full check runs as before: this only skips work whose answer is "not found".
/// </summary>
internal sealed class ObjectStarts
{
    /// <summary>Up to this many distinct first words a pattern's are looked up in the sentence's forms; above it the
    /// window's forms are looked up in the pattern's first words (≤ 10 words, one or two forms each).</summary>
    private const int FewFirstWords = 8;
    // by reference: a record's value hash would walk its lists on every lookup
    private readonly Dictionary<EventPattern, string[]> _fewFirsts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<EventPattern, HashSet<string>> _manyFirsts = new(ReferenceEqualityComparer.Instance);
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
            if (phrases.Count == 0 || phrases.Any(o => o.Length == 0)) continue;
            var firsts = phrases.Select(o => o[0]).Distinct(StringComparer.Ordinal).ToArray();
            if (firsts.Length <= FewFirstWords) _fewFirsts[p] = firsts;
            else _manyFirsts[p] = firsts.ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Call at the start of each sentence's trigger search (on the thread that codes it): the sentence's
    /// forms are gathered again on first use, and the last sentence is no longer held.</summary>
    public void NewSentence() => t_sentence = null;

    /// <summary>False only when no word phrase of <paramref name="p"/> can start at a word in [from, to) of
    /// <paramref name="s"/>.</summary>
    public bool MayStartIn(EventPattern p, SentenceView s, int from, int to)
    {
        if (_fewFirsts.TryGetValue(p, out var few))
        {
            var forms = SentenceForms(s);
            foreach (var f in few)
                if (forms.Contains(f)) return true;
            return false;
        }
        if (!_manyFirsts.TryGetValue(p, out var firsts)) return true;
        for (int i = Math.Max(from, 0); i < to && i < s.Count; i++)
            foreach (var f in _forms.GetOrAdd(s[i], _formsOf))
                if (firsts.Contains(f)) return true;
        return false;
    }

    /// <summary>The forms of every word of the sentence, gathered once per sentence on this thread (the set is reused;
    /// it is marked with the sentence and the coder's table that filled it, so nothing else is ever read from it).</summary>
    private HashSet<string> SentenceForms(SentenceView s)
    {
        var set = t_sentenceForms ??= new HashSet<string>(StringComparer.Ordinal);
        if (ReferenceEquals(t_sentence, s) && ReferenceEquals(t_sentenceOwner, this)) return set;
        set.Clear();
        for (int i = 0; i < s.Count; i++)
            foreach (var f in _forms.GetOrAdd(s[i], _formsOf)) set.Add(f);
        t_sentence = s;
        t_sentenceOwner = this;
        return set;
    }

    [ThreadStatic] private static HashSet<string>? t_sentenceForms;
    [ThreadStatic] private static SentenceView? t_sentence;
    [ThreadStatic] private static ObjectStarts? t_sentenceOwner;
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
