using Warta.Core;
using Warta.Segmentation;

namespace Warta.Actors.Tests;

/// <summary>
/// English generic agents of the REAL dictionary (data/actors/agents.tsv, including the rows imported from
/// PETRARCH2's Phoenix.agents.txt): a demonym and a role noun the wire services use make a coded actor, with
/// no NER entities given (the actor stage finds generic agents itself).
/// </summary>
public class EnglishAgentTests
{
    private static Lazy<ActorDictionary> RealDictionary => TestData.RealDictionary;

    private static Document Analyze(string text)
    {
        var doc = new Article("english-agents") { Paragraphs = [text], Language = "en" }.ToDocument();
        doc.Language = "en";
        SegmentationStage.Load(Path.Combine(TestData.RepoRoot, "data")).Process(doc);
        doc.MarkAdded(Layer.Language | Layer.Tokens | Layer.Sentences | Layer.Entities);
        new Pipeline([new ActorStage(RealDictionary.Value), new CoreferenceStage(RealDictionary.Value)], doc.Layers).Run(doc);
        return doc;
    }

    [Theory]
    [InlineData("Somali pirates hijacked a Greek tanker.", "Somali pirates", "SOMCRM")]
    // round 12 (en12): a lower-case agent noun modifying the agent (cue compound-agent-modifiers) leaves the place before both theirs
    [InlineData("Britain imposed sanctions on two former Sri Lankan army commanders.", "Sri Lankan army commanders", "LKAMIL")]
    [InlineData("Poland protested against a flight by Belarusian military helicopters.", "Belarusian military helicopters", "BLRMIL")]
    [InlineData("Pakistani security forces killed five insurgents.", "Pakistani security forces", "PAKCOP")]
    [InlineData("Sudanese paramilitary forces attacked a refugee camp.", "Sudanese paramilitary forces", "SDNMIL")]
    [InlineData("Ukrainian forces shelled the town.", "Ukrainian forces", "UKRMIL")]
    [InlineData("Libyan militiamen kidnapped two workers.", "Libyan militiamen", "LBYUAF")]
    [InlineData("Tunisian smugglers were arrested at the border.", "Tunisian smugglers", "TUNCRM")]
    [InlineData("Nepali monks marched through the capital.", "Nepali monks", "NPLREL")]
    // round 3 (2026-11-27): modifiers between, military rulers, peoples, imported IGOs and parties
    [InlineData("Chinese electric-car makers cut their prices.", "Chinese electric-car makers", "CHNBUS")]
    [InlineData("Kenya's top court overturned the ruling.", "Kenya's top court", "KENJUD")]
    [InlineData("Mali's military authorities allowed the flights.", "Mali's military authorities", "MLIGOV")]
    [InlineData("Haitians fled across the border.", "Haitians", "HTICVL")]
    [InlineData("The East African Community urged calm.", "East African Community", "IGOEAFEAC")]
    [InlineData("The Awami League called a strike.", "Awami League", "BGDPTY")]
    [InlineData("UN Secretary-General Antonio Guterres urged restraint.", "Antonio Guterres", "IGOUNO")]
    // round 5 (2026-11-27): singulars, state services, imported militant groups, conflict towns, appositions
    [InlineData("A Qatari official said talks would resume.", "Qatari official", "QATGOV")]
    [InlineData("Argentine customs officers seized the plane.", "Argentine customs officers", "ARGGOV")]
    [InlineData("Gabon's military leaders promised elections.", "Gabon's military leaders", "GABGOV")]
    [InlineData("The EZLN attacked a village.", "EZLN", "MEXREB")]
    [InlineData("Cartel gunmen killed five people in Irapuato.", "gunmen", "MEXCRM")]
    [InlineData("Codelco, Chile's state copper company, signed a deal.", "Codelco", "CHLBUS")]
    [InlineData("Congo's army retook the town.", "Congo's army", "CODMIL")]
    [InlineData("Anglo-Australian miner Rio Tinto signed a deal.", "Rio Tinto", "GBRBUS")]
    // round 6b (en12): planters are plantation businesses; an Indonesian place that is an English word is no place in English
    [InlineData("Thai rubber planters blocked a highway.", "Thai rubber planters", "THABUS")]
    [InlineData("Metro drivers in Lima stopped work.", "drivers", "PERLAB")]
    [InlineData("Kenya's foreign ministry criticised the Ugandan decision to close the border.", "Ugandan", "UGAGOV")]
    [InlineData("Ghanaian street vendors blocked the market road.", "Ghanaian street vendors", "GHACVL")]
    [InlineData("Chadian troops guarded Central African election officials in Bangui.", "Central African election officials", "CAFGOV")]
    public void Demonym_and_role_noun_make_a_coded_agent(string text, string mention, string code)
    {
        var doc = Analyze(text);
        var found = doc.Entities.Where(e => doc[e.Span] == mention).Select(e => e.Actor).ToList();
        Assert.True(found.Contains(code), $"'{mention}' in '{text}': got [{string.Join(", ", found)}], entities: " +
            string.Join("; ", doc.Entities.Select(e => $"{doc[e.Span]}={e.Actor}")));
    }

    [Theory]
    [InlineData("Israeli soldiers raided a village near Jenin.", "village")]
    [InlineData("The court sentenced him to ten years in prison.", "prison")]
    public void Places_are_no_agents(string text, string word)
    {
        var doc = Analyze(text);
        Assert.DoesNotContain(doc.Entities, e => doc[e.Span] == word && e.Actor is not null);
    }

    [Fact]
    public void A_known_organisation_the_ner_took_for_a_person_is_an_organisation()
    {
        const string text = "Boko Haram said it had abducted the farmers.";
        var doc = new Article("english-retype") { Paragraphs = [text], Language = "en" }.ToDocument();
        doc.Language = "en";
        SegmentationStage.Load(Path.Combine(TestData.RepoRoot, "data")).Process(doc);
        doc.Entities.Add(new Entity(0, "Boko Haram".Length, EntityType.PER));
        doc.MarkAdded(Layer.Language | Layer.Tokens | Layer.Sentences | Layer.Entities);
        new Pipeline([new ActorStage(RealDictionary.Value)], doc.Layers).Run(doc);
        var bokoHaram = Assert.Single(doc.Entities, e => e.Start == 0);
        Assert.Equal(EntityType.ORG, bokoHaram.Type);
        Assert.Equal("NGAREB", bokoHaram.Actor);
    }
}
