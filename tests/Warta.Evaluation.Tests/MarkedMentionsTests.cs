using Warta.Evaluation.Events;

namespace Warta.Evaluation.Tests;

public sealed class MarkedMentionsTests
{
    [Fact]
    public void Markup_becomes_plain_text_and_entities_at_its_offsets()
    {
        var (text, entities) = MarkedMentions.Parse("The [Japanese foreign minister|JPNGOV] met [Seoul|KORGOV] officials.");
        Assert.Equal("The Japanese foreign minister met Seoul officials.", text);
        Assert.Equal(["JPNGOV", "KORGOV"], entities.Select(e => e.Actor));
        Assert.Equal("Japanese foreign minister", text[entities[0].Start..entities[0].End]);
        Assert.Equal("Seoul", text[entities[1].Start..entities[1].End]);
    }

    [Fact]
    public void A_bracket_without_code_is_an_error_naming_the_text()
    {
        var e = Assert.Throws<InvalidDataException>(() => MarkedMentions.Parse("A [broken] line"));
        Assert.Contains("A [broken] line", e.Message);
    }

    [Fact]
    public void Every_marked_line_of_the_english_set_strips_to_its_text()
    {
        var gold = EventGoldFile.ReadEnglish(Path.Combine(RepoRootForTests(), "eval", "events", "en-dev.tsv"));
        Assert.True(gold.Count >= 100);
        Assert.All(gold, g => Assert.Equal(g.Text, MarkedMentions.Parse(g.Marked!).Text));
    }

    private static string RepoRootForTests() =>
        RepoLocator.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("repository root not found above the test binaries");
}
