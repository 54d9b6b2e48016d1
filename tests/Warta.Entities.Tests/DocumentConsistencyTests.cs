using Warta.Core;

namespace Warta.Entities.Tests;

public class DocumentConsistencyTests
{
    private static List<Entity> Run(string text, params (string Surface, int Occurrence, EntityType Type)[] marks)
    {
        var entities = new List<Entity>();
        foreach (var (surface, occurrence, type) in marks)
        {
            int at = -1;
            for (int k = 0; k <= occurrence; k++) at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            entities.Add(new Entity(at, at + surface.Length, type));
        }
        return DocumentConsistency.Apply(text, entities);
    }

    [Fact]
    public void A_lone_surname_of_a_person_in_the_document_becomes_a_person()
    {
        var result = Run("Dewi Kartika tiba. Pada Senin, Kartika berkata dari Bandung.",
            ("Dewi Kartika", 0, EntityType.PER), ("Kartika", 1, EntityType.LOC), ("Bandung", 0, EntityType.LOC));
        Assert.Equal([EntityType.PER, EntityType.PER, EntityType.LOC], result.Select(e => e.Type));
    }

    [Fact]
    public void Other_types_are_not_spread_and_short_last_words_are_no_surnames()
    {
        var result = Run("Budi S. dari Bank Raya. Raya tutup. S. pergi.",
            ("Budi S.", 0, EntityType.PER), ("Bank Raya", 0, EntityType.ORG), ("Raya", 1, EntityType.LOC), ("S.", 1, EntityType.ORG));
        Assert.Equal([EntityType.PER, EntityType.ORG, EntityType.LOC, EntityType.ORG], result.Select(e => e.Type));
    }

    [Fact]
    public void A_lone_first_or_last_name_after_the_full_name_becomes_a_mention_unless_it_is_also_a_place()
    {
        var result = Run("Argo mulai. Komisaris Argo Yuwono hadir. Argo mengimbau warga. Yuwono pergi ke Ghani. Wali Kota Ghani Jaya datang.",
            ("Argo Yuwono", 0, EntityType.PER), ("Ghani", 0, EntityType.LOC), ("Ghani Jaya", 0, EntityType.PER));
        var text = "Argo mulai. Komisaris Argo Yuwono hadir. Argo mengimbau warga. Yuwono pergi ke Ghani. Wali Kota Ghani Jaya datang.";
        var people = result.Where(e => e.Type == EntityType.PER).Select(e => (text[e.Start..e.End], e.Start)).ToList();
        // the first "Argo" comes before the full name: not a mention; "Ghani" is also tagged a place: never added
        Assert.Equal([("Argo Yuwono", 22), ("Argo", 41), ("Yuwono", 63), ("Ghani Jaya", 96)], people);
        Assert.Equal(5, result.Count);
    }
}
