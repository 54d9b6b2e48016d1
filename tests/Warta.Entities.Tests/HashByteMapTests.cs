using Warta.Entities;

namespace Warta.Entities.Tests;

public class HashByteMapTests
{
    [Fact]
    public void Answers_what_the_dictionary_answers_for_present_and_absent_keys()
    {
        // keys as the tagger makes them (token hashes; at half load many share a home slot and probe), plus zero and all
        // bits set
        var rng = new Random(7);
        var entries = new Dictionary<ulong, byte> { [0] = 3, [ulong.MaxValue] = 9, [1] = 0x80, [2] = 0x41 };
        for (int i = 0; i < 5000; i++) entries[TokenHash.Lower("w" + i)] = (byte)(1 + rng.Next(255));
        var map = new HashByteMap(entries);
        Assert.Equal(entries.Count, map.Count);
        foreach (var (key, value) in entries) Assert.Equal(value, map.GetValueOrDefault(key));
        for (int i = 0; i < 5000; i++)
        {
            ulong absent = TokenHash.Lower("x" + i);
            Assert.Equal(entries.GetValueOrDefault(absent), map.GetValueOrDefault(absent));
        }
    }

    [Fact]
    public void An_empty_map_answers_zero()
    {
        var map = new HashByteMap(new Dictionary<ulong, byte>());
        Assert.Equal(0, map.GetValueOrDefault(0));
        Assert.Equal(0, map.GetValueOrDefault(12345));
    }
}
