using System.Text;
using Warta.Core;

namespace Warta.Evaluation.Events;

/// <summary>
/// Reads the <c>[mention|CODE]</c> markup of the English event set (column 'marked'): the plain text and
/// one ORG entity per mention with its gold actor code, at the mention's offsets in the plain text.
/// </summary>
public static class MarkedMentions
{
    public static (string Text, List<Entity> Entities) Parse(string marked)
    {
        var text = new StringBuilder();
        var entities = new List<Entity>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i] != '[') { text.Append(marked[i]); continue; }
            int close = marked.IndexOf(']', i);
            var inner = close > i ? marked[(i + 1)..close] : "";
            int bar = inner.LastIndexOf('|');
            if (bar <= 0) throw new InvalidDataException($"'{marked}': '[' at {i} does not open a [mention|CODE].");
            int start = text.Length;
            text.Append(inner[..bar]);
            entities.Add(new Entity(start, text.Length, EntityType.ORG) { Actor = inner[(bar + 1)..] });
            i = close;
        }
        return (text.ToString(), entities);
    }
}
