using Warta.Events.Discourse;
using Warta.Events.Language;
using Warta.Events.Ontology;

namespace Warta.Events.Tests;

/// <summary>The off-topic article test with a small test word list (not data/id/events/off-topic.tsv).</summary>
public sealed class OffTopicTests
{
    private static readonly OffTopic Test = new(new EventGrammar(new Dictionary<string, IEnumerable<string>>
    {
        ["min-cues"] = ["4"],
        ["cue-ratio"] = ["2"],
        ["keep-roles"] = ["GOV", "COP", "JUD"],
        ["sport"] = ["gol", "laga", "klub", "pelatih", "bulu tangkis"],
        ["entertainment"] = ["film", "konser"],
    }));

    private static EventStage StageWith(OffTopic offTopic)
    {
        var ontology = CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv"));
        var id = EventLanguage.Load("id", TestPaths.TestData("id", "events"), ontology);
        return new EventStage(ontology, [new EventLanguage(id.Code, id.Patterns, id.Grammar, id.Morphology) { OffTopic = offTopic }]);
    }

    private static readonly string[] Sport =
    [
        "Pelatih klub itu memuji gol kedua dalam laga semalam.",
        "[Klub Madrid|ESPBUS] memukul [klub Milan|ITABUS] dengan tiga gol pada laga final bulu tangkis dan konser.",
        "[Polisi|IDNCOP] menangkap [penonton|IDNCVL] yang memukul pelatih.",
    ];

    [Fact]
    public void Many_cue_words_and_few_institutions_make_an_article_off_topic()
    {
        var doc = MarkedText.Build(Sport, "id");
        // gol ×2, laga ×2, pelatih ×2, klub ×3 (two inside actor names count too), bulu tangkis (one phrase), konser
        Assert.Equal(11, Test.CueCount(doc));
        Assert.Equal(1, Test.InstitutionalMentions(doc));
        Assert.True(Test.IsOffTopic(doc));
    }

    [Fact]
    public void Political_news_with_a_few_cue_words_is_not_off_topic()
    {
        var doc = MarkedText.Build([
            "[Presiden|IDNGOV] menemui [Kapolri|IDNCOP] dan [Jaksa Agung|IDNJUD] usai laga persahabatan.",
            "[Polisi|IDNCOP] menangkap [pelaku|IDNCVL] di dekat stadion klub itu.",
        ], "id");
        Assert.False(Test.IsOffTopic(doc));
    }

    [Fact]
    public void In_an_off_topic_article_only_institutions_acts_are_kept()
    {
        var doc = MarkedText.Build(Sport, "id");
        StageWith(Test).Process(doc);
        // the clubs' "memukul" is a sporting win, the police arrest stays
        Assert.Equal(["IDNCOP IDNCVL 173"], doc.Events.Select(e => $"{e.Source} {e.Target} {e.Code}"));
    }

    // the same words with a lower count for articles that name no institution (min-cues-alone)
    private static readonly OffTopic WithAlone = new(new EventGrammar(new Dictionary<string, IEnumerable<string>>
    {
        ["min-cues"] = ["4"],
        ["cue-ratio"] = ["2"],
        ["min-cues-alone"] = ["2"],
        ["keep-roles"] = ["GOV", "COP", "JUD"],
        ["sport"] = ["gol", "laga", "klub", "pelatih", "bulu tangkis"],
        ["entertainment"] = ["film", "konser"],
    }));

    // a short piece on a singer: two cue words, no institution named
    private static readonly string[] Singer =
    [
        "[Penyanyi itu|IDNCVL] memukul [mantan manajernya|IDNCVL] usai konser semalam.",
        "Film barunya tayang pekan depan.",
    ];

    [Fact]
    public void A_short_article_that_names_no_institution_needs_fewer_cue_words()
    {
        var doc = MarkedText.Build(Singer, "id");
        Assert.Equal(2, Test.CueCount(doc));
        Assert.Equal(0, Test.InstitutionalMentions(doc));
        Assert.False(Test.IsOffTopic(doc)); // without min-cues-alone: below min-cues, the private act is coded
        StageWith(Test).Process(doc);
        Assert.Equal(["IDNCVL IDNCVL 182"], doc.Events.Select(e => $"{e.Source} {e.Target} {e.Code}"));
        var again = MarkedText.Build(Singer, "id");
        Assert.True(WithAlone.IsOffTopic(again));
        StageWith(WithAlone).Process(again);
        Assert.Empty(again.Events);
    }

    [Fact]
    public void One_institution_named_keeps_the_ratio_test()
    {
        var doc = MarkedText.Build([
            "[Polisi|IDNCOP] menangkap [penonton|IDNCVL] usai konser semalam.",
            "Film barunya tayang pekan depan.",
        ], "id");
        Assert.Equal(2, WithAlone.CueCount(doc));
        Assert.False(WithAlone.IsOffTopic(doc));
        StageWith(WithAlone).Process(doc);
        Assert.Equal(["IDNCOP IDNCVL 173"], doc.Events.Select(e => $"{e.Source} {e.Target} {e.Code}"));
    }

    [Theory]
    [InlineData("IDNCOP", true)]
    [InlineData("USAJUD", true)]
    [InlineData("IGOUNO", true)]
    [InlineData("IDNCVL", false)]
    [InlineData("ESPBUS", false)]
    [InlineData("IDN", false)]
    public void Institutions_are_the_keep_roles_and_international_organisations(string actor, bool institution) =>
        Assert.Equal(institution, Test.IsInstitution(actor));
}
