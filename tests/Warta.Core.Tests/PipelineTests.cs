using Warta.Core;

namespace Warta.Core.Tests;

public class PipelineTests
{
    private sealed class FakeStage(string name, Layer needs, Layer adds) : IStage
    {
        public string Name => name;
        public Layer Needs => needs;
        public Layer Adds => adds;
        public int Runs { get; private set; }
        public void Process(Document document) => Runs++;
    }

    [Fact]
    public void Rejects_a_stage_placed_before_what_it_needs_and_names_the_fix()
    {
        var tokens = new FakeStage("tokens", Layer.Text, Layer.Tokens | Layer.Sentences);
        var ner = new FakeStage("ner", Layer.Tokens | Layer.Sentences, Layer.Entities);
        var e = Assert.Throws<PipelineOrderException>(() => new Pipeline([ner, tokens]));
        Assert.Contains("'ner'", e.Message);
        Assert.Contains("move 'tokens'", e.Message);
    }

    [Fact]
    public void Rejects_a_need_no_stage_provides()
    {
        var events = new FakeStage("events", Layer.Entities, Layer.Events);
        var e = Assert.Throws<PipelineOrderException>(() => new Pipeline([events]));
        Assert.Contains("add a stage that provides Entities", e.Message);
    }

    [Fact]
    public void Runs_stages_in_order_and_records_their_layers()
    {
        var tokens = new FakeStage("tokens", Layer.Text, Layer.Tokens);
        var ner = new FakeStage("ner", Layer.Tokens, Layer.Entities);
        var pipeline = new Pipeline([tokens, ner]);
        var doc = pipeline.Run(new Document("Halo dunia.", "test"));
        Assert.Equal(1, tokens.Runs);
        Assert.Equal(1, ner.Runs);
        Assert.True(doc.Has(Layer.Tokens | Layer.Entities));
        Assert.Equal(Layer.Text | Layer.Tokens | Layer.Entities, pipeline.Provides);
    }
}
