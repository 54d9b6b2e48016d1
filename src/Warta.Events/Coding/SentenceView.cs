using Warta.Core;

namespace Warta.Events.Coding;

/// <summary>A mention of an actor in a sentence: its code and where it is (words and text offsets).</summary>
public sealed record ActorMention(string Code, int FirstWord, int LastWord, int Start, int End)
{
    /// <summary>The mention names a person (a name heads its phrase: titles before it describe it).</summary>
    public bool IsPerson { get; init; }

    /// <summary>The mention names a place (a country, province or city as a location).</summary>
    public bool IsPlace { get; init; }
}

/// <summary>
/// One sentence seen as lower-case words with their text offsets and the actor entity (if any) under each
/// word. Tokens joined by a hyphen without spaces ("mata - mata" from some segmenters) become one word,
/// so patterns never depend on how a segmenter treats hyphens.
/// </summary>
public sealed class SentenceView
{
    private readonly List<string> _words;
    private readonly List<int> _starts;
    private readonly List<int> _ends;
    private readonly List<ActorMention?> _actors;

    public SentenceView(Document doc, int sentenceIndex) : this(doc, sentenceIndex, doc.Entities) { }

    /// <param name="actorEntities">Entities to map (a caller coding many sentences passes the document's
    /// actor entities sorted by start once, instead of every entity for every sentence).</param>
    public SentenceView(Document doc, int sentenceIndex, IReadOnlyList<Entity> actorEntities)
    {
        Index = sentenceIndex;
        var s = doc.Sentences[sentenceIndex];
        var text = doc.Text;
        // sized for the sentence's tokens (a view is made per sentence for every document): no regrowing
        _words = new(s.TokenCount);
        _starts = new(s.TokenCount);
        _ends = new(s.TokenCount);
        _actors = new(s.TokenCount);
        var lower = TokenText.Lower(doc);
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var tok = doc.Tokens[t];
            bool joinHyphen = _words.Count > 0 && tok.Start == _ends[^1] && t + 1 < s.EndToken
                && text[tok.Start] == '-' && tok.End - tok.Start == 1 && doc.Tokens[t + 1].Start == tok.End
                && char.IsLetter(text[_ends[^1] - 1]) && char.IsLetter(text[tok.End]);
            // "Negara - negara tersebut": a reduplicated word written apart around a spaced hyphen is one word too
            bool spacedHalves = !joinHyphen && _words.Count > 0 && t + 1 < s.EndToken && text[tok.Start] == '-' && tok.End - tok.Start == 1
                && _ends[^1] == doc.Tokens[t - 1].End && _starts[^1] == doc.Tokens[t - 1].Start
                && Reduplication.AreHalves(_words[^1], lower[t + 1]);
            if (spacedHalves)
            {
                var second = doc.Tokens[++t];
                _words[^1] = _words[^1] + "-" + lower[t];
                _ends[^1] = second.End;
                continue;
            }
            if (joinHyphen)
            {
                var next = doc.Tokens[++t];
                _words[^1] = text[_starts[^1]..next.End].ToLowerInvariant();
                _ends[^1] = next.End;
                continue;
            }
            _words.Add(lower[t]);
            _starts.Add(tok.Start);
            _ends.Add(tok.End);
        }
        for (int i = 0; i < _words.Count; i++) _actors.Add(null);
        foreach (var e in actorEntities)
        {
            if (e.Actor is null || e.End <= s.Start || e.Start >= s.End) continue;
            int first = -1, last = -1;
            int from = _starts.BinarySearch(e.Start);
            if (from < 0) from = Math.Max(0, ~from - 1);
            for (int i = from; i < _words.Count && _starts[i] < e.End; i++)
                if (e.Start < _ends[i]) { if (first < 0) first = i; last = i; }
            if (first < 0) continue;
            var m = new ActorMention(e.Actor, first, last, e.Start, e.End) { IsPerson = e.Type == EntityType.PER, IsPlace = e.Type == EntityType.LOC };
            for (int i = first; i <= last; i++) _actors[i] ??= m;
        }
        Start = s.Start;
        End = s.End;
        _doc = doc;
    }

    private readonly Document _doc;
    private bool _basesRead;

    /// <summary>Reads every reduplicated plural as its base ("serangan-serangan" → "serangan", "kelompok-kelompok" →
    /// "kelompok", "anak-anaknya" → "anaknya"), so patterns, word classes and noun-phrase heads written in the singular
    /// serve the plural; its span stays the whole word. A word <paramref name="keepWhole"/> accepts is a lexicalised
    /// reduplication ("undang-undang", "mata-mata", "tiba-tiba") and stays as written. Done once per view, before it is
    /// coded (<see cref="Reduplication"/>).</summary>
    public void ReadReduplicationsAsBase(Func<string, bool> keepWhole)
    {
        if (_basesRead) return;
        _basesRead = true;
        for (int i = 0; i < _words.Count; i++)
            if (_words[i].Length >= 5 && _words[i].Contains('-') && Reduplication.BaseOf(_words[i]) is { } b && !keepWhole(_words[i]))
            {
                _words[i] = b;
                (_plural ??= new bool[_words.Count])[i] = true;
            }
    }

    /// <summary>The actor a pronoun at word <paramref name="i"/> refers to (a person for "ia"/"he", an
    /// organisation or country for "pihaknya"/"it"): the first fitting actor earlier in this sentence, else
    /// the first fitting one of the nearest of the two previous sentences that has one — a pronoun usually
    /// takes up a subject, and subjects come first ("Ribuan buruh berunjuk rasa …. Mereka menuntut …").
    /// The mention returned is the pronoun itself, so evidence spans stay in the sentence.</summary>
    /// <param name="places">False for "mereka" (they): people and organisations, not a place named since.</param>
    /// <param name="uncodedPersonBlocks">For a person pronoun: a sentence that names people but none with an actor code
    /// ends the search with no antecedent ("Retno tiba di Tokyo. Budi Santoso juga hadir. Ia mengecam …": "ia" is most
    /// likely Budi, whom the dictionaries do not know, not Retno two sentences back).</param>
    public ActorMention? ResolvePronoun(int i, bool person, bool places = true, bool uncodedPersonBlocks = false)
    {
        for (int si = Index; si >= 0 && si >= Index - 2; si--)
        {
            var sentence = _doc.Sentences[si];
            int end = si == Index ? _starts[i] : sentence.End;
            bool uncodedPerson = false;
            foreach (var e in _doc.Entities)
            {
                if (e.Start < sentence.Start || e.End > end) continue;
                if (e.Actor is null) { uncodedPerson |= e.Type == EntityType.PER; continue; }
                if ((e.Type == EntityType.PER) != person || !places && e.Type == EntityType.LOC) continue;
                return new ActorMention(e.Actor, i, i, _starts[i], _ends[i]);
            }
            if (person && uncodedPerson && uncodedPersonBlocks) return null;
        }
        return null;
    }

    /// <summary>The actors a plural anaphor at word <paramref name="i"/> refers to, each as a mention at the anaphor.
    /// "mereka" (<paramref name="kind"/> null): the antecedent <see cref="ResolvePronoun"/> would take (no person, no place),
    /// with the actors coordinated after it in its list. A plural noun ("negara-negara tersebut", "pihak-pihak itu";
    /// <paramref name="kind"/> LOC for places, else any other kind but people): the nearest list of two or more actors of
    /// that kind, in this sentence before the anaphor or in the three before it ("Amerika Serikat, Australia dan Jepang
    /// meminta … . … Negara-negara tersebut juga mendorong …": all three). A list is actors of one kind joined only by
    /// commas and coordinators (<paramref name="coordinators"/>).</summary>
    public List<ActorMention> ResolveList(int i, EntityType? kind, Func<string, bool> coordinators)
    {
        bool pronoun = kind is null;
        for (int si = Index; si >= 0 && si >= Index - (pronoun ? 2 : 3); si--)
        {
            var sentence = _doc.Sentences[si];
            int end = si == Index ? _starts[i] : sentence.End;
            var inSentence = _doc.Entities.Where(e => e.Start >= sentence.Start && e.End <= end).OrderBy(e => e.Start).ToList();
            for (int first = 0; first < inSentence.Count; first++)
            {
                var head = inSentence[first];
                if (head.Actor is null || head.Type == EntityType.PER || (kind == EntityType.LOC) != (head.Type == EntityType.LOC)) continue;
                var list = new List<ActorMention> { At(head) };
                var previous = head;
                for (int k = first + 1; k < inSentence.Count; k++)
                {
                    var e = inSentence[k];
                    if (e.Start < previous.End) continue;
                    if (!JoinedInList(previous.End, e.Start, coordinators) || e.Actor is null || e.Type != head.Type) break;
                    if (!list.Exists(m => m.Code == e.Actor)) list.Add(At(e));
                    previous = e;
                }
                // a pronoun takes the first fitting actor (and its list); a plural noun needs a list
                if (pronoun || list.Count >= 2) return list;
            }
        }
        return [];

        ActorMention At(Entity e) => new(e.Actor!, i, i, _starts[i], _ends[i]);
    }

    /// <summary>Only commas, coordinators and spaces between two offsets ("AS, Jepang dan Australia").</summary>
    private bool JoinedInList(int from, int to, Func<string, bool> coordinators)
    {
        var gap = _doc.Text[from..to];
        var between = gap.Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // two names side by side ("pemerintah Suriah" beside "Bashar") are one phrase, no list
        return (gap.Contains(',') || between.Length > 0) && between.Length <= 2 && between.All(w => coordinators(w.ToLowerInvariant()));
    }

    /// <summary>The word was read from a reduplicated plural (<see cref="ReadReduplicationsAsBase"/>).</summary>
    public bool IsPlural(int i) => _plural is not null && _plural[i];

    private bool[]? _plural;

    public int Index { get; }
    public int Start { get; }
    public int End { get; }
    public IReadOnlyList<string> Words => _words;
    public int Count => _words.Count;
    public string this[int i] => _words[i];
    public int WordStart(int i) => _starts[i];

    /// <summary>The word holding text offset <paramref name="offset"/> (the nearest before it between words).</summary>
    public int WordIndexAt(int offset)
    {
        int i = _starts.BinarySearch(offset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }

    public int WordEnd(int i) => _ends[i];
    public ActorMention? ActorAt(int i) => i >= 0 && i < _actors.Count ? _actors[i] : null;
    public bool IsPunctuation(int i) => _words[i].Length > 0 && !char.IsLetterOrDigit(_words[i][0]);

    /// <summary>The word is written with a capital in the text (words are kept lower case for look-ups).</summary>
    public bool IsCapitalized(int i) => char.IsUpper(_doc.Text[_starts[i]]);
}
