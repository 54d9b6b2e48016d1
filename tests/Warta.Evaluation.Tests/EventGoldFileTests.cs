using System.Text.RegularExpressions;
using Warta.Corpora;
using Warta.Events.Language;
using Warta.Events.Ontology;

namespace Warta.Evaluation.Tests;

/// <summary>
/// Keeps the hand-made event files well-formed: the Indonesian and English gold sets
/// (eval/events/*.tsv) and the English pattern files (data/en/events/patterns*.tsv).
/// The scorer that reads the gold sets belongs to the event coder; these tests only guard the data.
/// </summary>
public sealed class EventGoldFileTests
{
    // SRC>TGT:ROOT[:CODE][!neg]; actor codes are upper-case letters (TGT may be '-').
    private static readonly Regex EventItem =
        new(@"^(?<src>[A-Z]{3,})>(?<tgt>[A-Z]{3,}|-):(?<root>0[1-9]|1[0-9]|20)(:(?<code>\d{3,4}))?(?<neg>!neg)?$",
            RegexOptions.CultureInvariant);

    private static readonly Regex Mark = new(@"\[([^\]|]+)\|([A-Z]+)\]", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("id-dev.tsv", 250, 190, 60)]
    [InlineData("id-fresh.tsv", 150, 60, 40)]
    [InlineData("id-fresh2.tsv", 150, 60, 60)]
    [InlineData("id-fresh3.tsv", 150, 60, 60)]
    [InlineData("id-fresh4.tsv", 150, 60, 60)]
    [InlineData("id-fresh5.tsv", 200, 90, 100)]
    [InlineData("id-fresh6.tsv", 200, 75, 120)]
    [InlineData("id-fresh7.tsv", 250, 100, 150)]
    [InlineData("id-fresh8.tsv", 250, 70, 180)]
    [InlineData("id-fresh9.tsv", 260, 55, 200)]
    [InlineData("id-fresh10.tsv", 190, 35, 150)]
    [InlineData("agreement/id-test-second.tsv", 100, 40, 20)]
    [InlineData("agreement/id-fresh5-second.tsv", 200, 80, 100)]
    [InlineData("agreement/id-fresh9-second.tsv", 260, 50, 200)]
    public void Indonesian_gold_rows_are_well_formed_and_point_into_indosum(string file, int minRows, int minWithEvents, int minWithout)
    {
        var rows = DataRows(Path.Combine(Repo.Root, "eval", "events", file)).ToList();
        var excluded = File.ReadLines(Path.Combine(Repo.Root, "eval", "articles", "annotated-dev.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var codes = CameoCodes();
        Assert.True(rows.Count >= minRows, $"only {rows.Count} rows");
        var seen = new HashSet<(string, int)>();
        foreach (var (line, cols) in rows)
        {
            Assert.True(cols.Length == 6, $"line {line}: expected 6 columns, got {cols.Length}");
            Assert.DoesNotContain(cols[0], excluded);
            Assert.True(seen.Add((cols[0], int.Parse(cols[1]))), $"line {line}: duplicate sentence");
            Assert.Contains(cols[4], new[] { "dev", "test" });
            CheckEvents(line, cols[3], cols[5], codes);
        }
        var withEvents = rows.Count(r => r.Cols[3] != "-");
        Assert.True(withEvents >= minWithEvents, $"only {withEvents} sentences with events");
        Assert.True(rows.Count - withEvents >= minWithout, $"fewer than {minWithout} no-event sentences");
        // the split is per article: an article is wholly dev or wholly test
        Assert.All(rows.GroupBy(r => r.Cols[0]), g => Assert.Single(g.Select(r => r.Cols[4]).Distinct()));
    }

    [Fact]
    public void The_fresh_sample_shares_no_article_with_the_dev_set_and_the_second_annotation_covers_test_rows_only()
    {
        var dev = DataRows(Path.Combine(Repo.Root, "eval", "events", "id-dev.tsv")).ToList();
        var devArticles = dev.Select(r => r.Cols[0]).ToHashSet(StringComparer.Ordinal);
        var fresh = DataRows(Path.Combine(Repo.Root, "eval", "events", "id-fresh.tsv")).ToList();
        Assert.All(fresh, r => Assert.DoesNotContain(r.Cols[0], devArticles));
        Assert.All(fresh, r => Assert.Equal("dev", r.Cols[4]));
        // the blind second annotation is of held-out sentences the first gold has
        var testRows = dev.Where(r => r.Cols[4] == "test").Select(r => (r.Cols[0], r.Cols[1])).ToHashSet();
        var second = DataRows(Path.Combine(Repo.Root, "eval", "events", "agreement", "id-test-second.tsv")).ToList();
        Assert.All(second, r => Assert.Contains((r.Cols[0], r.Cols[1]), testRows));
    }

    [Fact]
    public void The_Indonesian_samples_share_no_article()
    {
        // a sample kept blind for measuring must not contain an article another sample was tuned on
        var folder = Path.Combine(Repo.Root, "eval", "events");
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "id-*.tsv").Order(StringComparer.Ordinal))
            foreach (var article in DataRows(file).Select(r => r.Cols[0]).Distinct())
                Assert.True(owner.TryAdd(article, Path.GetFileName(file)),
                    $"article {article} is in both {owner.GetValueOrDefault(article)} and {Path.GetFileName(file)}");
        Assert.True(owner.Count >= 300, $"only {owner.Count} annotated articles found in {folder}");
    }

    [Theory]
    [InlineData("id-dev.tsv")]
    [InlineData("id-fresh.tsv")]
    [InlineData("id-fresh2.tsv")]
    [InlineData("id-fresh3.tsv")]
    [InlineData("id-fresh4.tsv")]
    [InlineData("id-fresh5.tsv")]
    [InlineData("id-fresh6.tsv")]
    [InlineData("id-fresh7.tsv")]
    [InlineData("id-fresh8.tsv")]
    [InlineData("id-fresh9.tsv")]
    [InlineData("id-fresh10.tsv")]
    [InlineData("agreement/id-test-second.tsv")]
    [InlineData("agreement/id-fresh9-second.tsv")]
    public void Indonesian_gold_first_words_match_the_corpus(string file)
    {
        var folder = IndoSum.DefaultFolder(Repo.Root);
        var rows = DataRows(Path.Combine(Repo.Root, "eval", "events", file)).ToList();
        var wanted = rows.Select(r => r.Cols[0]).ToHashSet(StringComparer.Ordinal);
        var articles = IndoSum.ReadFolder(folder).Where(a => wanted.Contains(a.Id))
            .GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var (line, cols) in rows)
        {
            Assert.True(articles.TryGetValue(cols[0], out var article), $"line {line}: article {cols[0]} not in IndoSum");
            var index = int.Parse(cols[1]);
            Assert.InRange(index, 0, article.Sentences.Count - 1);
            var tokens = article.Sentences[index].Tokens.Take(3).Select(t => article.Text[t.Start..t.End]);
            Assert.Equal(cols[2], string.Join(' ', tokens));
        }
    }

    [Theory]
    [InlineData("id-news-test.tsv", "test", 367, 60, 280)]
    [InlineData("id-news-train.tsv", "dev", 1464, 200, 1100)]
    [InlineData("id-news-nerui.tsv", "dev", 2126, 280, 1700)]
    [InlineData("agreement/id-news-test-second.tsv", "test", 120, 15, 90)]
    public void News_sentence_gold_rows_are_well_formed_and_name_corpus_sentences(string file, string split, int rowsExpected, int minWithEvents, int minWithout)
    {
        var rows = DataRows(Path.Combine(Repo.Root, "eval", "events", file)).ToList();
        var codes = CameoCodes();
        Assert.Equal(rowsExpected, rows.Count);
        var sentences = NewsSentences.ReadByIds(NewsSentences.DefaultFolder(Repo.Root), rows.Select(r => r.Cols[0]));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cols) in rows)
        {
            Assert.True(cols.Length == 6, $"line {line}: expected 6 columns, got {cols.Length}");
            Assert.True(seen.Add(cols[0]), $"line {line}: duplicate sentence {cols[0]}");
            Assert.Equal("0", cols[1]);
            Assert.Equal(split, cols[4]);
            Assert.True(sentences.TryGetValue(cols[0], out var sentence), $"line {line}: {cols[0]} names no corpus sentence");
            Assert.Equal(cols[2], string.Join(' ', sentence.Tokens.Take(3)));
            CheckEvents(line, cols[3], cols[5], codes);
        }
        var withEvents = rows.Count(r => r.Cols[3] != "-");
        Assert.True(withEvents >= minWithEvents, $"only {withEvents} sentences with events");
        Assert.True(rows.Count - withEvents >= minWithout, $"fewer than {minWithout} no-event sentences");
    }

    [Theory]
    [InlineData("en-dev.tsv", @"^en-\d{3}$")]
    [InlineData("en-test.tsv", @"^en-t\d{3}$")]
    [InlineData("en-dev2.tsv", @"^en-d2-\d{3}$")]
    [InlineData("en-dev3.tsv", @"^en-d3-\d{3}$")]
    [InlineData("en-check.tsv", @"^en-c-\d{3}$")]
    [InlineData("en-check2.tsv", @"^en-c2-\d{3}$")]
    [InlineData("en-check3.tsv", @"^en-c3-\d{3}$")]
    [InlineData("en-check4.tsv", @"^en-c4-\d{3}$")]
    [InlineData("en-check5.tsv", @"^en-c5-\d{3}$")]
    public void English_gold_rows_are_well_formed(string file, string idPattern)
    {
        var rows = DataRows(Path.Combine(Repo.Root, "eval", "events", file)).ToList();
        var codes = CameoCodes();
        Assert.True(rows.Count >= 80, $"only {rows.Count} rows");
        foreach (var (line, cols) in rows)
        {
            Assert.True(cols.Length == 5, $"line {line}: expected 5 columns, got {cols.Length}");
            Assert.Matches(idPattern, cols[0]);
            Assert.True(cols[1].Length > 10 && cols[1].EndsWith('.'), $"line {line}: text looks truncated");
            CheckEvents(line, cols[2], cols[3], codes);
            // the marked text is the plain text plus [mention|CODE] marks, and marks every gold actor
            Assert.Equal(cols[1], Mark.Replace(cols[4], "$1"));
            var marked = Mark.Matches(cols[4]).Select(m => m.Groups[2].Value).ToHashSet();
            if (cols[2] != "-")
                foreach (var item in cols[2].Split(';'))
                {
                    var m = EventItem.Match(item);
                    Assert.Contains(m.Groups["src"].Value, marked);
                    if (m.Groups["tgt"].Value != "-") Assert.Contains(m.Groups["tgt"].Value, marked);
                }
        }
        Assert.Equal(rows.Count, rows.Select(r => r.Cols[0]).Distinct().Count());
    }

    [Fact]
    public void English_patterns_are_well_formed_and_cover_every_root()
    {
        var codes = CameoCodes();
        var folder = Path.Combine(Repo.Root, "data", "en", "events");
        var files = Directory.GetFiles(folder, "patterns*.tsv").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var roots = new HashSet<string>();
        int count = 0;
        foreach (var file in files)
        {
            Assert.StartsWith("#", File.ReadLines(file).First());
            foreach (var (line, cols) in DataRows(file, stripComment: true))
            {
                var where = $"{Path.GetFileName(file)} line {line}";
                Assert.True(cols.Length == 5, $"{where}: expected 5 columns, got {cols.Length}");
                Assert.True(codes.Contains(cols[0]), $"{where}: unknown CAMEO code {cols[0]}");
                Assert.Contains(cols[1], new[] { "verb", "intr", "noun", "say" });
                Assert.All(cols, c => Assert.False(string.IsNullOrWhiteSpace(c), $"{where}: empty column"));
                Assert.DoesNotContain(cols[2].Split('|'), f => f.Trim().Length == 0);
                roots.Add(cols[0][..2]);
                count++;
            }
        }
        Assert.True(count >= 300, $"only {count} English patterns");
        Assert.Equal(20, roots.Count);
    }

    [Fact]
    public void English_patterns_load_with_the_event_coder_and_its_ontology()
    {
        var ontology = CameoOntology.Load(Path.Combine(Repo.Root, "data", "events", "cameo.tsv"),
            Path.Combine(Repo.Root, "data", "events", "intent.tsv"));
        var english = EventLanguage.Load("en", Path.Combine(Repo.Root, "data", "en", "events"), ontology);
        Assert.True(english.Patterns.Patterns.Count >= 1000, $"only {english.Patterns.Patterns.Count} patterns loaded");
        Assert.Equal(20, english.Patterns.Patterns.Select(p => p.Code[..2]).Distinct().Count());
    }

    private static void CheckEvents(int line, string events, string triggers, IReadOnlySet<string> codes)
    {
        if (events == "-") { Assert.Equal("-", triggers); return; }
        var items = events.Split(';');
        Assert.True(items.Length == triggers.Split(';').Length, $"line {line}: one trigger per event expected");
        foreach (var item in items)
        {
            var m = EventItem.Match(item);
            Assert.True(m.Success, $"line {line}: bad event item '{item}'");
            var code = m.Groups["code"].Success ? m.Groups["code"].Value : m.Groups["root"].Value;
            Assert.True(codes.Contains(code), $"line {line}: unknown CAMEO code {code}");
            Assert.StartsWith(m.Groups["root"].Value, code);
        }
    }

    private static IEnumerable<(int Line, string[] Cols)> DataRows(string path, bool stripComment = false)
    {
        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var text = stripComment && raw.IndexOf('#') is var i and >= 0 ? raw[..i] : raw;
            text = text.TrimEnd('\t', ' ', '\r');
            if (text.Length == 0 || raw.StartsWith('#')) continue;
            yield return (n, text.Split('\t'));
        }
    }

    /// <summary>CAMEO codes of the shared Goldstein table (facts; MIT phoenix_pipeline).</summary>
    private static IReadOnlySet<string> CameoCodes() =>
        File.ReadLines(Path.Combine(Repo.Root, "..", "shared", "data", "events", "cameo-goldstein.tsv"))
            .Where(l => !l.StartsWith('#') && !l.StartsWith("code"))
            .Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
}

internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Warta.sln not found above " + AppContext.BaseDirectory);
    }
}
