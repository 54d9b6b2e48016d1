namespace Warta.Core;

/// <summary>The lower-case text of every token of a document (invariant culture), made once per document and shared
/// by the stages that read words (quotes, events): each made its own copy of every token before. Read-only for its
/// users; made after segmentation, which no later stage changes.</summary>
public static class TokenText
{
    private const string LowerKey = "core:tokens:lower";

    /// <summary>One-character ASCII strings, lower-cased: punctuation and single letters are a sixth of all tokens,
    /// and need no string of their own.</summary>
    private static readonly string[] AsciiLower = Enumerable.Range(0, 128).Select(c => char.ToLowerInvariant((char)c).ToString()).ToArray();

    public static string[] Lower(Document document) => document.Derived(LowerKey, static d =>
    {
        var lower = new string[d.Tokens.Count];
        for (int i = 0; i < lower.Length; i++) lower[i] = LowerOf(d.Text, d.Tokens[i].Start, d.Tokens[i].End - d.Tokens[i].Start);
        return lower;
    });

    /// <summary><c>text.Substring(start, length).ToLowerInvariant()</c> in one string (the substring of a capitalized
    /// word was a second one).</summary>
    public static string LowerOf(string text, int start, int length)
    {
        if (length == 1 && text[start] < 128) return AsciiLower[text[start]];
        return string.Create(length, (text, start), static (span, s) => s.text.AsSpan(s.start, span.Length).ToLowerInvariant(span));
    }
}
