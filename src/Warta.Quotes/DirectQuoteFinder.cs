namespace Warta.Quotes;

/// <summary>
/// Finds statements inside quotation marks (“…”, "…", ‘…’, '…') and the cue that attributes them: after the
/// quote (<c>"…," kata X</c>, <c>"…," ujarnya</c>, <c>"…" selama …, tambahnya</c>, <c>"…," X menambahkan</c>)
/// or before it (<c>X mengatakan "…"</c>, <c>kata X, "…"</c>). A quote left open at a paragraph's end goes on
/// in the next paragraph when that one opens with a quote mark (news style), else it ends with its paragraph.
/// Short quotes (≤ 3 words) without a cue are scare quotes, not statements; a quote without a cue that starts a
/// sentence continues the previous speaker's words.
/// A closing mark whose opening mark is missing or left in an earlier paragraph (<c>… bisa ditarik," katanya.</c>
/// with no mark open, or a quote left open at a paragraph's end) is still a closing mark when an attribution cue
/// follows it: the statement runs back to the open quote of the paragraphs before (when only unmarked paragraphs lie
/// between), else to its own paragraph's start. Without this, the first-person acts of a quote that runs over several
/// sentences ("Kami sudah surati …") had no speaker, and the cue's speaker was lost.
/// </summary>
internal sealed class DirectQuoteFinder(TokenView view, MentionReader reader)
{
    private const int MaxScareQuoteWords = 3;
    private readonly QuoteLexicon _lex = view.Lexicon;

    public void Find(List<QuoteCandidate> found, HashSet<int> usedCues)
    {
        foreach (var (open, first, close, lastContent, unmarked) in Pairs())
        {
            int last = lastContent;
            while (last > first && (view.IsPunct(last, ',') || view.IsQuoteMark(last))) last--;
            if (last < first) continue;
            int words = 0;
            for (int i = first; i <= last; i++) if (view.IsWord(i)) words++;
            if (words == 0) continue;
            for (int i = view.IsQuoteMark(open) ? open : first; i <= (close >= 0 ? close : lastContent); i++) view.InsideQuote[i] = true;

            int cue = -1;
            SpeakerMention? mention = null;
            if (close >= 0) (cue, mention) = CueAfter(close);
            if (cue < 0) (cue, mention) = CueBefore(open);
            if (cue < 0)
            {
                if (words <= MaxScareQuoteWords || !StartsSentence(open)) continue;
            }
            else usedCues.Add(cue);
            found.Add(new QuoteCandidate(view[first].Start, view[last].End, true, mention, cue) { Unmarked = unmarked });
        }
    }

    /// <summary>Quote spans as token indices: opening mark (or the token before the first, for a quote whose opening mark
    /// is missing), first content token, closing mark (-1 if none), last content token, and whether the extent was read back
    /// from a closing mark whose opening mark is missing or paragraphs before.</summary>
    private IEnumerable<(int Open, int First, int Close, int LastContent, bool Unmarked)> Pairs()
    {
        var results = new List<(int, int, int, int, bool)>();
        int open = -1;
        bool single = false;
        int paragraphStart = 0;
        for (int i = 0; i < view.Count; i++)
        {
            if (ParagraphBreakBefore(i)) paragraphStart = i;
            bool paragraphEnd = i + 1 >= view.Count || ParagraphBreakAfter(i);
            if (view.IsQuoteMark(i) && !IsApostrophe(i))
            {
                char c = view.First(i);
                bool isSingle = c is '‘' or '’' or '\'';
                if (open < 0)
                {
                    if (isSingle && !OpensSingle(i)) goto next;
                    // '… bisa ditarik," katanya.' with no quote open: the opening mark was lost; the paragraph is the quote
                    // (after a quote closed earlier in the paragraph, from the sentence after that quote's)
                    int from = results.Count > 0 && results[^1].Item3 >= paragraphStart ? NextSentenceStart(results[^1].Item3) : paragraphStart;
                    if (!isSingle && i > from && ClosesWithCue(i))
                    {
                        results.Add((from - 1, from, i, i - 1, true));
                        goto next;
                    }
                    open = i; single = isSingle;
                }
                else if (isSingle == single && !(c == '“' && !single))
                {
                    results.Add((open, open + 1, i, i - 1, false));
                    open = -1;
                }
                else if (c == '“' && !single)
                {
                    // A new opening mark while one is open: the earlier quote was never closed.
                    results.Add((open, open + 1, -1, i - 1, false));
                    open = i;
                }
            }
        next:
            if (paragraphEnd && open >= 0)
            {
                bool continues = !single && i + 1 < view.Count && view.IsQuoteMark(i + 1) && view.First(i + 1) is '"' or '“' or '”';
                if (continues) { i++; continue; } // the next paragraph's mark reopens the same quote
                // the next paragraphs go on without marks and the first mark met closes the quote before its cue
                if (!single && OrphanCloseAhead(i + 1) is int close)
                {
                    results.Add((open, open + 1, close, close - 1, true));
                    open = -1;
                    i = close;
                    continue;
                }
                if (!single) results.Add((open, open + 1, -1, i, false));
                open = -1;
            }
        }
        return results;
    }

    private int NextSentenceStart(int token) =>
        view.SentenceFor(token) is { } sentence ? sentence.EndToken : token + 1;

    /// <summary>How many paragraphs without a quote mark a quote left open may run through to its closing mark.</summary>
    private const int MaxUnmarkedParagraphs = 2;

    /// <summary>The first quote mark from <paramref name="from"/> on, when it lies within the next few paragraphs, follows
    /// some text of its own paragraph and closes a statement whose cue follows it.</summary>
    private int? OrphanCloseAhead(int from)
    {
        int paragraphs = 0, start = from;
        for (int k = from; k < view.Count; k++)
        {
            if (k > from && ParagraphBreakBefore(k))
            {
                if (++paragraphs > MaxUnmarkedParagraphs) return null;
                start = k;
            }
            if (view.IsQuoteMark(k) && !IsApostrophe(k))
                return view.First(k) is '"' or '”' && k > start && ClosesWithCue(k) ? k : null;
        }
        return null;
    }

    /// <summary>A double mark right after the end of a clause (comma, full stop, ? or !) that an attribution cue follows:
    /// '…," katanya', '…." ujar Andi' — it closes a statement, even when no mark opened it.</summary>
    private bool ClosesWithCue(int mark) =>
        view.First(mark) is '"' or '”'
        && (view.IsPunct(mark - 1, ',') || view.IsPunct(mark - 1, '.') || view.IsPunct(mark - 1, '?') || view.IsPunct(mark - 1, '!'))
        && CueAfter(mark).Cue >= 0;

    private (int Cue, SpeakerMention? Mention) CueAfter(int close)
    {
        int k = close + 1;
        while (k < view.Count && !ParagraphBreakBefore(k) && (view.IsPunct(k, ',') || view.IsPunct(k, '.'))) k++;
        if (k >= view.Count || ParagraphBreakBefore(k) || !view.IsWord(k)) return (-1, null);
        int limit = LimitFrom(k);
        var w = view.Lower[k];
        // After a quote that ends its sentence ('…kami."'), a capitalized word starts a new sentence.
        bool sentenceClosed = view.IsPunct(close - 1, '.');
        if (sentenceClosed && view.IsCapitalized(k)) return (-1, null);
        if (_lex.AfterCues.Contains(w) || _lex.ReportingVerbs.Contains(w)) return (k, reader.AfterCue(k + 1, limit));
        if (view.PronounStem(k) is { } stem && _lex.AfterCues.Contains(stem)) return (k, SuffixMention(k));
        // "…," she said.  /  "…," ia menambahkan.
        if (_lex.Pronouns.Contains(w) && k + 1 < limit && (_lex.AfterCues.Contains(view.Lower[k + 1]) || _lex.ReportingVerbs.Contains(view.Lower[k + 1])))
            return (k + 1, reader.Mention(k, k, MentionKind.Pronoun));
        if (view.IsCapitalized(k))
        {
            int end = reader.RunEnd(k, limit);
            int verb = end + 1;
            while (verb < limit && _lex.Adverbs.Contains(view.Lower[verb])) verb++;
            if (verb < limit && (_lex.ReportingVerbs.Contains(view.Lower[verb]) || _lex.AfterCues.Contains(view.Lower[verb])))
                return (verb, reader.Subject(k, verb));
        }
        // "…" selama keterlibatan aliansi itu, tambahnya.  The -nya cue closes the same sentence.
        for (int j = k; j < limit; j++)
        {
            if (view.IsQuoteMark(j)) break;
            if (view.PronounStem(j) is { } s && _lex.AfterCues.Contains(s) && (j + 1 >= limit || !view.IsWord(j + 1)))
                return (j, SuffixMention(j));
        }
        return (-1, null);
    }

    private (int Cue, SpeakerMention? Mention) CueBefore(int open)
    {
        int j = open - 1;
        while (j >= 0 && (view.IsPunct(j, ',') || view.IsPunct(j, ':'))) j--;
        if (j < 0 || !view.IsWord(j) || ParagraphBreakAfter(j) || view.InsideQuote[j]) return (-1, null);
        int from = view.SentenceFor(j)?.FirstToken ?? 0;
        if (_lex.ReportingVerbs.Contains(view.Lower[j])) return (j, reader.Subject(from, j));
        // kata Djarot, "…"
        if (view.IsCapitalized(j))
        {
            int start = j;
            while (start > from && view.IsCapitalized(start - 1) && view.IsWord(start - 1)) start--;
            if (start > from && _lex.AfterCues.Contains(view.Lower[start - 1])) return (start - 1, reader.AfterCue(start, j + 1));
        }
        return (-1, null);
    }

    private SpeakerMention SuffixMention(int token)
    {
        var t = view[token];
        int start = t.End - _lex.PronounSuffix.Length;
        return new SpeakerMention(start, t.End, MentionKind.Pronoun, view.Text[start..t.End]);
    }

    /// <summary>A cue and its speaker lie in the rest of the sentence, which may start after the quote.</summary>
    private int LimitFrom(int k)
    {
        int end = k;
        while (end < view.Count && !ParagraphBreakBefore(end) && !(end > k && IsTerminal(end - 1))) end++;
        return end;
    }

    private bool IsTerminal(int i) => view.IsPunct(i, '.') || view.IsPunct(i, '!') || view.IsPunct(i, '?');

    private bool StartsSentence(int open)
    {
        int j = open - 1;
        return j < 0 || ParagraphBreakAfter(j) || IsTerminal(j) || view.IsPunct(j, ':') || view.IsQuoteMark(j)
            || view.SentenceOf[j] != view.SentenceOf[open];
    }

    private bool ParagraphBreakAfter(int i) =>
        i + 1 < view.Count && view.Text.AsSpan(view[i].End, view[i + 1].Start - view[i].End).Contains('\n');

    private bool ParagraphBreakBefore(int i) => i > 0 && ParagraphBreakAfter(i - 1);

    /// <summary>An apostrophe inside a word (ba'da, Jum'at) is not a quote mark.</summary>
    private bool IsApostrophe(int i)
    {
        var t = view[i];
        return t.Start > 0 && t.End < view.Text.Length && char.IsLetter(view.Text[t.Start - 1]) && char.IsLetter(view.Text[t.End]);
    }

    /// <summary>A single mark opens a quote only before a word and after a space or line start.</summary>
    private bool OpensSingle(int i)
    {
        var t = view[i];
        bool before = t.Start == 0 || !char.IsLetterOrDigit(view.Text[t.Start - 1]);
        bool after = t.End < view.Text.Length && char.IsLetter(view.Text[t.End]);
        return before && after;
    }
}
