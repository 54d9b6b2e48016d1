using System.Text;
using Warta.Core;

namespace Warta.Evaluation.Segmentation;

/// <summary>
/// Reads a hand-annotated segmentation sample (<c>eval/segmentation/*.seg</c>): one sentence per line,
/// a blank line between paragraphs, <c>#</c> comment lines. Inside a line, a space separates two tokens
/// that a space separates in the text, and a middle dot (·) separates two tokens written together
/// ("said·," is "said," in the text). The text is rebuilt as: sentences of a paragraph joined by one
/// space, paragraphs by a blank line — the layout of <see cref="Article.ToDocument"/>.
/// </summary>
public static class SegSampleCorpus
{
    public const char Glue = '·';

    public static GoldCorpus Read(string path, string name, string role, int paragraphsPerDocument = 5)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Segmentation sample '{path}' not found; run from the repository root or pass --sample.", path);
        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('#')) continue;
            if (line.Length == 0)
            {
                if (current.Count > 0) { paragraphs.Add(current); current = []; }
                continue;
            }
            current.Add(line);
        }
        if (current.Count > 0) paragraphs.Add(current);
        var documents = paragraphs.Chunk(paragraphsPerDocument).Select(Build).ToList();
        return new GoldCorpus(name, role, documents);
    }

    private static GoldDocument Build(List<string>[] paragraphs)
    {
        var text = new StringBuilder();
        var sentences = new List<TextSpan>();
        var tokens = new List<TextSpan>();
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0) text.Append("\n\n");
            for (int s = 0; s < paragraph.Count; s++)
            {
                if (s > 0) text.Append(' ');
                int sentenceStart = text.Length;
                foreach (var spaced in paragraph[s].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (text.Length > sentenceStart) text.Append(' ');
                    foreach (var token in spaced.Split(Glue, StringSplitOptions.RemoveEmptyEntries))
                    {
                        int start = text.Length;
                        text.Append(token);
                        tokens.Add(new TextSpan(start, text.Length));
                    }
                }
                sentences.Add(new TextSpan(sentenceStart, text.Length));
            }
        }
        return new GoldDocument(text.ToString(), sentences, tokens);
    }
}
