namespace Warta.Evaluation.Quotes;

/// <summary>One hand-annotated statement of <c>eval/quotes/annotated-dev.tsv</c> (article-level token indices).</summary>
public sealed record QuoteGold(string ArticleId, int Sentence, int TokenStart, int TokenEnd, string? Speaker, bool Direct, string Cue)
{
    /// <summary>Reads the annotation file; a malformed line is an error naming the file, line and reason.</summary>
    public static IReadOnlyList<QuoteGold> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Quote annotations '{path}' not found (expected eval/quotes/annotated-dev.tsv in the repository).", path);
        var list = new List<QuoteGold>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length < 7 || !int.TryParse(c[1], out var s) || !int.TryParse(c[2], out var a) || !int.TryParse(c[3], out var b) || b <= a
                || c[5] is not ("direct" or "indirect"))
                throw new InvalidDataException($"{path}:{n}: expected 'id<TAB>sentence<TAB>token_start<TAB>token_end(> start)<TAB>speaker<TAB>direct|indirect<TAB>cue[<TAB>check]'.");
            list.Add(new QuoteGold(c[0], s, a, b, c[4] == "-" ? null : c[4], c[5] == "direct", c[6]));
        }
        return list;
    }
}
