namespace Warta.Quotes;

/// <summary>
/// Reads the speaker mention next to a speech cue: a pronoun, a capitalized name (titles such as
/// "Kapolri Jenderal" stripped, an appositive name preferred over a bare title), a nominal that refers back
/// ("Sekjen NATO itu") or a descriptive phrase. This is the fallback used when no entity layer names it.
/// </summary>
internal sealed class MentionReader(TokenView view)
{
    private static readonly HashSet<string> NameConnectors = ["bin", "binti", "van", "von", "de", "da", "al", "el", "-"];
    private const int MaxPhraseWords = 6;
    private const int MaxAppositiveDistance = 8;
    /// <summary>A dash this close to the sentence start ends a dateline, not a name ("Oviedo - Joekes").</summary>
    private const int MaxDatelineTokens = 8;
    private readonly QuoteLexicon _lex = view.Lexicon;
    private Dictionary<string, int>? _capitalizedCounts;

    /// <summary>The speaker named right after a cue word (<c>kata X</c>, <c>ujar X</c>), or null.</summary>
    public SpeakerMention? AfterCue(int i, int limit)
    {
        if (i >= limit || !view.IsWord(i)) return null;
        if (_lex.Pronouns.Contains(view.Lower[i])) return Mention(i, i, MentionKind.Pronoun);
        if (view.IsCapitalized(i))
        {
            int end = RunEnd(i, limit);
            var name = FromRun(i, end);
            // A run right before a bracketed abbreviation is an organisation's full name inside a title ("kata Ketua
            // Dewan Pimpinan Wilayah (DPW) PPP Jateng, Budi Santoso"): its last word is no name, the appositive is.
            bool beforeAbbreviation = view.IsPunct(end + 1, '(');
            if (name is { Kind: MentionKind.Name } && !beforeAbbreviation) return name;
            var appositive = Appositive(end + 1, limit);
            if (appositive is not null) return appositive;
            if (name is not null) return name;
            // A bare title ("ujar Kapolsek") refers back, like a nominal.
            return Mention(i, end, MentionKind.Nominal);
        }
        int first = i;
        while (first < limit && view.IsWord(first) && _lex.Determiners.Contains(view.Lower[first])) first++;
        int last = PhraseEnd(first, limit);
        if (last < first) return null;
        var apposition = Appositive(last + 1, limit);
        if (apposition is not null) return apposition;
        return Mention(first, last, _lex.Demonstratives.Contains(view.Lower[last]) ? MentionKind.Nominal : MentionKind.Phrase);
    }

    /// <summary>The speaker that is the subject of a speech verb at <paramref name="verb"/>: tokens [from, verb).</summary>
    public SpeakerMention? Subject(int from, int verb)
    {
        // Start after a dateline ("Jakarta, CNN Indonesia --") and after a clause boundary ("… dan seorang pejabat").
        for (int i = verb - 1; i > from; i--)
        {
            if (view.IsDash(i) && i - from <= MaxDatelineTokens) { from = i + 1; break; }
            if (_lex.ClauseBoundaries.Contains(view.Lower[i]) && char.IsLower(view.First(i)) && view.IsWord(i + 1)
                && char.IsLower(view.First(i + 1)) && i + 1 < verb) { from = i + 1; break; }
        }
        int p = verb - 1;
        while (p >= from && view.IsWord(p) && _lex.Adverbs.Contains(view.Lower[p])) p--;
        if (p < from) return null;
        if (view.IsWord(p) && _lex.Pronouns.Contains(view.Lower[p])) return Mention(p, p, MentionKind.Pronoun);
        if (view.IsWord(p) && _lex.Demonstratives.Contains(view.Lower[p]))
        {
            int s = p;
            while (s > from && view.IsWord(s - 1)) s--;
            return Mention(s, p, MentionKind.Nominal);
        }
        // A named person the entity layer found before the verb is the subject: a full name over a single word
        // ("Fedrich Yunadi, kuasa hukum Setnov mengatakan"), then the nearest ("Kuasa hukum Rizieq, Sugito … mengatakan").
        if (view.Document.Has(Core.Layer.Entities))
        {
            Core.Entity? person = null;
            foreach (var e in view.Document.Entities)
                if (e.Type == Core.EntityType.PER && !e.IsNominal && e.Start >= view[from].Start && e.End <= view[p].End
                    && (person is null || view.Text.AsSpan(e.Start, e.End - e.Start).Contains(' ') || !view.Text.AsSpan(person.Start, person.End - person.Start).Contains(' ')))
                    person = e;
            if (person is not null) return new SpeakerMention(person.Start, person.End, MentionKind.Name, view.Text[person.Start..person.End]);
        }
        SpeakerMention? firstOrg = null, bestName = null;
        (int, int, int) bestScore = (-1, -1, -1);
        for (int i = from; i <= p; i++)
        {
            if (!view.IsCapitalized(i) || !view.IsWord(i)) continue;
            int end = RunEnd(i, p + 1);
            var m = FromRun(i, end);
            // Of several names before the verb, prefer one whose words recur in the article ("… Atlantik Utara
            // (NATO), Jens Stoltenberg, … mengatakan"), then a full name over a single word, then the nearest.
            if (m is { Kind: MentionKind.Name })
            {
                var score = (Recurrence(m), m.Text.Contains(' ') ? 1 : 0, i);
                if (score.CompareTo(bestScore) > 0) { bestName = m; bestScore = score; }
            }
            if (m is { Kind: MentionKind.Organization }) firstOrg ??= m;
            i = end;
        }
        if (bestName is not null) return bestName;
        if (firstOrg is not null) return firstOrg;
        if (!view.IsWord(p)) return null;
        int start = p;
        while (start > from && view.IsWord(start - 1) && p - start + 1 < MaxPhraseWords) start--;
        while (start < p && (_lex.FunctionWords.Contains(view.Lower[start]) || _lex.Determiners.Contains(view.Lower[start]))) start++;
        if (_lex.FunctionWords.Contains(view.Lower[start])) return null;
        // "seorang pejabat di sana": the speaker is the noun before the preposition.
        int head = start;
        while (head < p && !_lex.FunctionWords.Contains(view.Lower[head + 1])) head++;
        return Mention(start, head, MentionKind.Phrase);
    }

    /// <summary>Classifies a capitalized run [first, last]: person name, organisation, or null (title only, time…).</summary>
    public SpeakerMention? FromRun(int first, int last)
    {
        while (first <= last && (_lex.FunctionWords.Contains(view.Lower[first]) || _lex.TimeWords.Contains(view.Lower[first])
            || (view.StartsSentence(first) && view.LowercaseSeen.Contains(view.Lower[first]))))
            first++;
        if (first > last) return null;
        int lastTitle = -1;
        for (int i = first; i <= last; i++) if (_lex.Titles.Contains(view.Lower[i])) lastTitle = i;
        if (lastTitle < 0)
        {
            bool org = true;
            for (int i = first; i <= last && org; i++) org = view.IsAcronym(i); // "DK PBB", "KPK"
            for (int i = first; i <= last && !org; i++) org = _lex.OrgWords.Contains(view.Lower[i]);
            return Mention(first, last, org ? MentionKind.Organization : MentionKind.Name);
        }
        // The person's name follows the last title; organisation words or acronyms before it belong to the
        // title ("Gubernur DKI Basuki Tjahaja Purnama", "Direktur Utama PT Railink Heru Kuswanto").
        int name = lastTitle + 1;
        int lastOrg = -1;
        for (int i = name; i <= last; i++) if (_lex.OrgWords.Contains(view.Lower[i]) || view.IsAcronym(i)) lastOrg = i;
        if (lastOrg >= 0)
        {
            if (last - lastOrg >= 2) return Mention(lastOrg + 1, last, MentionKind.Name);
            return null; // "Ketua Umum Partai Hanura": a title of an organisation, no name
        }
        return name <= last ? Mention(name, last, MentionKind.Name) : null;
    }

    /// <summary>Last token of the capitalized run starting at <paramref name="i"/> (names may hold "bin", "al", "-").</summary>
    public int RunEnd(int i, int limit)
    {
        int j = i;
        while (j + 1 < limit)
        {
            int k = j + 1;
            if (view.IsWord(k) && view.IsCapitalized(k)) { j = k; continue; }
            if (NameConnectors.Contains(view.Lower[k]) && k + 1 < limit && view.IsCapitalized(k + 1)) { j = k + 1; continue; }
            break;
        }
        return j;
    }

    /// <summary>How often the name's most frequent word occurs capitalized in the article, capped at 2.</summary>
    private int Recurrence(SpeakerMention m)
    {
        if (_capitalizedCounts is null)
        {
            _capitalizedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < view.Count; i++)
                if (view.IsCapitalized(i) && view.IsWord(i))
                    _capitalizedCounts[view.Lower[i]] = _capitalizedCounts.GetValueOrDefault(view.Lower[i]) + 1;
        }
        int best = 0;
        foreach (var part in SpeakerResolver.Parts(m.Text)) best = Math.Max(best, _capitalizedCounts.GetValueOrDefault(part));
        return Math.Min(best, 2);
    }

    /// <summary>A name set off by a comma shortly after a title or description ("kata Ketua RT …, Lilik Baidlowi").</summary>
    private SpeakerMention? Appositive(int from, int limit)
    {
        int comma = from;
        while (comma < limit && comma - from < MaxAppositiveDistance && !view.IsPunct(comma, ',') && !view.IsPunct(comma, '.')) comma++;
        if (!view.IsPunct(comma, ',') || !view.IsCapitalized(comma + 1) || !view.IsWord(comma + 1)) return null;
        var m = FromRun(comma + 1, RunEnd(comma + 1, limit));
        return m is { Kind: MentionKind.Name } ? m : null;
    }

    private int PhraseEnd(int i, int limit)
    {
        int j = i - 1;
        while (j + 1 < limit && view.IsWord(j + 1) && j + 1 - i < MaxPhraseWords && !_lex.FunctionWords.Contains(view.Lower[j + 1]))
        {
            j++;
            if (_lex.Demonstratives.Contains(view.Lower[j])) break;
        }
        return j;
    }

    public SpeakerMention Mention(int first, int last, MentionKind kind) =>
        new(view[first].Start, view[last].End, kind, view.Slice(first, last));
}
