using System.CommandLine;
using System.Text;
using Warta.Core;
using Warta.Engine;
using Warta.Entities;
using Warta.LanguageId;

namespace Warta.Cli;

/// <summary>
/// <c>warta tag [FILE|-] [--lang auto|id|en]</c> (output contract): one token per line, the token in the
/// first whitespace-separated column; each line is written back with a TAB and its IOB2 tag; blank lines
/// (sentence breaks) are kept. With <c>auto</c> the language is identified once from all tokens.
/// </summary>
public static class TagCommand
{
    public static Command Build()
    {
        var input = new Argument<string>("file") { Description = "CoNLL-like file, or - for standard input.", DefaultValueFactory = _ => "-" };
        var lang = new Option<string>("--lang") { Description = "auto, id or en.", DefaultValueFactory = _ => "auto" };
        lang.AcceptOnlyFromAmong("auto", "id", "en");
        var command = new Command("tag", "Tag tokens (one per line, blank line between sentences) with IOB2 named-entity tags.");
        command.Arguments.Add(input);
        command.Options.Add(lang);
        command.SetAction(parse => Run(parse.GetValue(input) ?? "-", parse.GetValue(lang) ?? "auto"));
        return command;
    }

    private static int Run(string path, string lang)
    {
        List<string> lines;
        try
        {
            lines = path == "-" ? ReadAll(Console.In) : ReadAll(new StreamReader(path, Encoding.UTF8));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warta tag: cannot read '{path}': {e.Message}");
            return 1;
        }
        ITokenTagger tagger;
        try
        {
            var data = WartaData.Default();
            if (lang == "auto") lang = DetectLanguage(lines);
            tagger = lang == "en" ? EnglishNer.Load(data.Root) : IndonesianNer.Load(data.Root);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warta tag: {e.Message}");
            return 1;
        }
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        var sentence = new List<string>();
        var sentenceLines = new List<string>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                stdout.WriteLine(line);
                continue;
            }
            sentenceLines.Add(line);
            sentence.Add(FirstColumn(line));
        }
        Flush();
        return 0;

        void Flush()
        {
            if (sentence.Count == 0) return;
            var tags = tagger.Tag(sentence);
            for (int i = 0; i < tags.Length; i++)
            {
                stdout.Write(sentenceLines[i]);
                stdout.Write('\t');
                stdout.WriteLine(NerTags.Name(tags[i]));
            }
            sentence.Clear();
            sentenceLines.Clear();
        }
    }

    private static List<string> ReadAll(TextReader reader)
    {
        using (reader)
        {
            var lines = new List<string>();
            while (reader.ReadLine() is { } line) lines.Add(line);
            return lines;
        }
    }

    private static string FirstColumn(string line)
    {
        var trimmed = line.AsSpan().Trim();
        int end = trimmed.IndexOfAny(' ', '\t');
        return (end < 0 ? trimmed : trimmed[..end]).ToString();
    }

    private static string DetectLanguage(List<string> lines)
    {
        var text = string.Join(' ', lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(FirstColumn));
        var doc = new Document(text, "tag");
        new LanguageIdStage(LanguageIdentifier.Load(WartaData.Default().PathOf("langid"))).Process(doc);
        return doc.Language == "en" ? "en" : "id";
    }
}
