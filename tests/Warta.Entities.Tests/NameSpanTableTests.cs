using Warta.Core;

namespace Warta.Entities.Tests;

/// <summary>The gazetteer and the entity memory keep "is a name" and "starts a longer name" in one table: a prefix that
/// is no name, a name that is no prefix and a name that is both must each keep their own answer.</summary>
public class NameSpanTableTests
{
    private static ulong Combined(string name) =>
        name.Split(' ').Aggregate(0UL, (h, w) => TokenHash.Combine(h, TokenHash.Lower(w)));

    [Fact]
    public void Gazetteer_spans_tell_names_prefixes_and_types_apart()
    {
        var lexicon = new NerLexicon([], [("kota raya baru", EntityType.LOC), ("kota", EntityType.ORG), ("dewi sari", EntityType.PER)]);
        Assert.Equal(NerLexicon.SpanPrefix | NerLexicon.SpanName | (byte)EntityType.ORG, lexicon.SpanAt(Combined("kota")));
        Assert.Equal(NerLexicon.SpanPrefix, lexicon.SpanAt(Combined("kota raya")));
        Assert.Equal(NerLexicon.SpanName | (byte)EntityType.LOC, lexicon.SpanAt(Combined("kota raya baru")));
        // PER is type 0: the name bit, not the type, says it is a name
        Assert.Equal(NerLexicon.SpanName | (byte)EntityType.PER, lexicon.SpanAt(Combined("dewi sari")));
        Assert.Equal(NerLexicon.SpanPrefix, lexicon.SpanAt(Combined("dewi")));
        Assert.Equal(0, lexicon.SpanAt(Combined("sari")));
        // the same answers as the separate look-ups
        Assert.True(lexicon.TryGetName(Combined("dewi sari"), out var t) && t == EntityType.PER);
        Assert.True(lexicon.IsNamePrefix(Combined("kota raya")) && !lexicon.TryGetName(Combined("kota raya"), out _));
    }

    [Fact]
    public void Memory_marks_a_long_name_through_a_prefix_that_is_no_name()
    {
        var memory = new EntityMemory([("kota raya baru", EntityType.LOC), ("dewi", EntityType.PER)]);
        var lower = "Dewi ke Kota Raya Baru lalu Kota Raya".Split(' ').Select(w => TokenHash.Lower(w)).ToArray();
        var codes = new byte[lower.Length];
        memory.Mark(lower, codes);
        // PER mask 1 → 3 (first word); LOC mask 4 → 9 (first), 10 (later); "Kota Raya" alone is no name
        Assert.Equal(new byte[] { 3, 0, 9, 10, 10, 0, 0, 0 }, codes);
    }
}
