using Warta.Core;

namespace Warta.Actors;

/// <summary>Overlap tests over span and entity lists, as loops: the rules run them at many words of every document,
/// and a lambda capturing the word's span (<c>taken.Any(t => t.Overlaps(span))</c>) cost an allocation at every
/// word of the loop it sat in, used or not.</summary>
internal static class SpanChecks
{
    public static bool OverlapsAny(List<TextSpan> spans, TextSpan span)
    {
        foreach (var t in spans)
            if (t.Overlaps(span)) return true;
        return false;
    }

    /// <summary>Some span overlaps <paramref name="span"/> without lying inside it.</summary>
    public static bool OverlapsAnyNotInside(List<TextSpan> spans, TextSpan span)
    {
        foreach (var t in spans)
            if (t.Overlaps(span) && !span.Contains(t)) return true;
        return false;
    }

    public static bool OverlapsAnyEntity(List<Entity> entities, TextSpan span)
    {
        foreach (var e in entities)
            if (e.Span.Overlaps(span)) return true;
        return false;
    }
}
