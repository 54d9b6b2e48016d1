using Warta.Corpora;
using Warta.Evaluation.Times;

namespace Warta.Evaluation.Tests;

/// <summary>Guards the times evaluation: its mechanical expectation, the crawl date, and the hand-made gold file.</summary>
public sealed class TimesEvaluationTests
{
    [Theory]
    [InlineData(21, 10, 4, "2021-10-22", "2021-10-21")]   // Thursday 21/10 the day before
    [InlineData(31, 12, 4, "2021-01-04", "2020-12-31")]   // across the new year
    [InlineData(23, 5, 3, "2017-05-23", null)]            // a Tuesday written as Rabu: a typo
    public void Weekday_expectation_is_the_nearest_matching_date(int day, int month, int weekday, string published, string? expected)
    {
        Assert.Equal(expected, WeekdayEvaluation.Expected(day, month, weekday, DateOnly.Parse(published)));
    }

    [Fact]
    public void Crawl_date_is_read_in_Jakarta_time()
    {
        // 1514768884 = 2018-01-01 01:08 UTC = 2018-01-01 08:08 WIB; 1514746800 = 2017-12-31 19:00 UTC = 2018-01-01 02:00 WIB.
        Assert.Equal(new DateOnly(2018, 1, 1), TimesEvalContext.CrawlDate("1514768884-x"));
        Assert.Equal(new DateOnly(2018, 1, 1), TimesEvalContext.CrawlDate("1514746800-x"));
        Assert.Null(TimesEvalContext.CrawlDate("no-timestamp"));
    }

    [Fact]
    public void Gold_time_rows_point_at_their_words_in_indosum()
    {
        var gold = TimesAnnotationFile.Read(Path.Combine(Repo.Root, "eval", "times", "annotated-dev.tsv"));
        var ids = File.ReadLines(Path.Combine(Repo.Root, "eval", "articles", "annotated-dev.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(44, ids.Count);
        Assert.True(gold.Count >= 250, $"only {gold.Count} gold expressions");
        Assert.All(gold, g => Assert.Contains(g.ArticleId, ids));
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var articles = new Dictionary<string, IndoSumArticle>(StringComparer.Ordinal);
        foreach (var a in IndoSum.ReadFolder(IndoSum.DefaultFolder(Repo.Root))) if (wanted.Contains(a.Id)) articles.TryAdd(a.Id, a);
        foreach (var g in gold)
        {
            var a = articles[g.ArticleId];
            Assert.True(g.Sentence < a.Sentences.Count && g.TokenEnd <= a.Sentences[g.Sentence].Tokens.Count, $"{g.ArticleId} {g.Sentence}:{g.TokenStart}-{g.TokenEnd} is outside the article");
            var words = Enumerable.Range(g.TokenStart, g.TokenEnd - g.TokenStart)
                .Select(t => a.Text.Substring(a.TokenSpan(g.Sentence, t).Start, a.TokenSpan(g.Sentence, t).Length).Trim());
            Assert.Equal(g.Surface, string.Join(' ', words));
        }
    }

    [Fact]
    public void A_malformed_gold_row_names_its_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# header\nid\t0\t3\t2\tDATE\t2017\tx\n");
            var e = Assert.Throws<InvalidDataException>(() => TimesAnnotationFile.Read(path));
            Assert.Contains(":2:", e.Message);
        }
        finally { File.Delete(path); }
    }
}
