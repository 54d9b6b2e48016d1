using System.Text;
using Warta.Core;

namespace Warta.Corpora;

/// <summary>One news sentence: its tokens as the corpus gives them and the running text they are rebuilt into.</summary>
public sealed record NewsSentence(string Id, string Text, IReadOnlyList<string> Tokens);

/// <summary>
/// Permissively licensed Indonesian news sentences (one token per line, blank line between sentences) by id:
/// idner-news-2k (../shared/data/ner/idner-news-2k, MIT, news 2007–2014; <c>idner-&lt;part&gt;-NNNN</c>, NNNN the
/// 1-based position of the sentence in <c>&lt;part&gt;.txt</c>, part train or dev) and NER-UI (../shared/data/ner/nerui,
/// MIT/CC BY 4.0; <c>nerui-NNNN</c>, the position in nergithub.txt). Event annotations on them
/// (eval/events/id-news-*.tsv) refer to a sentence by that id instead of copying it; its text is the tokens joined
/// by the <see cref="Detokenizer"/>, as IndoSum's is. tools/eventgold/news_show.py numbers them the same way.
/// </summary>
public static class NewsSentences
{
    public const string IdPrefix = "idner-";
    public const string NerUiPrefix = "nerui-";

    /// <summary>The folder of the NER corpora (../shared/data/ner).</summary>
    public static string DefaultFolder(string repoRoot) => Path.Combine(repoRoot, "..", "shared", "data", "ner");

    public static bool IsNewsId(string id) =>
        id.StartsWith(IdPrefix, StringComparison.Ordinal) || id.StartsWith(NerUiPrefix, StringComparison.Ordinal);

    /// <summary>Every sentence of a part — train or dev of idner-news-2k, or nerui — under the NER folder, in order.</summary>
    public static IEnumerable<NewsSentence> Read(string folder, string part)
    {
        bool nerUi = part == "nerui";
        var path = nerUi ? Path.Combine(folder, "nerui", "nergithub.txt") : Path.Combine(folder, "idner-news-2k", part + ".txt");
        if (!File.Exists(path))
            throw new FileNotFoundException($"News sentence file '{path}' not found: the event gold names its sentences; put ../shared/data beside the repository.", path);
        var tokens = new List<string>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0) yield return Build(part, ++n, tokens);
                tokens.Clear();
                continue;
            }
            int cut = line.IndexOf(nerUi ? '\t' : ' ');
            tokens.Add(cut < 0 ? line : line[..cut]); // idner: TOKEN UPOS TAG; NER-UI: TOKEN<TAB>TAG; the token is the first column
        }
        if (tokens.Count > 0) yield return Build(part, ++n, tokens);
    }

    /// <summary>The sentences the ids name, read from the parts they belong to; an id of no sentence is missing from the result.</summary>
    public static IReadOnlyDictionary<string, NewsSentence> ReadByIds(string folder, IEnumerable<string> ids)
    {
        var wanted = ids.Where(IsNewsId).ToHashSet(StringComparer.Ordinal);
        var parts = wanted.Select(PartOf).Where(p => p is not null).Distinct();
        var found = new Dictionary<string, NewsSentence>(StringComparer.Ordinal);
        foreach (var part in parts)
            foreach (var s in Read(folder, part!))
                if (wanted.Contains(s.Id)) found[s.Id] = s;
        return found;
    }

    /// <summary>"train" of "idner-train-0042", "nerui" of "nerui-0042"; null when the id has no part.</summary>
    public static string? PartOf(string id)
    {
        if (id.StartsWith(NerUiPrefix, StringComparison.Ordinal)) return "nerui";
        if (!IsNewsId(id)) return null;
        int dash = id.LastIndexOf('-');
        return dash > IdPrefix.Length ? id[IdPrefix.Length..dash] : null;
    }

    private static NewsSentence Build(string part, int n, List<string> tokens)
    {
        var sb = new StringBuilder();
        Detokenizer.Append(sb, tokens);
        return new NewsSentence(part == "nerui" ? $"{NerUiPrefix}{n:D4}" : $"{IdPrefix}{part}-{n:D4}", sb.ToString(), tokens.ToArray());
    }
}
