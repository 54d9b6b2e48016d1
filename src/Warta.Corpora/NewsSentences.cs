using System.Text;
using Warta.Core;

namespace Warta.Corpora;

/// <summary>One sentence of idner-news-2k rebuilt into running text.</summary>
public sealed record NewsSentence(string Id, string Text);

/// <summary>
/// The sentences of idner-news-2k (../shared/data/ner/idner-news-2k, MIT: Indonesian online news 2007–2014, one
/// token per line, blank line between sentences) by id <c>idner-&lt;part&gt;-NNNN</c>, NNNN the 1-based position of
/// the sentence in <c>&lt;part&gt;.txt</c>. Event annotations on them (eval/events/id-news-*.tsv) refer to a sentence by
/// that id instead of copying it; its text is the tokens joined by the <see cref="Detokenizer"/>, as IndoSum's is.
/// tools/eventgold/news_show.py numbers them the same way.
/// </summary>
public static class NewsSentences
{
    public const string IdPrefix = "idner-";

    public static string DefaultFolder(string repoRoot) => Path.Combine(repoRoot, "..", "shared", "data", "ner", "idner-news-2k");

    public static bool IsNewsId(string id) => id.StartsWith(IdPrefix, StringComparison.Ordinal);

    /// <summary>Every sentence of <c>&lt;part&gt;.txt</c> (train or dev) in the folder, in order.</summary>
    public static IEnumerable<NewsSentence> Read(string folder, string part)
    {
        var path = Path.Combine(folder, part + ".txt");
        if (!File.Exists(path))
            throw new FileNotFoundException($"idner-news-2k file '{path}' not found: the event gold names its sentences; put ../shared/data beside the repository.", path);
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
            int space = line.IndexOf(' ');
            tokens.Add(space < 0 ? line : line[..space]); // TOKEN UPOS TAG: the token is the first column
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

    /// <summary>"train" of "idner-train-0042"; null when the id has no part.</summary>
    public static string? PartOf(string id)
    {
        if (!IsNewsId(id)) return null;
        int dash = id.LastIndexOf('-');
        return dash > IdPrefix.Length ? id[IdPrefix.Length..dash] : null;
    }

    private static NewsSentence Build(string part, int n, List<string> tokens)
    {
        var sb = new StringBuilder();
        Detokenizer.Append(sb, tokens);
        return new NewsSentence($"{IdPrefix}{part}-{n:D4}", sb.ToString());
    }
}
