using Warta.Core;
using Warta.Events.Coding;
using Warta.Events.Language;
using Warta.Events.Learned;
using Warta.Events.Ontology;

namespace Warta.Events.Tests;

/// <summary>
/// The learned trigger proposer on a hand-written toy gold (invented sentences) and the SMALL test dictionary, which does
/// not know "membekuk" (to nab): trained on three arrests and some candidate words that are no trigger, the model reads
/// "membekuk" in a new sentence as root 17 and the coder then codes the arrest; without a model file nothing changes.
/// </summary>
public sealed class LearnedTriggerTests
{
    private static readonly DateOnly Day = new(2021, 10, 21);

    private static readonly (string Sentence, string? Trigger, int Root)[] ToyGold =
    [
        ("[Polisi|IDNCOP] membekuk [dua pencuri|IDNCRM] di pasar.", "membekuk", 17),
        ("[Polisi|IDNCOP] membekuk [seorang pengedar|IDNCRM] semalam.", "membekuk", 17),
        ("[Tim Densus|IDNCOP] membekuk [tiga terduga teroris|IDNCRM] di Solo.", "membekuk", 17),
        ("[Polisi|IDNCOP] mendatangi rumah warga di desa itu.", null, 0),
        ("[Warga|IDNCVL] berkumpul di lapangan sejak pagi.", null, 0),
        ("Hujan deras membasahi jalanan kota.", null, 0),
        ("[Petugas|IDNCOP] memeriksa kendaraan yang melintas.", null, 0),
    ];

    private static EventLanguage TestLanguage(CameoOntology ontology) => EventLanguage.Load("id", TestPaths.TestData("id", "events"), ontology);

    private static CameoOntology Ontology() =>
        CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv"));

    private static TriggerCandidates Candidates(EventLanguage l) => new(l.Patterns, l.Grammar, l.Morphology);

    /// <summary>Every candidate word of the toy gold with its label: the gold trigger's root, else O.</summary>
    private static List<TriggerExample> Examples(TriggerCandidates candidates)
    {
        var examples = new List<TriggerExample>();
        foreach (var (sentence, trigger, root) in ToyGold)
        {
            var view = new SentenceView(MarkedText.Build([sentence], "id", Day), 0);
            for (int i = 0; i < view.Count; i++)
                if (candidates.KindOf(view, i) is var (kind, voice))
                    examples.Add(new TriggerExample(candidates.Features(view, i, kind, voice), view[i] == trigger ? root : 0));
        }
        return examples;
    }

    private static EventStage Stage(CameoOntology ontology, EventLanguage language) => new(ontology, [language]);

    private static List<string> Events(EventStage stage, string sentence)
    {
        var doc = MarkedText.Build([sentence], "id", Day);
        stage.Process(doc);
        return doc.Events.Select(e => $"{e.Source} {e.Target ?? "-"} {e.Code} {e.Trigger}").ToList();
    }

    [Fact]
    public void The_toy_gold_has_the_trigger_as_a_candidate_the_dictionary_does_not_know()
    {
        var language = TestLanguage(Ontology());
        Assert.False(language.Patterns.IsTriggerWord("membekuk"));
        var examples = Examples(Candidates(language));
        Assert.Equal(3, examples.Count(e => e.Label == 17));
        Assert.True(examples.Count(e => e.Label == 0) >= 4, "the non-trigger verbs are candidates labelled O");
    }

    [Fact]
    public void A_model_trained_on_the_toy_gold_proposes_the_trigger_and_the_coder_codes_it()
    {
        var ontology = Ontology();
        var language = TestLanguage(ontology);
        var model = new TriggerTrainer(epochs: 5).Train(Examples(Candidates(language)), threshold: 0f);
        const string unseen = "[Aparat|IDNCOP] membekuk [empat perampok|IDNCRM] kemarin.";

        Assert.Empty(Events(Stage(ontology, language), unseen));
        Assert.Equal(["IDNCOP IDNCRM 170 membekuk"], Events(Stage(ontology, language.WithTriggerModel(model)), unseen));
        // a verb learned as no trigger, in the context it was seen in, stays none
        Assert.Empty(Events(Stage(ontology, language.WithTriggerModel(model)), "[Polisi|IDNCOP] mendatangi rumah warga kemarin."));
        // a threshold above every margin switches the model off
        Assert.Empty(Events(Stage(ontology, language.WithTriggerModel(model.WithThreshold(1e6f))), unseen));
    }

    [Fact]
    public void The_model_file_round_trips_and_a_missing_file_means_no_model()
    {
        var language = TestLanguage(Ontology());
        var candidates = Candidates(language);
        var model = new TriggerTrainer(epochs: 5).Train(Examples(candidates), threshold: 1.5f);
        var folder = Directory.CreateTempSubdirectory("warta-trigger-model-");
        try
        {
            Assert.Null(TriggerModel.LoadIfPresent(folder.FullName));
            Assert.Null(language.TriggerModel); // the test dictionary folder has no model file: the coder is as before
            var path = Path.Combine(folder.FullName, TriggerModel.FileName);
            model.Save(path, ["toy model of LearnedTriggerTests"]);
            var loaded = TriggerModel.LoadIfPresent(folder.FullName)!;
            Assert.Equal(1.5f, loaded.Threshold);
            Assert.Equal(model.FeatureCount, loaded.FeatureCount);
            var view = new SentenceView(MarkedText.Build(["[Aparat|IDNCOP] membekuk [empat perampok|IDNCRM] kemarin."], "id", Day), 0);
            var (kind, voice) = candidates.KindOf(view, 1)!.Value;
            var features = candidates.Features(view, 1, kind, voice);
            Assert.Equal(model.Best(features), loaded.Best(features));
            Assert.Equal("17", loaded.Propose(features));
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public void A_malformed_model_line_names_the_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# header\nthreshold\t1\nw=membekuk\t99\t0.5\n");
            var e = Assert.Throws<InvalidDataException>(() => TriggerModel.Load(path));
            Assert.Contains(":3:", e.Message);
        }
        finally { File.Delete(path); }
    }
}
