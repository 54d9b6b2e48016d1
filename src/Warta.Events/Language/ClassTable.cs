using System.Runtime.CompilerServices;

namespace Warta.Events.Language;

/// <summary>
/// The look-up side of <see cref="EventGrammar"/>: classes numbered, and for every word the grammar lists, the classes it
/// is a member of and the phrases it starts. The coder asks "which phrase of class C starts at word i" for every word of
/// every sentence and several classes (appeals, judgements, suspicion clauses): the class is found by reference (its
/// name is an interned literal) in a small open table, and the word's entry is looked up once per sentence position and
/// thread (a memo checked by the word's reference), so a sentence's words are hashed once, not once per class asked.
/// </summary>
internal sealed class ClassTable
{
    /// <summary>One word of the grammar: the classes it belongs to alone (a bit per class) and, by class, the phrases
    /// that begin with it (file order), or null when it begins none.</summary>
    private sealed class WordEntry(int classCount)
    {
        public readonly ulong[] Single = new ulong[(classCount + 63) / 64];
        public List<string[]>?[]? Phrases;
    }

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordEntry> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string>[] _sets;
    // open addressing by the interned name's identity: literals hit on the first probe, other names fall back to _ids
    private readonly string?[] _refKeys;
    private readonly int[] _refIds;
    private readonly int _refMask;

    public ClassTable(Dictionary<string, HashSet<string>> singles, Dictionary<string, Dictionary<string, List<string[]>>> phrases)
    {
        int count = singles.Count;
        _sets = new HashSet<string>[count];
        int size = 16;
        while (size < 4 * count) size *= 2;
        _refKeys = new string?[size];
        _refIds = new int[size];
        _refMask = size - 1;
        foreach (var (name, set) in singles)
        {
            int id = _ids.Count;
            _ids[name] = id;
            _sets[id] = set;
            var key = string.Intern(name);
            int h = RuntimeHelpers.GetHashCode(key) & _refMask;
            while (_refKeys[h] is not null) h = (h + 1) & _refMask;
            _refKeys[h] = key;
            _refIds[h] = id;
            foreach (var w in set) Entry(w, count).Single[id >> 6] |= 1UL << (id & 63);
        }
        foreach (var (name, byFirst) in phrases)
            foreach (var (first, list) in byFirst)
                (Entry(first, count).Phrases ??= new List<string[]>?[count])[_ids[name]] = list;
    }

    private WordEntry Entry(string word, int classCount) =>
        _words.TryGetValue(word, out var e) ? e : _words[word] = new WordEntry(classCount);

    /// <summary>The class's number, or -1 for a class the grammar does not have.</summary>
    private int IdOf(string wordClass)
    {
        for (int h = RuntimeHelpers.GetHashCode(wordClass) & _refMask; _refKeys[h] is { } k; h = (h + 1) & _refMask)
            if (ReferenceEquals(k, wordClass)) return _refIds[h];
        return _ids.TryGetValue(wordClass, out var id) ? id : -1;
    }

    public HashSet<string>? Set(string wordClass) => IdOf(wordClass) is >= 0 and var id ? _sets[id] : null;

    /// <summary>As <see cref="EventGrammar.MatchAt"/>.</summary>
    public int MatchAt(string wordClass, IReadOnlyList<string> words, int i)
    {
        if (i >= words.Count) return 0;
        int id = IdOf(wordClass);
        if (id < 0 || EntryAt(words, i) is not { } entry) return 0;
        int best = 0;
        if (entry.Phrases?[id] is { } list)
            foreach (var p in list)
            {
                if (p.Length <= best || i + p.Length > words.Count) continue;
                bool ok = true;
                for (int k = 1; k < p.Length && ok; k++) ok = words[i + k] == p[k];
                if (ok) best = p.Length;
            }
        return best == 0 && (entry.Single[id >> 6] >> (id & 63) & 1) != 0 ? 1 : best;
    }

    private WordEntry? EntryAt(IReadOnlyList<string> words, int i)
    {
        var word = words[i];
        var memos = t_memos ??= new Memo[MemoSlots];
        var memo = memos[_slot];
        if (memo is null || !ReferenceEquals(memo.Owner, this)) memos[_slot] = memo = new Memo(this);
        if (i >= memo.Seen.Length)
        {
            int n = Math.Max(i + 1, 2 * memo.Seen.Length);
            Array.Resize(ref memo.Seen, n);
            Array.Resize(ref memo.Entries, n);
        }
        // the same string at the same position: the same word, whatever sentence it came from
        if (ReferenceEquals(memo.Seen[i], word)) return memo.Entries[i];
        var entry = _words.GetValueOrDefault(word);
        memo.Seen[i] = word;
        memo.Entries[i] = entry;
        return entry;
    }

    /// <summary>One thread's memo for one table: by sentence position, the word last seen there and its entry. It only
    /// repeats what <see cref="_words"/> answers for that word, and is bounded by the longest sentence.</summary>
    private sealed class Memo(ClassTable owner)
    {
        public readonly ClassTable Owner = owner;
        public string?[] Seen = new string?[64];
        public WordEntry?[] Entries = new WordEntry?[64];
    }

    // a table's slot in each thread's memo array (tables beyond the slot count share slots: slower, still right)
    private const int MemoSlots = 16;
    private static int s_tables;
    private readonly int _slot = Interlocked.Increment(ref s_tables) & (MemoSlots - 1);
    [ThreadStatic] private static Memo?[]? t_memos;
}
