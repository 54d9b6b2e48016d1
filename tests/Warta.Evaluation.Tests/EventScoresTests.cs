using Warta.Core;
using Warta.Evaluation.Events;
using Warta.Events.Ontology;

namespace Warta.Evaluation.Tests;

public sealed class EventScoresTests
{
    private static readonly CameoOntology Ontology = CameoOntology.Load(Path.Combine(Repo.Root, "data", "events", "cameo.tsv"), null);

    private static EventRecord Arrest(int sentence) => new("IDNCOP", "IDNCVL", "173") { Sentence = sentence };

    [Fact]
    public void An_event_retold_in_two_sentences_counts_once_per_article_and_twice_per_sentence()
    {
        var scores = new Scores(Ontology);
        var gold = GoldEvent.Parse("IDNCOP>IDNCVL:17:173", "test");
        // the gold codes the arrest in both sentences; Warta finds it only in the second
        scores.Add([gold], []);
        scores.Add([gold], [Arrest(1)]);
        scores.AddArticle([gold, gold], [Arrest(1)]);
        var output = new StringWriter();
        scores.Print(output, "test", 2);
        var text = output.ToString();
        Assert.Contains("(source, target, root):   P 1.000  R 0.500  F1 0.667  (tp 1, fp 0, fn 1)", text);
        Assert.Contains("per article, distinct (source, target, root) of its annotated sentences (1 articles): P 1.000  R 1.000  F1 1.000", text);
    }

    [Fact]
    public void Per_root_line_scores_each_root_on_its_own()
    {
        var scores = new Scores(Ontology);
        // root 17 found with the right actors, root 11 found with the wrong target, a gold 02 missed
        scores.Add([GoldEvent.Parse("IDNCOP>IDNCVL:17", "t"), GoldEvent.Parse("IDNJUD>IDNLEG:11", "t")],
            [Arrest(0), new EventRecord("IDNJUD", "IDNGOV", "112") { Sentence = 0 }]);
        scores.Add([GoldEvent.Parse("IDNNGO>IDNGOV:02", "t")], []);
        var output = new StringWriter();
        scores.Print(output, "test", 3);
        Assert.Contains("per root, (source, target) F1 [gold events]: 02 0.00 [1]  11 0.00 [1]  17 1.00 [1]", output.ToString());
    }
}
