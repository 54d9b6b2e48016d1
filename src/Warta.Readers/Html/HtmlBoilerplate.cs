namespace Warta.Readers.Html;

/// <summary>
/// What the HTML reader treats as page furniture rather than article text, loaded from a data file
/// (<c>data/readers/html-boilerplate.tsv</c>): lines of <c>kind TAB value</c>, <c>#</c> for comments.
/// Kinds: <c>content</c> (CSS selectors of the main text, tried in order), <c>drop-tag</c> (elements
/// removed with their content), <c>drop-word</c> (an element whose class or id has this word, split on
/// <c>-</c>/<c>_</c>/spaces, is removed), <c>line-prefix</c> (a line starting so, e.g. "Baca juga", is
/// dropped; a small block starting so is dropped whole), <c>line-exact</c> (a line equal to it is
/// dropped), <c>site-name</c> (a title suffix to strip after " - " or " | ").
/// </summary>
public sealed class HtmlBoilerplate
{
    public IReadOnlyList<string> ContentSelectors { get; }
    public IReadOnlySet<string> DropTags { get; }
    public IReadOnlySet<string> DropWords { get; }
    public IReadOnlyList<string> LinePrefixes { get; }
    public IReadOnlySet<string> ExactLines { get; }
    public IReadOnlyList<string> SiteNames { get; }

    public HtmlBoilerplate(IEnumerable<(string Kind, string Value)> entries)
    {
        var content = new List<string>();
        var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new List<string>();
        var exact = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sites = new List<string>();
        foreach (var (kind, value) in entries)
        {
            switch (kind)
            {
                case "content": content.Add(value); break;
                case "drop-tag": tags.Add(value); break;
                case "drop-word": words.Add(value); break;
                case "line-prefix": prefixes.Add(value); break;
                case "line-exact": exact.Add(value); break;
                case "site-name": sites.Add(value); break;
                default: throw new InvalidDataException($"unknown kind '{kind}' (expected content, drop-tag, drop-word, line-prefix, line-exact or site-name)");
            }
        }
        ContentSelectors = content;
        DropTags = tags;
        DropWords = words;
        LinePrefixes = prefixes;
        ExactLines = exact;
        SiteNames = sites;
    }

    public static HtmlBoilerplate Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"HTML boilerplate list not found at '{path}'", path);
        var entries = new List<(string, string)>();
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1)
                throw new InvalidDataException($"{path}:{number}: expected 'kind<TAB>value', got '{line}'");
            entries.Add((line[..tab], line[(tab + 1)..]));
        }
        try { return new HtmlBoilerplate(entries); }
        catch (InvalidDataException e) { throw new InvalidDataException($"{path}: {e.Message}", e); }
    }

    /// <summary>True when the line is a "Baca juga"-style insert or a widget label, not article text.</summary>
    public bool IsBoilerplateLine(string line)
    {
        var t = line.Trim();
        if (t.Length == 0) return false;
        if (ExactLines.Contains(t)) return true;
        foreach (var prefix in LinePrefixes)
        {
            if (!t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            if (t.Length == prefix.Length || !char.IsLetterOrDigit(t[prefix.Length]) || !char.IsLetterOrDigit(prefix[^1])) return true;
        }
        return false;
    }

    /// <summary>True when a class or id value has one of the drop words (e.g. "share" in "share-box").</summary>
    public bool HasDropWord(string? classOrId)
    {
        if (string.IsNullOrEmpty(classOrId) || DropWords.Count == 0) return false;
        foreach (var word in classOrId.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            if (DropWords.Contains(word)) return true;
        return false;
    }
}
