using Warta.Core;

namespace Warta.Entities.Tests;

public class EntityMemoryTests
{
    private static TaggedSentence Sentence(int fold, string text, params string[] tags) =>
        new(text.Split(' '), TestData.Tags(tags)) { Fold = fold };

    private static byte[] Codes(EntityMemory memory, string text)
    {
        var lower = text.Split(' ').Select(w => TokenHash.Lower(w)).ToArray();
        var codes = new byte[lower.Length];
        memory.Mark(lower, codes);
        return codes;
    }

    [Fact]
    public void Names_of_gold_entities_are_lower_cased_with_their_type()
    {
        var names = EntityMemory.NamesOf([Sentence(0, "Dewi tiba di Kota Raya", "B-PER", "O", "O", "B-LOC", "I-LOC")]).ToList();
        Assert.Equal([("dewi", EntityType.PER), ("kota raya", EntityType.LOC)], names);
    }

    [Fact]
    public void Marks_the_longest_match_with_type_mask_and_position()
    {
        var memory = new EntityMemory([("kota raya", EntityType.LOC), ("kota", EntityType.ORG), ("dewi", EntityType.PER), ("dewi", EntityType.LOC)]);
        // LOC mask 4 → 1 + 8 = 9 (first), 10 (later); PER|LOC mask 5 → 11.
        Assert.Equal(new byte[] { 11, 0, 0, 9, 10, 0 }, Codes(memory, "Dewi tiba di Kota RAYA ."));
        Assert.Equal(new byte[] { 5, 0 }, Codes(memory, "kota lain"));
    }

    [Fact]
    public void Jackknife_memories_leave_out_their_own_fold()
    {
        var sentences = new[]
        {
            Sentence(0, "Dewi datang", "B-PER", "O"),
            Sentence(1, "Budi datang", "B-PER", "O"),
            Sentence(2, "Dewi pergi", "B-PER", "O"),
        };
        var memories = EntityMemory.Jackknife(sentences, 3);
        Assert.Equal(0, Codes(memories[1], "Budi")[0]);
        Assert.NotEqual(0, Codes(memories[0], "Budi")[0]);
        Assert.NotEqual(0, Codes(memories[0], "Dewi")[0]); // fold 2 still has Dewi
    }

    [Fact]
    public void Saved_list_loads_back_sorted_and_rejects_bad_lines()
    {
        var path = Path.GetTempFileName();
        try
        {
            EntityMemory.Save(path, ["test header"], [("kota raya", EntityType.LOC), ("dewi", EntityType.PER), ("dewi", EntityType.PER)], ["pansel"]);
            var lines = File.ReadAllLines(path);
            Assert.Equal(["# test header", "dewi\tPER", "kota raya\tLOC", "pansel\tO"], lines);
            var loaded = EntityMemory.Load(path);
            Assert.Equal((2, 1), (loaded.Count, loaded.OutsideCount));
            File.AppendAllText(path, "budi\tPERSON\n");
            var e = Assert.Throws<InvalidDataException>(() => EntityMemory.Load(path));
            Assert.Contains("budi", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Words_remember_their_tags_and_capitalised_use_outside_names()
    {
        var sentences = new[] { Sentence(0, "Warga Tanah Air menyambut Dewi Kartika", "O", "O", "O", "O", "B-PER", "I-PER") };
        var memory = new EntityMemory(EntityMemory.NamesOf(sentences), EntityMemory.OutsideOf(sentences));
        Assert.Equal(EntityMemory.Outside, memory.WordTags(TokenHash.Lower("tanah")));
        Assert.Equal(EntityMemory.Outside, memory.WordTags(TokenHash.Lower("AIR")));
        Assert.Equal(0, memory.WordTags(TokenHash.Lower("warga"))); // sentence-initial: no evidence
        Assert.Equal(0, memory.WordTags(TokenHash.Lower("menyambut")));
        Assert.Equal(1 << (NerTags.Begin(EntityType.PER) - 1), memory.WordTags(TokenHash.Lower("dewi")));
        Assert.Equal(1 << (NerTags.Inside(EntityType.PER) - 1), memory.WordTags(TokenHash.Lower("kartika")));
    }

    [Fact]
    public void Memory_features_change_the_tagging_features()
    {
        var lexicon = NerLexicon.Empty;
        var plain = new NerFeatures(lexicon, 16);
        var remembered = new NerFeatures(lexicon, 16, new EntityMemory([("sukamaju", EntityType.LOC)]));
        var (text, spans) = TokenTaggerExtensions.Layout(["ke", "Sukamaju"]);
        var a = new int[2 * NerFeatures.Templates];
        var b = new int[2 * NerFeatures.Templates];
        plain.Extract(text, spans, a);
        remembered.Extract(text, spans, b);
        Assert.NotEqual(a, b);
    }
}
