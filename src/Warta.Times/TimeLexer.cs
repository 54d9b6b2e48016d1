namespace Warta.Times;

public enum PieceKind : byte { Word, Number, Punct }

/// <summary>A small piece of a sentence: a word (letters, inner hyphens/apostrophes), a run of digits, or
/// one other character. <see cref="Lower"/> is the lower-cased word or the digits.</summary>
public readonly record struct Piece(int Start, int End, PieceKind Kind, bool SpaceBefore, string Lower, int Number)
{
    public bool Is(string lower) => Lower == lower;
    public bool IsPunct(char c) => Kind == PieceKind.Punct && Lower[0] == c;
    public int Digits => Kind == PieceKind.Number ? End - Start : 0;
}

/// <summary>
/// Cuts a sentence into pieces of its own, finer than the segmenter's tokens (21/10, 14.30 and
/// 2021-10-21 come out as numbers and separators), so the grammar does not depend on how the segmenter
/// happens to tokenize numbers.
/// </summary>
public static class TimeLexer
{
    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();
    // every sentence is lexed, and days, months and hours are numbers of one or two digits: one string each ("7", "07")
    private static readonly string[] OneDigit = Enumerable.Range(0, 10).Select(n => n.ToString("D1", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] TwoDigits = Enumerable.Range(0, 100).Select(n => n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string SmallNumber(string text, int start, int length) =>
        length == 1 ? OneDigit[text[start] - '0'] : TwoDigits[(text[start] - '0') * 10 + text[start + 1] - '0'];

    /// <summary>The word lower-cased, with typographic apostrophes as ASCII ones, in one string (substring, lower
    /// case and replace made up to three).</summary>
    private static string LowerWord(string text, int start, int length)
    {
        if (length == 1 && text[start] < 128) return Ascii[char.ToLowerInvariant(text[start])];
        return string.Create(length, (text, start), static (span, w) =>
        {
            w.text.AsSpan(w.start, span.Length).ToLowerInvariant(span);
            span.Replace('’', '\'');
        });
    }

    public static void Lex(string text, int start, int end, List<Piece> into)
    {
        into.Clear();
        int i = start;
        bool space = true;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            int s = i;
            if (char.IsDigit(c))
            {
                while (i < end && char.IsDigit(text[i])) i++;
                var digits = i - s <= 2 && char.IsAsciiDigit(text[s]) && char.IsAsciiDigit(text[i - 1]) ? SmallNumber(text, s, i - s) : text.Substring(s, i - s);
                int n = digits.Length <= 9 ? int.Parse(digits) : -1;
                into.Add(new Piece(s, i, PieceKind.Number, space, digits, n));
            }
            else if (char.IsLetter(c))
            {
                while (i < end && (char.IsLetter(text[i])
                    || (text[i] is '-' or '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))))
                    i++;
                into.Add(new Piece(s, i, PieceKind.Word, space, LowerWord(text, s, i - s), 0));
            }
            else
            {
                i++;
                into.Add(new Piece(s, i, PieceKind.Punct, space, c < 128 ? Ascii[c] : c.ToString(), 0));
            }
            space = false;
        }
    }
}
