using System.Text;
using Warta.Core;

namespace Warta.Corpora;

/// <summary>
/// Joins tokens back into running text the way news prints them, returning each token's span.
/// Straight double quotes alternate between opening (space before, none after) and closing.
/// </summary>
public static class Detokenizer
{
    private static bool NoSpaceBefore(string t) =>
        t is "," or "." or ")" or "]" or "}" or "!" or "?" or ":" or ";" or "%" or "..." or "”" or "’" or "'s";

    private static bool NoSpaceAfter(string t) => t is "(" or "[" or "{" or "“" or "‘";

    public static IReadOnlyList<TextSpan> Append(StringBuilder sb, IReadOnlyList<string> tokens)
    {
        var spans = new List<TextSpan>(tokens.Count);
        bool quoteOpen = false;
        bool glueNext = true; // no space before the first token
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            bool glue = glueNext || NoSpaceBefore(t);
            if (t == "\"")
            {
                glue = glueNext || quoteOpen; // a closing quote hugs the previous token
            }
            else if (t == "/" && i > 0 && i + 1 < tokens.Count && IsNumber(tokens[i - 1]) && IsNumber(tokens[i + 1]))
            {
                glue = true;
            }
            else if (i > 0 && tokens[i - 1] == "/" && i > 1 && IsNumber(tokens[i - 2]) && IsNumber(t))
            {
                glue = true;
            }
            if (!glue && sb.Length > 0) sb.Append(' ');
            int start = sb.Length;
            sb.Append(t);
            spans.Add(new TextSpan(start, sb.Length));
            glueNext = NoSpaceAfter(t);
            if (t == "\"")
            {
                glueNext = !quoteOpen; // after an opening quote, no space
                quoteOpen = !quoteOpen;
            }
        }
        return spans;
    }

    private static bool IsNumber(string t) => t.Length > 0 && t.All(char.IsDigit);
}
