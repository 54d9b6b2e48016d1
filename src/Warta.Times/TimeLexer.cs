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
                var digits = text.Substring(s, i - s);
                int n = digits.Length <= 9 ? int.Parse(digits) : -1;
                into.Add(new Piece(s, i, PieceKind.Number, space, digits, n));
            }
            else if (char.IsLetter(c))
            {
                while (i < end && (char.IsLetter(text[i])
                    || (text[i] is '-' or '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))))
                    i++;
                into.Add(new Piece(s, i, PieceKind.Word, space, text.Substring(s, i - s).ToLowerInvariant().Replace('’', '\''), 0));
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
