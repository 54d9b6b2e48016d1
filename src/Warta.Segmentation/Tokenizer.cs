using Warta.Core;

namespace Warta.Segmentation;

/// <summary>
/// Splits text into words, numbers, punctuation and symbols with exact offsets, in one pass over the
/// characters (no regex, no substrings). What stays one token:
/// reduplications and compounds (mata-mata, COVID-19, ke-5), numbers with inner separators
/// (120.000, 2,5, 14.30, 21/10), abbreviations with their dot (Dr., dll., B.J., S.H.), URLs,
/// runs of dots (...), of ?/! and of dashes. Number prefixes from the rules are cut
/// from the number (Rp1,2 → Rp | 1,2); English possessives too when the rules ask (NATO's → NATO | 's).
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(string text, SegmentationRules rules, List<Token> tokens) =>
        Tokenize(text, 0, text.Length, rules, tokens);

    public static void Tokenize(string text, int from, int to, SegmentationRules rules, List<Token> tokens)
    {
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (rules.SplitPossessive && c is '\'' or '’' && tokens.Count > 0 && tokens[^1].End == i
                && tokens[^1].Kind == TokenKind.Word && IsPossessiveAt(text, i, to))
            {
                tokens.Add(new Token(i, i + 2, TokenKind.Word));
                i += 2;
                continue;
            }
            if (IsWordChar(c))
            {
                int end = c is 'h' or 'H' or 'w' or 'W' ? ScanUrl(text, i, to) : i;
                if (end > i) { tokens.Add(new Token(start, end, TokenKind.Word)); i = end; continue; }
                int prefix = char.IsLetter(c) ? rules.NumberPrefixLength(text.AsSpan(i, Math.Min(to - i, 8))) : 0;
                if (prefix > 0)
                {
                    tokens.Add(new Token(start, start + prefix, TokenKind.Symbol));
                    i = start + prefix;
                    continue;
                }
                i = char.IsAsciiDigit(c) || char.IsDigit(c) ? ScanNumberOrWord(text, i, to, out var kind) : ScanWord(text, i, to, rules, out kind);
                tokens.Add(new Token(start, i, kind));
                continue;
            }
            i = ScanPunctuation(text, i, to);
            tokens.Add(new Token(start, i, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsMark(char c) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool At(string text, int i, int to, Func<char, bool> test) => i < to && test(text[i]);

    private static int ScanNumberOrWord(string text, int i, int to, out TokenKind kind)
    {
        kind = TokenKind.Number;
        while (i < to)
        {
            char c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            // 120.000  2,5  14.30  21/10  10:30 — a separator between two digits stays inside.
            if (c is '.' or ',' or '/' or ':' && At(text, i + 1, to, char.IsDigit)) { i += 2; continue; }
            if (char.IsLetter(c) || IsMark(c))
            {
                // 5G, 3D, 1990an: letters glued to digits make a word.
                kind = TokenKind.Word;
                i++;
                continue;
            }
            // 1990-an joins; a range of numbers (5-10, 19-21) is three tokens, as in UD Indonesian.
            if (c == '-' && At(text, i + 1, to, char.IsLetter)) { kind = TokenKind.Word; i += 2; continue; }
            if (c == '-' && kind == TokenKind.Word && At(text, i + 1, to, char.IsDigit)) { i += 2; continue; }
            break;
        }
        return i;
    }

    private static int ScanWord(string text, int i, int to, SegmentationRules rules, out TokenKind kind)
    {
        kind = TokenKind.Word;
        int start = i;
        int segmentStart = i;
        bool innerDot = false, shortSegments = true;
        while (i < to)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || IsMark(c)) { i++; continue; }
            if (c is '-' or '‐' && At(text, i + 1, to, char.IsLetterOrDigit)) { i += 2; segmentStart = i - 1; continue; }
            if (c is '\'' or '’' && i > start && At(text, i + 1, to, char.IsLetter))
            {
                if (rules.SplitPossessive && IsPossessiveAt(text, i, to)) break;
                i += 2;
                continue;
            }
            if (c == '&' && i - start <= 3 && At(text, i + 1, to, char.IsUpper)) { i += 2; continue; } // AT&T, S&P
            if (c == '.' && At(text, i + 1, to, char.IsLetter) && JoinsDottedWord(text, segmentStart, i, to))
            {
                innerDot = true;
                shortSegments &= i - segmentStart <= 3;
                i += 1;
                segmentStart = i;
                continue;
            }
            break;
        }
        // Keep the final dot of abbreviations, initials and dotted forms (S.H., a.n., U.S.).
        if (i < to && text[i] == '.' && !At(text, i + 1, to, c2 => c2 == '.'))
        {
            var withDot = text.AsSpan(start, i + 1 - start);
            bool initial = i - start == 1 && char.IsUpper(text[start]);
            // "kompas.com." ends a sentence: only all-short dotted forms keep the dot.
            if (innerDot && shortSegments && i - segmentStart <= 3 || initial || rules.AbbreviationOf(withDot) is not null) i++;
        }
        return i;
    }

    /// <summary>A dot between letters joins when both sides are short pieces (S.H, M.Si, a.n, U.S) or the
    /// right side is lowercase (kompas.com), but not in "naik.Dia" (a missing space after a sentence).</summary>
    private static bool JoinsDottedWord(string text, int segmentStart, int dot, int to)
    {
        int left = dot - segmentStart;
        int j = dot + 1;
        while (j < to && char.IsLetter(text[j])) j++;
        int right = j - dot - 1;
        if (left <= 3 && right <= 3) return true;
        return char.IsLower(text[dot + 1]) && char.IsLower(text[dot - 1]) && right >= 2 && right <= 4 && (j >= to || !char.IsLetter(text[j]));
    }

    private static bool IsPossessiveAt(string text, int i, int to) =>
        i + 1 < to && text[i + 1] is 's' or 'S' && (i + 2 >= to || !char.IsLetter(text[i + 2]));

    /// <summary>http(s)://… and www.… up to the next space, without trailing punctuation.</summary>
    private static int ScanUrl(string text, int i, int to)
    {
        var rest = text.AsSpan(i, to - i);
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            return i;
        int j = i;
        while (j < to && !char.IsWhiteSpace(text[j]) && text[j] is not ('"' or '“' or '”' or '<' or '>')) j++;
        while (j > i && text[j - 1] is '.' or ',' or ')' or ';' or ':' or '!' or '?' or '\'' or '’') j--;
        return j;
    }

    private static int ScanPunctuation(string text, int i, int to)
    {
        char c = text[i];
        int j = i + 1;
        if (c is '.' or '!' or '?' or '-' or '—' or '–' or '`' or '\'')
        {
            // "..." is one token; so are "?!" / "!!!", "--" and the TeX-style quotes `` and ''.
            bool Same(char d) => c switch
            {
                '.' => d == '.',
                '!' or '?' => d is '!' or '?',
                '`' or '\'' => d == c,
                _ => d is '-' or '—' or '–',
            };
            while (j < to && Same(text[j])) j++;
        }
        return j;
    }
}
