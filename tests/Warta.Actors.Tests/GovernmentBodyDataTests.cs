namespace Warta.Actors.Tests;

/// <summary>
/// The real agents table (data/actors/agents.tsv, session 19): government bodies Indonesian news names by an acronym or a
/// head noun — local offices ("Dishub"), state agencies ("KPPU"), regional offices of a ministry ("Kanwil"), the municipal
/// police ("Satpol"), an immigration office — are government agents (GOV), matched whole; invented sentences.
/// </summary>
public class GovernmentBodyDataTests
{
    private static Lazy<ActorDictionary> Real => TestData.RealDictionary;

    private static List<string> AgentRoles(string text) =>
        Real.Value.Names.FindAll(WordScanner.Scan(text), language: "id")
            .SelectMany(m => m.Targets.OfType<AgentTarget>().Select(t => t.Agent.Role)).ToList();

    [Theory]
    [InlineData("Dishub menertibkan parkir liar di pasar")]
    [InlineData("KPPU merekomendasikan tarif bawah dihapus")]
    [InlineData("Kepala Kanwil Kemenkumham Riau menolak permohonan itu")]
    [InlineData("gapura itu dibongkar Satpol kemarin")]
    [InlineData("departemen imigrasi menolak visa mereka")]
    [InlineData("Bapenda menagih pajak kendaraan")]
    public void A_government_body_named_by_acronym_or_head_noun_is_a_government_agent(string text)
    {
        Assert.Contains("GOV", AgentRoles(text));
    }

    [Fact]
    public void An_immigration_office_is_one_mention_not_its_head_word_alone()
    {
        var found = Real.Value.Names.FindAll(WordScanner.Scan("kantor imigrasi menolak visa mereka"), language: "id");
        Assert.Contains(found, m => m.Count == 2 && m.Targets.OfType<AgentTarget>().Any(t => t.Agent.Role == "GOV"));
    }
}
