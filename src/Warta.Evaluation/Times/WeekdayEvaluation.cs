using System.Globalization;
using Warta.Corpora;

namespace Warta.Evaluation.Times;

/// <summary>
/// Dev set 1, built mechanically: every "Hari (d/m)" mention (weekday, "(", day, "/", month, ")") in the
/// IndoSum articles that have a URL date. Its expected value is the date with that day and month whose
/// weekday matches, in the year nearest the URL date and within 330 days of it
/// (<see cref="Warta.Times.TimeResolver.WeekdayDateWindowDays"/>); mentions whose weekday matches no such
/// year are typos in the article (a weekday one off, which only fits the same day a year away), counted
/// and left out. The stage is scored with the
/// URL date given as the publication date, and without it (it must then infer it from the text).
/// </summary>
public sealed class WeekdayEvaluation(TimesEvalContext context, IReadOnlyDictionary<string, int> weekdays)
{
    public sealed record Score(int Articles, int Mentions, int Typos, int CorrectWithDate, int CorrectWithoutDate, int InferredExact,
        int CorrectAtCrawlTime, int InferredExactAtCrawlTime)
    {
        public double AccuracyWithDate => Mentions == 0 ? 0 : (double)CorrectWithDate / Mentions;
        public double AccuracyWithoutDate => Mentions == 0 ? 0 : (double)CorrectWithoutDate / Mentions;
        public double AccuracyAtCrawlTime => Mentions == 0 ? 0 : (double)CorrectAtCrawlTime / Mentions;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"""
            IndoSum folds 1-3, articles with a URL date and at least one 'Hari (d/m)' mention: {Articles}
            mentions scored: {Mentions}   typos excluded (weekday fits no date within 330 days of the URL date): {Typos}
            value accuracy, publication date given:     {AccuracyWithDate:F4} ({CorrectWithDate}/{Mentions})
            value accuracy, publication date inferred:  {AccuracyWithoutDate:F4} ({CorrectWithoutDate}/{Mentions})
            inferred publication date equal to the URL date: {InferredExact}/{Articles}
            (today = the real clock: a weekday date without any year in the text goes to its most recent year)
            value accuracy, inferred, analysed at crawl time: {AccuracyAtCrawlTime:F4} ({CorrectAtCrawlTime}/{Mentions})
            inferred publication date equal to the URL date, at crawl time: {InferredExactAtCrawlTime}/{Articles}
            (today = the crawl date of the id, as when Warta runs on the day's news — `warta analyze --collected`; still no date is given)
            """);
    }

    public Score Run(IEnumerable<IndoSumArticle> articles, TextWriter? errors = null)
    {
        int nArticles = 0, mentions = 0, typos = 0, withDate = 0, withoutDate = 0, inferredExact = 0, atCrawl = 0, inferredAtCrawl = 0;
        foreach (var article in articles)
        {
            if (article.UrlDate is not { } published) continue;
            var expected = new List<(int Start, string Value)>();
            foreach (var (start, day, month, weekday) in Mentions(article))
            {
                var value = Expected(day, month, weekday, published);
                if (value is null) { typos++; continue; }
                expected.Add((start, value));
            }
            if (expected.Count == 0) continue;
            nArticles++;
            mentions += expected.Count;
            var given = context.Analyze(article, published);
            var alone = context.Analyze(article, null);
            var crawled = context.Analyze(article, null, atCrawlTime: true);
            if (alone.Published == published) inferredExact++;
            if (crawled.Published == published) inferredAtCrawl++;
            foreach (var (start, value) in expected)
            {
                bool ok1 = DateAt(given, start) == value, ok2 = DateAt(alone, start) == value;
                if (ok1) withDate++;
                if (ok2) withoutDate++;
                if (DateAt(crawled, start) == value) atCrawl++;
                else errors?.WriteLine($"{article.Id}\tAT-CRAWL\t{article.Text.AsSpan(start, Math.Min(20, article.Text.Length - start)).ToString().Replace('\n', ' ')}\texpected {value}\tgot {DateAt(crawled, start)} (published {crawled.Published:yyyy-MM-dd}, crawled {TimesEvalContext.CrawlDate(article.Id):yyyy-MM-dd})");
                if (errors is not null && (!ok1 || !ok2))
                    errors.WriteLine($"{article.Id}\t{article.Text.AsSpan(start, Math.Min(20, article.Text.Length - start)).ToString().Replace('\n', ' ')}\texpected {value}\tgiven {DateAt(given, start)}\tinferred {DateAt(alone, start)} (published {alone.Published})");
            }
        }
        return new Score(nArticles, mentions, typos, withDate, withoutDate, inferredExact, atCrawl, inferredAtCrawl);
    }

    /// <summary>The scores fold by fold (rules are chosen on folds 1-2; fold 3 is reported apart), and fold 3
    /// without the articles it shares with folds 1-2.</summary>
    public static string FoldTable(WeekdayEvaluation evaluation, string folder)
    {
        var dates = IndoSum.ReadUrlDates(folder);
        var files = IndoSum.FoldFiles(folder).ToList();
        var sb = new System.Text.StringBuilder("per fold                    articles  mentions  with date          without date       without, at crawl time\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Line(string name, Score s) => sb.Append(CultureInfo.InvariantCulture,
            $"{name,-27} {s.Articles,8}  {s.Mentions,8}  {s.AccuracyWithDate:F4} ({s.CorrectWithDate,3})   {s.AccuracyWithoutDate:F4} ({s.CorrectWithoutDate,3})   {s.AccuracyAtCrawlTime:F4} ({s.CorrectAtCrawlTime,3})\n");
        for (int f = 0; f < files.Count; f++)
        {
            var articles = IndoSum.ReadFile(files[f], dates).ToList();
            Line(Path.GetFileNameWithoutExtension(files[f]), evaluation.Run(articles));
            if (f == files.Count - 1 && f > 0)
                Line(Path.GetFileNameWithoutExtension(files[f]) + " minus earlier folds", evaluation.Run(articles.Where(a => !seen.Contains(a.Id))));
            foreach (var a in articles) seen.Add(a.Id);
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The date part of the time expression covering <paramref name="offset"/>, or null.</summary>
    private static string? DateAt(Warta.Core.Document doc, int offset)
    {
        foreach (var t in doc.Times)
            if (t.Start <= offset && offset < t.End) return t.Value.Length >= 10 ? t.Value[..10] : t.Value;
        return null;
    }

    /// <summary>Weekday "(" d "/" m ")" in the article's own tokens: start offset, day, month, ISO weekday.</summary>
    private IEnumerable<(int Start, int Day, int Month, int Weekday)> Mentions(IndoSumArticle article)
    {
        foreach (var sentence in article.Sentences)
        {
            var tokens = sentence.Tokens;
            for (int i = 0; i + 5 < tokens.Count; i++)
            {
                string T(int k) => article.Text.Substring(tokens[k].Start, tokens[k].Length);
                if (!weekdays.TryGetValue(T(i).ToLowerInvariant(), out int weekday)) continue;
                if (T(i + 1) != "(" || T(i + 3) != "/" || T(i + 5) != ")") continue;
                if (!int.TryParse(T(i + 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d)
                    || !int.TryParse(T(i + 4), NumberStyles.None, CultureInfo.InvariantCulture, out int m)) continue;
                if (m is < 1 or > 12 || d < 1 || d > 31) continue;
                yield return (tokens[i].Start, d, m, weekday);
            }
        }
    }

    /// <summary>The date with this day/month and weekday nearest <paramref name="published"/>, within a year of it; null for a typo.</summary>
    public static string? Expected(int day, int month, int weekday, DateOnly published)
    {
        DateOnly? best = null;
        for (int y = published.Year - 1; y <= published.Year + 1; y++)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var d = new DateOnly(y, month, day);
            if ((int)d.DayOfWeek != weekday % 7 || Math.Abs(d.DayNumber - published.DayNumber) > Warta.Times.TimeResolver.WeekdayDateWindowDays) continue;
            if (best is null || Math.Abs(d.DayNumber - published.DayNumber) < Math.Abs(best.Value.DayNumber - published.DayNumber)) best = d;
        }
        return best?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
