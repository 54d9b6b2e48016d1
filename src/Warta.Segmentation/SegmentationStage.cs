using Warta.Core;

namespace Warta.Segmentation;

/// <summary>
/// Splits the text into tokens and sentences.
/// PROVISIONAL: whitespace/punctuation tokens and sentence ends at . ! ? followed by space and a capital,
/// plus paragraph breaks. To be replaced by the full rule-based segmenter.
/// </summary>
public sealed class SegmentationStage : IStage
{
    public string Name => "segmentation";
    public Layer Needs => Layer.Text;
    public Layer Adds => Layer.Tokens | Layer.Sentences;

    public void Process(Document document)
    {
        var text = document.Text;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '.' or ',' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && char.IsDigit(text[i - 1]) == char.IsDigit(text[i + 1])))) i++;
                document.Tokens.Add(new Token(start, i, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
            }
            else
            {
                i++;
                document.Tokens.Add(new Token(start, i, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            }
        }
        int first = 0;
        for (int t = 0; t < document.Tokens.Count; t++)
        {
            var tok = document.Tokens[t];
            bool last = t == document.Tokens.Count - 1;
            bool paragraphEnd = !last && text.AsSpan(tok.End, document.Tokens[t + 1].Start - tok.End).Contains('\n');
            bool terminal = tok.Kind == TokenKind.Punctuation && text[tok.Start] is '.' or '!' or '?'
                && !last && char.IsUpper(text[document.Tokens[t + 1].Start]);
            if (last || paragraphEnd || terminal)
            {
                document.Sentences.Add(new Sentence(document.Tokens[first].Start, tok.End, first, t - first + 1));
                first = t + 1;
            }
        }
    }
}
