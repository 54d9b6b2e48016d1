using System.CommandLine;
using System.Globalization;
using Warta.Core;
using Warta.Core.Output;
using Warta.Engine;
using Warta.Readers;

namespace Warta.Cli;

/// <summary><c>warta analyze [PATH ...] [--published YYYY-MM-DD] [--collected YYYY-MM-DD] [--lang auto|id|en] [--output FILE]</c></summary>
public static class AnalyzeCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .html, .jsonl), folders (walked recursively) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none." };
        var collected = new Option<string?>("--collected")
        {
            Description = "When the inputs were collected (YYYY-MM-DD), for archives read later: a publication date " +
                          "inferred from weekdays is never after it, and an article nothing dates is taken as that day's news. Default: today.",
        };
        var lang = new Option<string>("--lang") { Description = "auto, id or en.", DefaultValueFactory = _ => "auto" };
        lang.AcceptOnlyFromAmong("auto", "id", "en");
        var output = new Option<string?>("--output", "-o") { Description = "Write JSON Lines here instead of standard output." };
        var threads = new Option<int>("--threads")
        {
            Description = "Articles analysed at once (default: the processor count). Results are written in input order, the same whatever the count.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var explain = new Option<bool>("--explain-events") { Description = "Also print to standard error why trigger words gave no event (diagnostics)." };

        var command = new Command("analyze", "Analyze articles and print one JSON object per article (output contract v1).");
        command.Arguments.Add(paths);
        command.Options.Add(published);
        command.Options.Add(collected);
        command.Options.Add(lang);
        command.Options.Add(output);
        command.Options.Add(threads);
        command.Options.Add(explain);
        command.SetAction(parse =>
        {
            if (!TryDate(parse.GetValue(published), "--published", out var date) || !TryDate(parse.GetValue(collected), "--collected", out var collectedOn))
                return 2;
            if (parse.GetValue(threads) is var n && n < 1)
            {
                Console.Error.WriteLine($"warta analyze: --threads {n} is not a thread count; give 1 or more (default: {Environment.ProcessorCount}, the processor count).");
                return 2;
            }
            var language = parse.GetValue(lang) is "auto" or null ? null : parse.GetValue(lang);
            return Run(parse.GetValue(paths) ?? [], date, language, parse.GetValue(output), collectedOn, n, parse.GetValue(explain));
        });
        return command;
    }

    private static bool TryDate(string? value, string option, out DateOnly? date)
    {
        date = null;
        if (value is null) return true;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            Console.Error.WriteLine($"warta analyze: {option} '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2021-10-21.");
            return false;
        }
        date = d;
        return true;
    }

    /// <summary>Why each trigger word of the document gave no event (codes the events again with notes), one line per note.</summary>
    private static string ExplainEvents(Pipeline pipeline, Document doc, string source)
    {
        if (pipeline.Stages.OfType<Warta.Events.EventStage>().FirstOrDefault() is not { } events) return "";
        var why = new Warta.Events.Coding.Explanation();
        events.Mentions(doc, why);
        var lines = new System.Text.StringBuilder();
        foreach (var note in why.Notes)
            lines.AppendLine($"why {source} s{note.Sentence} {note.Form}#{note.Word}: {note.Reason}");
        return lines.ToString();
    }

    /// <param name="threads">Articles analysed at once; results are written in input order whatever the count.</param>
    /// <param name="explainEvents">Also print, after each article's line, why its trigger words gave no event (standard error).</param>
    public static int Run(IReadOnlyList<string> paths, DateOnly? published, string? language, string? outputPath, DateOnly? collected = null, int threads = 1,
        bool explainEvents = false)
    {
        Pipeline pipeline;
        InputReader reader;
        try
        {
            var data = WartaData.Default();
            pipeline = WartaPipeline.Create(data, collected);
            reader = InputReader.ForData(data.Root);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warta analyze: {e.Message}");
            return 1;
        }
        Stream output;
        try { output = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warta analyze: cannot write --output '{outputPath}': {e.Message}");
            return 2;
        }
        int failures = 0;
        var gen0 = new Gen0Cap(16L * 1024 * 1024);
        using (var buffered = new BufferedStream(output, 1 << 16))
        {
            // Standard input is read as bytes (its encoding and format are sniffed) and only when "-" is given.
            using var stdin = paths.Contains("-") ? Console.OpenStandardInput() : null;
            // Articles are analysed on the workers (the pipeline and its data are shared read-only); this thread writes
            // each result, or the input's error, in input order.
            OrderedParallel.Run(reader.Read(paths, stdin), threads, item => Analyze(item, pipeline, published, language, explainEvents), (_, result) =>
            {
                if (result.Error is not null)
                {
                    failures++;
                    Console.Error.WriteLine(result.Error);
                    return;
                }
                buffered.Write(result.Json);
                // Flushed per article so a consumer of a long stream sees each result as it is made.
                buffered.Flush();
                if (result.Explanation is { Length: > 0 } why) Console.Error.Write(why);
                gen0.AfterArticle();
            });
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>One input's JSON line, or the message saying why it has none.</summary>
    private readonly record struct Outcome(byte[] Json, string? Error, string? Explanation = null);

    private static Outcome Analyze(InputItem item, Pipeline pipeline, DateOnly? published, string? language, bool explainEvents)
    {
        switch (item)
        {
            case InputError error:
                return new Outcome([], $"warta analyze: {error}");
            case ArticleInput input:
                var article = input.Article;
                if (article.Published is null && published is not null) article = article with { Published = published };
                if (language is not null) article = article with { Language = language };
                try
                {
                    var doc = pipeline.Run(article.ToDocument());
                    using var json = new MemoryStream();
                    ContractJsonWriter.WriteLine(doc, json);
                    return new Outcome(json.ToArray(), null, explainEvents ? ExplainEvents(pipeline, doc, article.Source) : null);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return new Outcome([], $"warta analyze: {article.Source}: analysis failed: {e.Message}");
                }
            default:
                return new Outcome([], null); // (the readers make no other kind of item)
        }
    }
}
