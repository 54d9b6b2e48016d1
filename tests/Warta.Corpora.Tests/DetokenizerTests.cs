using System.Text;
using Warta.Corpora;

namespace Warta.Corpora.Tests;

public class DetokenizerTests
{
    [Theory]
    [InlineData("Senin|(|27|/|3|)|.", "Senin (27/3).")]
    [InlineData("\"|Tidak|ada|,|\"|ucap|Zulkifli|.", "\"Tidak ada,\" ucap Zulkifli.")]
    [InlineData("kata|dia|:|\"|Ya|\"", "kata dia: \"Ya\"")]
    public void Rebuilds_running_text_and_token_spans(string tokens, string expected)
    {
        var parts = tokens.Split('|');
        var sb = new StringBuilder();
        var spans = Detokenizer.Append(sb, parts);
        Assert.Equal(expected, sb.ToString());
        for (int i = 0; i < parts.Length; i++) Assert.Equal(parts[i], sb.ToString()[spans[i].Start..spans[i].End]);
    }

    [Fact]
    public void Reads_indosum_articles_with_spans_matching_tokens()
    {
        var folder = Path.Combine(RepoRoot(), "..", "shared", "data", "news", "indosum");
        var article = IndoSum.ReadFile(Path.Combine(folder, "dev.01.jsonl"), IndoSum.ReadUrlDates(folder)).First();
        Assert.NotEmpty(article.Sentences);
        var first = article.Sentences[0];
        Assert.Equal("Ketua", article.Text[first.Tokens[0].Start..first.Tokens[0].End]);
        Assert.All(article.Paragraphs, p => Assert.True(p.End > p.Start));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }
}
