using System.Text;

namespace Warta.Core;

/// <summary>
/// The one normalization every input goes through before offsets are fixed: NFC, LF line ends,
/// exotic spaces to plain spaces, invisible characters (zero-width, soft hyphen, BOM) dropped,
/// runs of spaces folded and lines trimmed. Line breaks inside a paragraph are kept (lists, headings).
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string input)
    {
        if (input.Length == 0) return input;
        var text = input.IsNormalized(NormalizationForm.FormC) ? input : input.Normalize(NormalizationForm.FormC);
        // most paragraphs are clean already: then the loop below would copy them unchanged (twice, with ToString)
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') continue;
                c = '\n';
            }
            if (IsInvisible(c)) continue;
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                TrimEndSpaces(sb);
                pendingSpace = false;
                sb.Append('\n');
                continue;
            }
            if (c == '\t' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        // Collapse blank lines inside a paragraph to a single line break and trim the ends.
        var s = sb.ToString();
        while (s.Contains("\n\n", StringComparison.Ordinal)) s = s.Replace("\n\n", "\n", StringComparison.Ordinal);
        return s.Trim('\n', ' ');
    }

    /// <summary>True when <see cref="Normalize"/> would return <paramref name="text"/> (already NFC) unchanged:
    /// no character it drops or replaces, spaces only single and between two characters that are not line breaks,
    /// line breaks only single and not at either end.</summary>
    private static bool IsClean(string text)
    {
        if (text[0] is '\n' or ' ' || text[^1] is '\n' or ' ') return false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ')
            {
                // text[i + 1] exists: the last character is no space
                if (text[i - 1] is ' ' or '\n' || text[i + 1] is ' ' or '\n') return false;
            }
            else if (c == '\n')
            {
                if (text[i + 1] == '\n') return false;
            }
            else if (c < ' ' || c >= '\u007F' && (IsInvisible(c) || char.IsWhiteSpace(c) || char.IsControl(c))) return false;
        }
        return true;
    }

    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F';

    private static void TrimEndSpaces(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
    }
}
