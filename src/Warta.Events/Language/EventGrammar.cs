namespace Warta.Events.Language;

/// <summary>
/// The closed word classes the event coder needs for one language (data/&lt;lang&gt;/events/grammar.tsv):
/// one line per class, <c>class&lt;TAB&gt;word|word|…</c>. Multi-word entries are matched word by word.
/// </summary>
public sealed class EventGrammar
{
    private readonly Dictionary<string, HashSet<string>> _classes;
    // class → first word → the class's multi-word phrases starting with it, in file order
    private readonly Dictionary<string, Dictionary<string, List<string[]>>> _phrases;

    public EventGrammar(IReadOnlyDictionary<string, IEnumerable<string>> classes)
    {
        _classes = new(StringComparer.Ordinal);
        _phrases = new(StringComparer.Ordinal);
        foreach (var (name, words) in classes)
        {
            var set = _classes.TryGetValue(name, out var s) ? s : _classes[name] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in words)
            {
                var lw = w.ToLowerInvariant();
                if (lw.Contains(' '))
                {
                    if (!_phrases.TryGetValue(name, out var byFirst)) _phrases[name] = byFirst = new(StringComparer.Ordinal);
                    var phrase = lw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (!byFirst.TryGetValue(phrase[0], out var list)) byFirst[phrase[0]] = list = [];
                    list.Add(phrase);
                }
                else set.Add(lw);
            }
        }
        _table = new ClassTable(_classes, _phrases);
    }

    private readonly ClassTable _table;

    public static EventGrammar Load(string path)
    {
        var classes = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal);
        foreach (var (line, f) in DataFile.ReadRows(path))
        {
            if (f.Length < 2) throw DataFile.Error(path, line, "expected 'class<TAB>word|word|…'.");
            var words = f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            classes[f[0]] = classes.TryGetValue(f[0], out var prev) ? prev.Concat(words).ToList() : words;
        }
        return new EventGrammar(classes);
    }

    public IReadOnlyCollection<string> WordsOf(string wordClass) =>
        _classes.TryGetValue(wordClass, out var s) ? s : (IReadOnlyCollection<string>)[];

    public bool Is(string wordClass, string word) => ClassSet(wordClass) is { } s && s.Contains(word);

    // The coder asks for classes by string literals, at every word, many times: literals are interned, so the table
    // finds them by reference first, without hashing the name. Built once in the constructor and only read afterwards
    // (safe on several threads).
    private HashSet<string>? ClassSet(string wordClass) => _table.Set(wordClass);

    /// <summary>Length in words of a phrase of <paramref name="wordClass"/> starting at <paramref name="i"/>
    /// (single words included), or 0.</summary>
    public int MatchAt(string wordClass, IReadOnlyList<string> words, int i) => _table.MatchAt(wordClass, words, i);

    /// <summary>The words a phrase or word of <paramref name="wordClass"/> can start with (<see cref="MatchAt"/> is 0 at any other word).</summary>
    public IEnumerable<string> StartsOf(string wordClass) =>
        WordsOf(wordClass).Concat(_phrases.TryGetValue(wordClass, out var byFirst) ? byFirst.Keys : []);

    /// <summary>A single-valued setting (class with one word), e.g. <c>possessor	after</c>.</summary>
    public string Setting(string name, string fallback)
    {
        // the set's first word, as First() gave it, without the boxed enumerator (settings are read at every word)
        if (ClassSet(name) is { } s)
            foreach (var w in s) return w;
        return fallback;
    }
}
