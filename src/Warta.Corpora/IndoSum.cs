using System.Text;
using System.Text.Json;
using Warta.Core;

namespace Warta.Corpora;

/// <summary>One IndoSum article rebuilt into raw text, with the offsets of every original token.</summary>
public sealed record IndoSumArticle(string Id, string Text, IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<IndoSumSentence> Sentences, DateOnly? UrlDate, string Category, string? Url)
{
    /// <summary>The text of token <paramref name="token"/> of sentence <paramref name="sentence"/>.</summary>
    public TextSpan TokenSpan(int sentence, int token) => Sentences[sentence].Tokens[token];
}

/// <summary>A sentence of IndoSum: paragraph index, its index within the paragraph, and token spans.</summary>
public sealed record IndoSumSentence(int Paragraph, int IndexInParagraph, TextSpan Span, IReadOnlyList<TextSpan> Tokens);

/// <summary>
/// Reads the IndoSum folds (../shared/data/news/indosum, CC BY-SA 4.0) and rebuilds each article's raw
/// text from its tokens, deterministically, so that annotations can refer to (article id, sentence,
/// token) and be turned into character offsets without committing any article text.
/// Paragraphs are joined by "\n\n", sentences by a space; the detokenizer glues punctuation the way
/// Indonesian news prints it: "Senin (27/3).", "kata Jokowi, \"Kita …\"".
/// </summary>
public static class IndoSum
{
    public static string DefaultFolder(string repoRoot) => Path.Combine(repoRoot, "..", "shared", "data", "news", "indosum");

    /// <summary>Fold files dev.01–dev.03 (the ones present here), in order.</summary>
    public static IEnumerable<string> FoldFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal);

    /// <summary>The crawl date in an IndoSum id ("1514768884-…": Unix seconds), as a date in Jakarta (WIB, UTC+7).
    /// Where both are known it is the URL date or 1–2 days after it (99% within a week).</summary>
    public static DateOnly? CrawlDate(string id)
    {
        int dash = id.IndexOf('-');
        if (dash <= 0 || !long.TryParse(id.AsSpan(0, dash), out var seconds)) return null;
        return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(TimeSpan.FromHours(7)).DateTime);
    }

    public static IReadOnlyDictionary<string, DateOnly> ReadUrlDates(string folder)
    {
        var map = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var path = Path.Combine(folder, "DERIVED_index_url_dates.tsv");
        if (!File.Exists(path)) return map;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length >= 4 && DateOnly.TryParseExact(cols[3], "yyyy-MM-dd", out var d)) map[cols[0]] = d;
        }
        return map;
    }

    public static IEnumerable<IndoSumArticle> ReadFolder(string folder)
    {
        var dates = ReadUrlDates(folder);
        foreach (var file in FoldFiles(folder))
            foreach (var a in ReadFile(file, dates)) yield return a;
    }

    public static IEnumerable<IndoSumArticle> ReadFile(string path, IReadOnlyDictionary<string, DateOnly>? urlDates = null)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            yield return Rebuild(json.RootElement, urlDates);
        }
    }

    public static IndoSumArticle Rebuild(JsonElement root, IReadOnlyDictionary<string, DateOnly>? urlDates = null)
    {
        var id = root.GetProperty("id").GetString() ?? "";
        var category = root.TryGetProperty("category", out var c) ? c.GetString() ?? "" : "";
        var url = root.TryGetProperty("source_url", out var u) ? u.GetString() : null;
        var sb = new StringBuilder();
        var paragraphs = new List<TextSpan>();
        var sentences = new List<IndoSumSentence>();
        int p = 0;
        foreach (var para in root.GetProperty("paragraphs").EnumerateArray())
        {
            if (sb.Length > 0) sb.Append("\n\n");
            int pStart = sb.Length;
            int s = 0;
            foreach (var sent in para.EnumerateArray())
            {
                var tokens = sent.EnumerateArray().Select(t => t.GetString() ?? "").Where(t => t.Length > 0).ToList();
                if (tokens.Count == 0) continue;
                if (s > 0) sb.Append(' ');
                int sStart = sb.Length;
                var spans = Detokenizer.Append(sb, tokens);
                sentences.Add(new IndoSumSentence(p, s, new TextSpan(sStart, sb.Length), spans));
                s++;
            }
            if (sb.Length == pStart) { if (sb.Length >= 2) sb.Length -= 2; continue; }
            paragraphs.Add(new TextSpan(pStart, sb.Length));
            p++;
        }
        DateOnly? date = urlDates is not null && urlDates.TryGetValue(id, out var d) ? d : null;
        return new IndoSumArticle(id, sb.ToString(), paragraphs, sentences, date, category, url);
    }
}
