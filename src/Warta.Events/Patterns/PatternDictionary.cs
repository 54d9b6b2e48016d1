using Warta.Events.Language;

namespace Warta.Events.Patterns;

/// <summary>A trigger found in a sentence: the pattern, the voice of its surface form and its word range.
/// <paramref name="PronounAgent"/> marks a bare form read as a verb because an agent pronoun stands right before it
/// ("dua pelaku kami tangkap", "yang kita kejar"): its patient may stand before that pronoun.</summary>
public readonly record struct TriggerMatch(EventPattern Pattern, Voice Voice, int Start, int Length, bool PronounAgent = false);

/// <summary>
/// All patterns of one language, indexed by every surface form of their head word, so finding the
/// triggers of a sentence is one hash lookup per word.
/// </summary>
public sealed class PatternDictionary
{
    // (each entry holds its pattern's trigger words as an array: read at every trigger word, without interface calls)
    private readonly Dictionary<string, List<(EventPattern Pattern, Voice Voice, string[] Trigger)>> _byForm = new(StringComparer.Ordinal);
    private readonly ITriggerMorphology _morphology;
    // the look-up keys of every word seen (the word, then its clitic-stripped readings): the coder asks for the same
    // words many times per sentence (trigger look-up, verb-likeness, every object phrase at every position), and an
    // iterator with substrings each time was a third of the event stage's time (bounded: WordCache)
    private readonly WordCache<string[]> _keys = new();
    private readonly WordCache<bool> _isTrigger = new();

    public PatternDictionary(IEnumerable<EventPattern> patterns, ITriggerMorphology morphology)
    {
        _morphology = morphology;
        _isTriggerOf = w => KeysOf(w).Any(_byForm.ContainsKey);
        _keysOf = w => _morphology.LookupKeys(w).ToArray();
        _nounOrBareOf = NounOrBareOf;
        _formsOf = FirstForms;
        var all = patterns.ToList();
        Patterns = all;
        foreach (var p in all)
        {
            var trigger = p.Trigger.ToArray();
            foreach (var form in morphology.FormsOf(p).DistinctBy(f => f.Surface))
            {
                if (!_byForm.TryGetValue(form.Surface, out var list)) _byForm[form.Surface] = list = [];
                list.Add((p, form.Voice, trigger));
            }
        }
    }

    public IReadOnlyList<EventPattern> Patterns { get; }

    /// <summary>Every pattern whose trigger matches at word <paramref name="i"/> (all senses; the coder
    /// picks one after checking objects).</summary>
    public IEnumerable<TriggerMatch> MatchesAt(IReadOnlyList<string> words, int i) =>
        // most words start no pattern: answered from the cached IsTriggerWord, without an iterator
        IsTriggerWord(words[i]) ? Matches(words, i) : [];

    /// <summary>Adds <see cref="MatchesAt"/>'s matches to <paramref name="into"/>, without an iterator or a new list
    /// (the coder asks at every trigger word of every sentence).</summary>
    public void AddMatchesAt(IReadOnlyList<string> words, int i, List<TriggerMatch> into)
    {
        foreach (var (p, voice, trigger) in FormsOf(words[i]))
            if (RestMatches(words, i, trigger)) into.Add(new TriggerMatch(p, voice, i, trigger.Length));
    }

    /// <summary>The words after <paramref name="i"/> are the rest of a trigger of several words (its first word matched
    /// already), each as written or with a clitic stripped.</summary>
    private bool RestMatches(IReadOnlyList<string> words, int i, string[] trigger)
    {
        if (i + trigger.Length > words.Count) return false;
        for (int k = 1; k < trigger.Length; k++)
            if (words[i + k] != trigger[k] && !StripsTo(words[i + k], trigger[k])) return false;
        return true;
    }

    /// <summary>The patterns of the first of the word's look-up keys that heads any (the full word wins over a
    /// clitic-stripped reading), empty for a word that starts none; cached per word, as the coder asks at every trigger
    /// word of every sentence and the table of every surface form is a cache miss or two per look-up.</summary>
    private List<(EventPattern Pattern, Voice Voice, string[] Trigger)> FormsOf(string word) => _forms.GetOrAdd(word, _formsOf);

    private List<(EventPattern Pattern, Voice Voice, string[] Trigger)> FirstForms(string word)
    {
        foreach (var key in KeysOf(word))
            if (_byForm.TryGetValue(key, out var list)) return list;
        return NoForms;
    }

    private static readonly List<(EventPattern Pattern, Voice Voice, string[] Trigger)> NoForms = [];
    private readonly WordCache<List<(EventPattern Pattern, Voice Voice, string[] Trigger)>> _forms = new();
    private readonly Func<string, List<(EventPattern Pattern, Voice Voice, string[] Trigger)>> _formsOf;

    private List<TriggerMatch> Matches(IReadOnlyList<string> words, int i)
    {
        var found = new List<TriggerMatch>();
        AddMatchesAt(words, i, found);
        return found;
    }

    /// <summary>Every trigger matching at word <paramref name="i"/> is a noun or a bare stem (true when none matches):
    /// <c>MatchesAt(words, i).All(…)</c> without the iterator, asked for trigger words of every sentence.</summary>
    public bool OnlyNounOrBareAt(IReadOnlyList<string> words, int i)
    {
        // most trigger words decide it alone (all their patterns noun or bare, or a one-word verb reading): cached
        switch (_nounOrBare.GetOrAdd(words[i], _nounOrBareOf))
        {
            case NounOrBare.Always: return true;
            case NounOrBare.Never: return false;
        }
        // (the full word wins over a clitic-stripped reading, as in Matches: FormsOf)
        foreach (var (p, voice, trigger) in FormsOf(words[i]))
        {
            if (p.Kind == TriggerKind.Noun || voice == Voice.Bare) continue;
            if (RestMatches(words, i, trigger)) return false;
        }
        return true;
    }

    /// <summary>What <see cref="OnlyNounOrBareAt"/> gives for <paramref name="word"/> whatever follows it: true or false, or
    /// null when it depends on the words after it (callers that keep a number per word store it there).</summary>
    public bool? NounOrBareAlone(string word) => _nounOrBare.GetOrAdd(word, _nounOrBareOf) switch
    {
        NounOrBare.Always => true,
        NounOrBare.Never => false,
        _ => null,
    };

    private enum NounOrBare : byte { Always, Never, ByNextWords }
    private readonly WordCache<NounOrBare> _nounOrBare = new();
    private readonly Func<string, NounOrBare> _nounOrBareOf;

    /// <summary>What <see cref="OnlyNounOrBareAt"/> gives for a word whatever follows it: a verb reading of one word
    /// always matches (never), no verb reading at all (always); else it depends on the words after it.</summary>
    private NounOrBare NounOrBareOf(string word)
    {
        if (!IsTriggerWord(word)) return NounOrBare.Always;
        foreach (var key in KeysOf(word))
        {
            if (!_byForm.TryGetValue(key, out var list)) continue;
            var answer = NounOrBare.Always;
            foreach (var (p, voice, trigger) in list)
            {
                if (p.Kind == TriggerKind.Noun || voice == Voice.Bare) continue;
                if (trigger.Length == 1) return NounOrBare.Never;
                answer = NounOrBare.ByNextWords;
            }
            return answer;
        }
        return NounOrBare.Always;
    }

    public bool IsTriggerWord(string word) => _isTrigger.GetOrAdd(word, _isTriggerOf);

    /// <summary>The word and its clitic-stripped readings (<see cref="ITriggerMorphology.LookupKeys"/>), cached.</summary>
    public string[] KeysOf(string word) => _keys.GetOrAdd(word, _keysOf);

    // made once: a lambda using the instance is a new delegate at every call, and these are asked for every word
    private readonly Func<string, bool> _isTriggerOf;
    private readonly Func<string, string[]> _keysOf;

    private bool StripsTo(string word, string target) =>
        word.Length > target.Length && word.StartsWith(target, StringComparison.Ordinal) && Array.IndexOf(KeysOf(word), target, 1) > 0;

    public static PatternDictionary LoadFolder(string folder, Ontology.CameoOntology ontology, ITriggerMorphology morphology)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Event pattern folder '{folder}' is missing (expected patterns*.tsv there).");
        var files = Directory.GetFiles(folder, "patterns*.tsv").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var patterns = files.SelectMany(f => PatternFileReader.Read(f, ontology)).ToList();
        // the event nouns of the verbs (nominals.tsv), when the language derives them
        if (NominalDerivation.LoadIfPresent(folder) is { } nominals) patterns.AddRange(nominals.Derive(patterns).ToList());
        return new PatternDictionary(patterns, morphology);
    }
}
