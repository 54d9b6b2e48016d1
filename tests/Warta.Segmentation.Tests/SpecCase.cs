namespace Warta.Segmentation.Tests;

/// <summary>One case of a spec file: an input and what segmenting it must give.</summary>
public sealed record SpecCase(string File, int Line, string Input)
{
    public List<string>? Sentences { get; set; }
    public List<string>? Tokens { get; set; }
    public List<(string Token, string Clitics)> Clitics { get; } = [];

    public override string ToString() => $"{File}:{Line}";

    public static IEnumerable<SpecCase> Read(string path)
    {
        var name = Path.GetFileName(path);
        SpecCase? current = null;
        int n = 0;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            n++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                if (current is not null) yield return current;
                current = new SpecCase(name, n, Unescape(line[2..]));
                continue;
            }
            if (current is null) throw new InvalidDataException($"{name}:{n}: expectation before any '> input' line.");
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            var key = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 2)..];
            switch (key)
            {
                case "sentences": current.Sentences = value.Split(" || ").Select(Unescape).ToList(); break;
                case "tokens": current.Tokens = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(); break;
                case "clitics":
                    foreach (var pair in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var parts = pair.Split('=');
                        current.Clitics.Add((parts[0], parts[1]));
                    }
                    break;
                default: throw new InvalidDataException($"{name}:{n}: unknown key '{key}'; use sentences, tokens or clitics.");
            }
        }
        if (current is not null) yield return current;
    }

    private static string Unescape(string s) => s.Replace("\\n", "\n", StringComparison.Ordinal);
}
