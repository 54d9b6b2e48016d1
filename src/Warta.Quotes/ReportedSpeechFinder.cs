using Warta.Core;

namespace Warta.Quotes;

/// <summary>
/// Finds reported speech outside quotation marks, at most one statement per sentence:
/// <list type="bullet">
/// <item><c>X mengatakan (,) (bahwa) S</c>: S after the verb, X the verb's subject;</item>
/// <item><c>Menurut X, S</c> / <c>Menurutnya, S</c>: S after the comma;</item>
/// <item>a parenthetical cue (<c>NATO, menurutnya, akan …</c>, <c>Momen ini, kata dia, …</c>): the whole sentence;</item>
/// <item>a closing cue (<c>S, kata X.</c>, <c>S, ujarnya.</c>): S before the cue; an opening one (<c>Tapi kata X S</c>).</item>
/// </list>
/// The statement runs to the sentence end without the final punctuation.
/// </summary>
internal sealed class ReportedSpeechFinder(TokenView view, MentionReader reader)
{
    private const int MinStatementWords = 2;
    private readonly QuoteLexicon _lex = view.Lexicon;

    public void Find(List<QuoteCandidate> found, HashSet<int> usedCues)
    {
        foreach (var sentence in view.Document.Sentences)
        {
            int last = view.LastContentToken(sentence);
            for (int t = sentence.FirstToken; t <= last; t++)
            {
                if (view.InsideQuote[t] || usedCues.Contains(t) || !view.IsWord(t)) continue;
                // "tak mau memastikan kapan … akan menyampaikan …": nothing was said in this sentence.
                if (_lex.ReportingVerbs.Contains(view.Lower[t]) && Negated(sentence, t)) break;
                var candidate = Verb(sentence, t, last) ?? According(sentence, t, last) ?? Cue(sentence, t, last);
                if (candidate is null) continue;
                usedCues.Add(t);
                found.Add(candidate);
                break;
            }
        }
    }

    private QuoteCandidate? Verb(Sentence sentence, int t, int last)
    {
        if (!_lex.ReportingVerbs.Contains(view.Lower[t]) || Negated(sentence, t)) return null;
        int start = t + 1;
        // "melanjutkan proses hukum" continues something; only "melanjutkan, …" / "melanjutkan bahwa …" reports.
        if (_lex.MarkedReportingVerbs.Contains(view.Lower[t]) && !view.IsPunct(start, ',') && !view.IsPunct(start, ':')
            && !(start <= last && _lex.Complementizers.Contains(view.Lower[start])))
            return null;
        while (start <= last && (view.IsPunct(start, ',') || view.IsPunct(start, ':'))) start++;
        if (start <= last && view.IsQuoteMark(start)) return null; // "X mengatakan “…”": a direct quote
        if (start <= last && _lex.Complementizers.Contains(view.Lower[start])) start++;
        while (start <= last && view.IsPunct(start, ',')) start++;
        if (start > last || _lex.NotStatementStarts.Contains(view.Lower[start])) return null;
        // "membantah tudingan itu": a short object closed by a demonstrative is a thing, not a statement.
        if (WordsBetween(start, last) <= 3 && _lex.Demonstratives.Contains(view.Lower[last])) return null;
        // The subject lies between the sentence start (or the end of a quotation before the verb) and the verb.
        int from = sentence.FirstToken;
        for (int i = t - 1; i >= sentence.FirstToken; i--) if (view.InsideQuote[i]) { from = i + 1; break; }
        return Make(start, last, reader.Subject(from, t), t);
    }

    private QuoteCandidate? According(Sentence sentence, int t, int last)
    {
        var w = view.Lower[t];
        bool suffixed = view.PronounStem(t) is { } stem && _lex.AccordingWords.Contains(stem);
        if (!suffixed && !_lex.AccordingWords.Contains(w)) return null;
        bool atStart = OnlyFunctionWordsBefore(sentence, t);
        if (suffixed)
        {
            var pronoun = SuffixMention(t);
            int after = t + 1;
            while (after <= last && view.IsPunct(after, ',')) after++;
            return atStart ? Make(after, last, pronoun, t) : Make(FirstContent(sentence), last, pronoun, t);
        }
        // menurut [penuturan] X , S  —  X runs to the next comma.
        int x = t + 1;
        if (x <= last && view.Lower[x] == "to") x++; // English "according to"
        if (x <= last && _lex.SpeechNouns.Contains(view.Lower[x])) x++;
        if (x > last || !view.IsWord(x) || _lex.NotSpeakers.Contains(view.Lower[x])) return null;
        int comma = x;
        while (comma <= last && !view.IsPunct(comma, ',')) comma++;
        if (comma > last) return null;
        var mention = reader.AfterCue(x, comma);
        if (mention is null || mention.Text is "saya" or "kami") return null;
        // "Menurut pria yang … dipanggil Ahok itu, …": a description closed by a demonstrative refers back.
        if (mention.Kind == MentionKind.Phrase && _lex.Demonstratives.Contains(view.Lower[comma - 1]))
            mention = reader.Mention(x, comma - 1, MentionKind.Nominal);
        return atStart ? Make(comma + 1, last, mention, t) : Make(FirstContent(sentence), last, mention, t);
    }

    private QuoteCandidate? Cue(Sentence sentence, int t, int last)
    {
        var w = view.Lower[t];
        bool suffixed = view.PronounStem(t) is { } stem && _lex.AfterCues.Contains(stem);
        bool passive = _lex.PassiveCues.Contains(w);
        if (!suffixed && !passive && !_lex.AfterCues.Contains(w)) return null;
        bool afterComma = view.IsPunct(t - 1, ',');
        bool atStart = OnlyFunctionWordsBefore(sentence, t);
        if (!afterComma && !atStart)
            return suffixed || passive ? null : SpeakerBeforeClosingCue(sentence, t, last); // "dengan kata lain": the noun, not the cue
        SpeakerMention? mention;
        int next;
        if (suffixed) { mention = SuffixMention(t); next = t + 1; }
        else
        {
            mention = reader.AfterCue(t + 1, last + 1);
            if (mention is null) return null;
            // At a sentence start (and after a passive cue) the word must name someone: "Dengan kata lain" does not.
            bool names = mention.Kind is MentionKind.Name or MentionKind.Pronoun;
            if ((passive || !afterComma) && !names) return null;
            next = view.Document.TokenAtOrAfter(mention.End);
        }
        if (atStart && !afterComma)
        {
            while (next <= last && view.IsPunct(next, ',')) next++;
            return Make(next, last, mention, t);
        }
        bool moreAfter = view.IsPunct(next, ',') && WordsBetween(next + 1, last) >= MinStatementWords;
        if (moreAfter) return Make(FirstContent(sentence), last, mention, t);
        // Closing cue: the statement is what precedes ", kata X".
        return Make(FirstContent(sentence), t - 2, mention, t);
    }

    /// <summary>
    /// English order of a closing cue, <c>S, X said.</c>: the speaker stands between a comma and a cue that
    /// ends the sentence. Only a name or a pronoun counts as the speaker ("…, the report said" does not).
    /// </summary>
    private QuoteCandidate? SpeakerBeforeClosingCue(Sentence sentence, int t, int last)
    {
        for (int k = t + 1; k <= last; k++) if (view.IsWord(k)) return null;
        int comma = t - 1;
        while (comma > sentence.FirstToken && t - comma <= 6 && !view.IsPunct(comma, ',')) comma--;
        if (comma <= sentence.FirstToken || !view.IsPunct(comma, ',') || comma + 1 >= t) return null;
        var mention = reader.AfterCue(comma + 1, t);
        if (mention is null || mention.Kind is not (MentionKind.Name or MentionKind.Pronoun)) return null;
        if (view.Document.TokenAtOrAfter(mention.End) != t) return null; // the mention must reach the cue
        return Make(FirstContent(sentence), comma - 1, mention, t);
    }

    private QuoteCandidate? Make(int first, int last, SpeakerMention? mention, int cue)
    {
        while (last >= first && !view.IsWord(last) && !view.IsPunct(last, ')')) last--;
        while (first <= last && !view.IsWord(first) && !view.IsPunct(first, '(')) first++;
        if (first > last || WordsBetween(first, last) < MinStatementWords) return null;
        if (view.InsideQuote[first]) return null;
        // A reported statement ends where a quotation opens after a full stop ("… Satpol PP. “Terlebih …").
        for (int i = first + 1; i < last; i++)
            if ((view.IsPunct(i, '.') || view.IsPunct(i, '!') || view.IsPunct(i, '?')) && view.IsQuoteMark(i + 1) && view.InsideQuote[i + 1])
            {
                last = i - 1;
                break;
            }
        return new QuoteCandidate(view[first].Start, view[last].End, false, mention, cue);
    }

    private bool Negated(Sentence sentence, int verb)
    {
        for (int i = verb - 1; i >= Math.Max(sentence.FirstToken, verb - 2); i--)
            if (_lex.Negators.Contains(view.Lower[i])) return true;
        return false;
    }

    private bool OnlyFunctionWordsBefore(Sentence sentence, int t)
    {
        int words = 0;
        for (int i = sentence.FirstToken; i < t; i++)
        {
            if (!view.IsWord(i)) continue;
            if (!_lex.FunctionWords.Contains(view.Lower[i])) return false;
            if (++words > 1) return false;
        }
        return true;
    }

    private int FirstContent(Sentence sentence)
    {
        int i = sentence.FirstToken;
        while (i < sentence.EndToken && !view.IsWord(i)) i++;
        return i;
    }

    private int WordsBetween(int first, int last)
    {
        int n = 0;
        for (int i = first; i <= last; i++) if (view.IsWord(i)) n++;
        return n;
    }

    private SpeakerMention SuffixMention(int token)
    {
        var t = view[token];
        int start = t.End - _lex.PronounSuffix.Length;
        return new SpeakerMention(start, t.End, MentionKind.Pronoun, view.Text[start..t.End]);
    }
}
