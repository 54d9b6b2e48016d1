namespace Warta.Actors.Tests;

/// <summary>
/// The real agents table (data/actors/agents.tsv, section "session 19, people"): the spelled-out forms of ranks and titles the
/// table has as abbreviations give the same role ("Komisaris Besar" as "Kombes", "Sekretaris Daerah" as "Sekda"), and the
/// ranks shared by police and army, or that are common words, give none.
/// </summary>
public class SpelledRankDataTests
{
    private static Lazy<ActorDictionary> Real => TestData.RealDictionary;

    [Theory]
    [InlineData("kata Komisaris Besar Yusri Yunus", "Komisaris Besar", "COP")]
    [InlineData("tewas dianiaya, Brigadir Dua Mohammad Adam", "Brigadir Dua", "COP")]
    [InlineData("termasuk Sekretaris Daerah Papua Hery Dosinaen", "Sekretaris Daerah", "GOV")]
    [InlineData("Direktur Jenderal Bina Marga Arie Setiadi", "Direktur Jenderal", "GOV")]
    [InlineData("Kepala Kejaksaan Tinggi Kaltim Fadil Zumhana", "Kepala Kejaksaan Tinggi", "JUD")]
    [InlineData("Pangdam IX Mayor Jenderal TNI Komaruddin", "Mayor Jenderal", "MIL")]
    [InlineData("kata Uskup Agung Jakarta Ignatius Suharyo", "Uskup Agung", "REL")]
    public void A_spelled_out_rank_or_title_gives_the_role_of_its_abbreviation(string text, string words, string role)
    {
        var words0 = WordScanner.Scan(text);
        var agents = Real.Value.Names.FindAll(words0, language: "id")
            .Where(m => string.Join(' ', words0.Skip(m.First).Take(m.Count).Select(w => w.Key)) == WordScanner.Fold(words))
            .SelectMany(m => m.Targets.OfType<AgentTarget>()).ToList();
        Assert.Contains(agents, a => a.Agent.Role == role);
    }

    [Theory]
    [InlineData("Brigadir Jenderal Ahmad Yani")]
    [InlineData("Laksamana Sukardi")]
    [InlineData("Komisaris Utama Budi Santoso")]
    public void Shared_or_common_word_ranks_give_no_role(string text)
    {
        var found = Real.Value.Names.FindAll(WordScanner.Scan(text), language: "id");
        Assert.DoesNotContain(found, m => m.First == 0 && m.Targets.OfType<AgentTarget>().Any());
    }
}
