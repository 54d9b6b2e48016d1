using System.Text.Json;
using Warta.Core;
using Warta.Corpora;

namespace Warta.Evaluation.Actors;

/// <summary>
/// Runs the whole pipeline over IndoSum articles of the dev split and writes every entity mention with its
/// actor code, one TSV line each, for mining the names that get no code (tools/actors/mine_uncoded.py).
/// Held-out articles (<c>crc32(id) % 5 == 0</c>, eval/events/GUIDELINES.md §5) are skipped before their
/// text is rebuilt, and so are the ids of the exclusion files (the gold articles), so that what is mined
/// never comes from an article that scores us.
/// </summary>
public static class EntityDump
{
    public const string Header = "#article_id\tcategory\tpublished\tsentence\ttype\tnominal\tactor\tcanonical\tsurface\tbefore";

    /// <summary>True for an article of the held-out test split.</summary>
    public static bool IsHeldOut(string articleId) => Crc32(System.Text.Encoding.UTF8.GetBytes(articleId)) % 5 == 0;

    /// <summary>Article ids of an exclusion file: the first tab-separated column of each non-comment line.</summary>
    public static HashSet<string> ReadIds(IEnumerable<string> paths)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!File.Exists(path)) throw new FileNotFoundException($"exclusion file '{path}' not found (one article id per line, first column).");
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var id = line.Split('\t')[0].Trim();
                if (id.Length > 0) ids.Add(id);
            }
        }
        return ids;
    }

    /// <returns>The number of articles processed.</returns>
    public static int Run(string indoSumFolder, IReadOnlySet<string> excluded, Pipeline pipeline, TextWriter output)
    {
        var dates = IndoSum.ReadUrlDates(indoSumFolder);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        output.WriteLine(Header);
        foreach (var file in IndoSum.FoldFiles(indoSumFolder))
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var json = JsonDocument.Parse(line);
                var id = json.RootElement.GetProperty("id").GetString() ?? "";
                // Articles recur across folds; the split rule and exclusions are checked on the id alone.
                if (IsHeldOut(id) || excluded.Contains(id) || !seen.Add(id)) continue;
                var article = IndoSum.Rebuild(json.RootElement, dates);
                var doc = new Document(article.Text, "indosum:" + article.Id, article.Id)
                {
                    Paragraphs = article.Paragraphs,
                    Published = article.UrlDate,
                    DeclaredLanguage = "id",
                };
                pipeline.Run(doc);
                Write(article, doc, output);
            }
        return seen.Count;
    }

    private static void Write(IndoSumArticle article, Document doc, TextWriter output)
    {
        var published = doc.Published?.ToString("yyyy-MM-dd") ?? "-";
        int sentence = 0;
        foreach (var e in doc.Entities.OrderBy(e => e.Start))
        {
            while (sentence < article.Sentences.Count - 1 && article.Sentences[sentence].Span.End <= e.Start) sentence++;
            var surface = doc.Text[e.Start..e.End].Replace('\t', ' ').ReplaceLineEndings(" ");
            var before = WordsBefore(doc.Text, Math.Max(article.Sentences[sentence].Span.Start, e.Start - 60), e.Start);
            output.WriteLine($"{article.Id}\t{article.Category}\t{published}\t{sentence}\t{e.Type}\t{(e.IsNominal ? "yes" : "no")}\t{e.Actor ?? "-"}\t{e.CanonicalName ?? "-"}\t{surface}\t{before}");
        }
    }

    /// <summary>Up to three words before a mention in its sentence (the title or role noun that may introduce
    /// it: "Kapolres Bogor AKBP"), for finding role words that give no code.</summary>
    private static string WordsBefore(string text, int from, int to)
    {
        var words = text[from..to].Replace('\t', ' ').ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "-" : string.Join(' ', words[Math.Max(0, words.Length - 3)..]);
    }

    // CRC-32 (IEEE 802.3, as Python's zlib.crc32), bitwise: a few thousand short ids need no table.
    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }
}
