using System.Text;
using Warta.Core;

namespace Warta.Events.Tests;

/// <summary>
/// Builds a Document by hand from marked-up text, so the coder is tested without upstream stages:
/// <c>[Rusia|RUS]</c> is an entity with actor RUS (<c>[Retno|IDNGOV|PER]</c> sets its type, ORG by default; <c>[kedua negara|~|MISC]</c>
/// a nominal with no actor), <c>{Senin (18/10)|2021-10-18}</c> a DATE expression.
/// Each line is one sentence (and paragraph); words and punctuation become tokens.
/// </summary>
public static class MarkedText
{
    public static Document Build(IEnumerable<string> lines, string language, DateOnly? published = null)
    {
        var text = new StringBuilder();
        var entities = new List<Entity>();
        var times = new List<TimeExpression>();
        var sentenceSpans = new List<(int, int)>();
        foreach (var line in lines)
        {
            if (text.Length > 0) text.Append("\n\n");
            int sentenceStart = text.Length;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (c is '[' or '{')
                {
                    int close = line.IndexOf(c == '[' ? ']' : '}', i);
                    var parts = line[(i + 1)..close].Split('|');
                    int start = text.Length;
                    text.Append(parts[0]);
                    var type = parts.Length > 2 ? Enum.Parse<EntityType>(parts[2]) : EntityType.ORG;
                    // "~": a nominal that names no actor of its own ("kedua negara", added by the coreference stage);
                    // "?": a name the actor dictionary does not know (an entity without actor)
                    if (c == '[') entities.Add(new Entity(start, text.Length, type) { Actor = parts[1] is "~" or "?" ? null : parts[1], IsNominal = parts[1] == "~" });
                    else times.Add(new TimeExpression(start, text.Length, TimeType.DATE, parts[1]));
                    i = close;
                }
                else text.Append(c);
            }
            sentenceSpans.Add((sentenceStart, text.Length));
        }
        var doc = new Document(text.ToString(), "test") { Published = published };
        doc.Language = language;
        foreach (var (s, e) in sentenceSpans)
        {
            int first = doc.Tokens.Count;
            Tokenize(doc, s, e);
            doc.Sentences.Add(new Sentence(s, e, first, doc.Tokens.Count - first));
        }
        doc.Entities.AddRange(entities);
        doc.Times.AddRange(times);
        return doc;
    }

    private static void Tokenize(Document doc, int from, int to)
    {
        var t = doc.Text;
        int i = from;
        while (i < to)
        {
            if (char.IsWhiteSpace(t[i])) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(t[i]))
            {
                while (i < to && (char.IsLetterOrDigit(t[i]) || t[i] is '-' or '/' && i + 1 < to && char.IsLetterOrDigit(t[i + 1]))) i++;
                doc.Tokens.Add(new Token(start, i, char.IsDigit(t[start]) ? TokenKind.Number : TokenKind.Word));
            }
            else
            {
                // English possessive 's stays one token, as most segmenters do
                if (t[i] is '\'' or '’' && i + 1 < to && t[i + 1] == 's') i++;
                i++;
                doc.Tokens.Add(new Token(start, i, TokenKind.Punctuation));
            }
        }
    }
}
