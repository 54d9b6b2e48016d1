using Warta.Core;
using Warta.Engine;
using Warta.Quotes;

namespace Warta.Quotes.Tests;

/// <summary>
/// Acceptance on the reference article (../shared/data/seed) with the real data/ lexicons: at least nine
/// statements, every one attributed to Jens Stoltenberg, including the pronoun, parenthetical and direct ones.
/// </summary>
public class SeedAcceptanceTests
{
    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Warta.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("Warta.sln not found above the test folder.");
    }

    private static Document Seed()
    {
        var root = RepoRoot();
        var lines = File.ReadAllLines(Path.Combine(root, "..", "shared", "data", "seed", "000_95742cb04e9718dd.txt"));
        // Title, then metadata number lines, then blank-line separated paragraphs (as the reader lays it out).
        var body = lines.Skip(1).SkipWhile(l => l.Trim().Length == 0 || l.Trim().All(char.IsDigit));
        var paragraphs = string.Join("\n", body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).ToArray();
        var doc = new Article("seed") { Title = lines[0], Paragraphs = paragraphs, Language = "id" }.ToDocument();
        return WartaPipeline.Create(new WartaData(Path.Combine(root, "data"))).Run(doc);
    }

    [Fact]
    public void Nine_or_more_statements_all_by_Stoltenberg()
    {
        var doc = Seed();
        Assert.True(doc.Quotes.Count >= 9, $"only {doc.Quotes.Count} quotes");
        Assert.All(doc.Quotes, q => Assert.Equal("Jens Stoltenberg", q.Speaker));
    }

    [Fact]
    public void Every_statement_carries_the_speakers_actor_code_also_through_pronouns()
    {
        // "Ia menambahkan …", "tambahnya": the pronoun's speaker is Stoltenberg, whose actor code the event
        // coder needs for subjectless acts inside his quotes
        var doc = Seed();
        Assert.All(doc.Quotes, q => Assert.Equal("IGOWSTNAT", q.SpeakerActor));
    }

    [Theory]
    [InlineData("mereka masih memiliki beberapa jalur komunikasi", false)] // Ia menambahkan bahwa …
    [InlineData("akan terus berusaha melangsungkan dialog", false)]       // NATO, menurutnya, …
    [InlineData("Pelajaran yang dipetik dari proses itu", true)]          // “…” tambahnya
    [InlineData("peran paling mendesak bagi NATO", true)]                 // … mengatakan “…”
    public void Finds_the_statement(string words, bool direct)
    {
        var doc = Seed();
        var q = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains(words, StringComparison.Ordinal));
        Assert.Equal(direct, q.Direct);
        Assert.Equal("Jens Stoltenberg", q.Speaker);
    }
}
