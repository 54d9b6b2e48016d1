namespace Warta.Quotes;

/// <summary>
/// Finds statements inside quotation marks (“…”, "…", ‘…’, '…') and the cue that attributes them: after the
/// quote (<c>"…," kata X</c>, <c>"…," ujarnya</c>, <c>"…" selama …, tambahnya</c>, <c>"…," X menambahkan</c>)
/// or before it (<c>X mengatakan "…"</c>, <c>kata X, "…"</c>). A quote left open at a paragraph's end goes on
/// in the next paragraph when that one opens with a quote mark (news style), else it ends with its paragraph.
/// Short quotes (≤ 3 words) without a cue are scare quotes, not statements; a quote without a cue that starts a
/// sentence continues the previous speaker's words.
/// </summary>
internal sealed class DirectQuoteFinder(TokenView view, MentionReader reader)
{
    private const int MaxScareQuoteWords = 3;
    private readonly QuoteLexicon _lex = view.Lexicon;

    public void Find(List<QuoteCandidate> found, HashSet<int> usedCues)
    {
        foreach (var (open, close, lastContent) in Pairs())
        {
            int first = open + 1;
            int last = lastContent;
            while (last > first && (view.IsPunct(last, ',') || view.IsQuoteMark(last))) last--;
            if (last < first) continue;
            int words = 0;
            for (int i = first; i <= last; i++) if (view.IsWord(i)) words++;
            if (words == 0) continue;
            for (int i = open; i <= (close >= 0 ? close : lastContent); i++) view.InsideQuote[i] = true;

            int cue = -1;
            SpeakerMention? mention = null;
            if (close >= 0) (cue, mention) = CueAfter(close);
            if (cue < 0) (cue, mention) = CueBefore(open);
            if (cue < 0)
            {
                if (words <= MaxScareQuoteWords || !StartsSentence(open)) continue;
            }
            else usedCues.Add(cue);
            found.Add(new QuoteCandidate(view[first].Start, view[last].End, true, mention, cue));
        }
    }

    /// <summary>Quote spans as token indices: opening mark, closing mark (-1 if none) and last content token.</summary>
    private IEnumerable<(int Open, int Close, int LastContent)> Pairs()
    {
        var results = new List<(int, int, int)>();
        int open = -1;
        bool single = false;
        for (int i = 0; i < view.Count; i++)
        {
            bool paragraphEnd = i + 1 >= view.Count || ParagraphBreakAfter(i);
            if (view.IsQuoteMark(i) && !IsApostrophe(i))
            {
                char c = view.First(i);
                bool isSingle = c is '‘' or '’' or '\'';
                if (open < 0)
                {
                    if (isSingle && !OpensSingle(i)) goto next;
                    open = i; single = isSingle;
                }
                else if (isSingle == single && !(c == '“' && !single))
                {
                    results.Add((open, i, i - 1));
                    open = -1;
                }
                else if (c == '“' && !single)
                {
                    // A new opening mark while one is open: the earlier quote was never closed.
                    results.Add((open, -1, i - 1));
                    open = i;
                }
            }
        next:
            if (paragraphEnd && open >= 0)
            {
                bool continues = !single && i + 1 < view.Count && view.IsQuoteMark(i + 1) && view.First(i + 1) is '"' or '“' or '”';
                if (continues) { i++; continue; } // the next paragraph's mark reopens the same quote
                if (!single) results.Add((open, -1, i));
                open = -1;
            }
        }
        return results;
    }

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
