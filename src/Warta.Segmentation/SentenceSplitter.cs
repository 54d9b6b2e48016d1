using Warta.Core;

namespace Warta.Segmentation;

/// <summary>
/// Groups tokens into sentences. A sentence ends:
/// at a paragraph break, always; at a line break, unless the line plainly continues (it ends in a
/// comma or hyphen, or the next line starts lowercase) — so headings and list lines are sentences;
/// after . ! ? … when the next token can open a sentence (capital, digit, opening quote or bracket),
/// taking closing quotes and brackets with it ("… sendiri.” Para …" keeps ” in the first sentence);
/// after an abbreviation only as its <see cref="AbbreviationKind"/> allows.
/// </summary>
public static class SentenceSplitter
{
    public static void Split(string text, IReadOnlyList<Token> tokens, SegmentationRules rules, List<Sentence> sentences) =>
        Split(text, tokens, 0, tokens.Count, rules, sentences);

    public static void Split(string text, IReadOnlyList<Token> tokens, int from, int to, SegmentationRules rules, List<Sentence> sentences)
    {
        int first = from;
        for (int i = from; i < to; i++)
        {
            int last = i;
            bool end;
            if (i + 1 >= to) end = true;
            else if (LineBreakEnds(text, tokens, i)) end = true;
            else if (IsTerminal(text, tokens[i]))
            {
                last = TakeClosers(text, tokens, i, to);
                end = last + 1 >= to || LineBreakBetween(text, tokens[last], tokens[last + 1])
                    || OpensSentence(text, tokens, last + 1, to) && (tokens[last].End < tokens[last + 1].Start || MissingSpace(text, tokens[last + 1]));
            }
            else if (AbbreviationEnds(text, tokens, i, to, rules)) end = true;
            else end = false;
            if (!end) continue;
            sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
            first = last + 1;
            i = last;
        }
    }

    private static bool IsTerminal(string text, Token t) =>
        t.Kind == TokenKind.Punctuation && text[t.Start] is '.' or '!' or '?' or '…';

    private static bool LineBreakBetween(string text, Token a, Token b) => text.AsSpan(a.End, b.Start - a.End).Contains('\n');

    /// <summary>A line break ends the sentence unless the line plainly goes on.</summary>
    private static bool LineBreakEnds(string text, IReadOnlyList<Token> tokens, int i)
    {
        var a = tokens[i];
        var b = tokens[i + 1];
        var gap = text.AsSpan(a.End, b.Start - a.End);
        int nl = gap.IndexOf('\n');
        if (nl < 0) return false;
        if (gap[(nl + 1)..].Contains('\n')) return true; // paragraph break
        char last = text[a.End - 1];
        if (last is ',' or '-' or '(' or '“' or ';') return false;
        return !char.IsLower(text[b.Start]);
    }

    /// <summary>Closing quotes and brackets (and more terminal marks) right after the terminal belong to its sentence.</summary>
    private static int TakeClosers(string text, IReadOnlyList<Token> tokens, int i, int to)
    {
        int j = i;
        while (j + 1 < to)
        {
            var next = tokens[j + 1];
            if (LineBreakBetween(text, tokens[j], next)) break;
            char c = text[next.Start];
            bool closer = c is ')' or ']' or '”' or '’' or '»' || IsTerminal(text, next)
                || c is '"' or '\'' && IsClosingStraightQuote(text, next);
            if (!closer) break;
            j++;
        }
        return j;
    }

    /// <summary>After a sentence end, a straight quote not glued to a following word closes a quote
    /// (an opening one is glued to its first word): ‘selesai." Para’, ‘selesai. " kata dia’, ‘selesai... "¶’.</summary>
    private static bool IsClosingStraightQuote(string text, Token q) =>
        q.End >= text.Length || !char.IsLetterOrDigit(text[q.End]);

    /// <summary>"naik.Dia" is two sentences with a space missing; "PMK.011/2007" is one reference.</summary>
    private static bool MissingSpace(string text, Token next) =>
        next.End - next.Start >= 2 && char.IsUpper(text[next.Start]) && char.IsLower(text[next.Start + 1]);

    private static bool OpensSentence(string text, IReadOnlyList<Token> tokens, int k, int to)
    {
        var t = tokens[k];
        char c = text[t.Start];
        if (char.IsUpper(c) || char.IsDigit(c)) return true;
        if (c is '(' or '[' && IsSignOff(text, tokens, k, to)) return true;
        if (c is '“' or '"' or '\'' or '‘' or '`' or '(' or '[' or '«' or '¿' or '¡')
            return k + 1 < to && text[tokens[k + 1].Start] is var d && (char.IsUpper(d) || char.IsDigit(d));
        if (char.IsLetter(c) && !char.IsLower(c)) return true; // scripts without case
        return false;
    }

    /// <summary>A reporter's sign-off closing a paragraph, "(ant)", "[ary]", "(den / asa)": a sentence of its own.</summary>
    private static bool IsSignOff(string text, IReadOnlyList<Token> tokens, int k, int to)
    {
        char close = text[tokens[k].Start] == '(' ? ')' : ']';
        for (int j = k + 1; j < to && j <= k + 6; j++)
        {
            if (LineBreakBetween(text, tokens[j - 1], tokens[j])) return false;
            if (text[tokens[j].Start] != close) continue;
            return j + 1 >= to || LineBreakBetween(text, tokens[j], tokens[j + 1]);
        }
        return false;
    }

    private static bool AbbreviationEnds(string text, IReadOnlyList<Token> tokens, int i, int to, SegmentationRules rules)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Word || text[t.End - 1] != '.' || t.Length() < 2) return false;
        var span = text.AsSpan(t.Start, t.End - t.Start);
        var kind = rules.AbbreviationOf(span) ?? AbbreviationKind.Inner; // initials, S.H., U.S. …
        if (kind == AbbreviationKind.Title) return false;
        var next = tokens[i + 1];
        char c = text[next.Start];
        // "PT BNI Tbk. (BBNI) menambah …": a bracket after an abbreviation explains it, it does not open a sentence.
        if (kind == AbbreviationKind.Final) return c is not ('(' or '[') && OpensSentence(text, tokens, i + 1, to);
        if (c is '“' or '"' or '\'' or '‘' or '`') return OpensSentence(text, tokens, i + 1, to);
        return rules.IsSentenceStarter(text.AsSpan(next.Start, next.End - next.Start));
    }

    private static int Length(this Token t) => t.End - t.Start;
}
