namespace Warta.Core;

/// <summary>The lower-case text of every token of a document (invariant culture), made once per document and shared
/// by the stages that read words (quotes, events): each made its own copy of every token before. Read-only for its
/// users; made after segmentation, which no later stage changes.</summary>
public static class TokenText
{
    private const string LowerKey = "core:tokens:lower";

    public static string[] Lower(Document document) => document.Derived(LowerKey, static d =>
    {
        var lower = new string[d.Tokens.Count];
        for (int i = 0; i < lower.Length; i++) lower[i] = d.Text.Substring(d.Tokens[i].Start, d.Tokens[i].End - d.Tokens[i].Start).ToLowerInvariant();
        return lower;
    });
}
