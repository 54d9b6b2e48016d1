using System.CommandLine;
using Warta.Core;
using Warta.Engine;
using Warta.Evaluation.Actors;

namespace Warta.Cli;

/// <summary><c>warta eval actors [--file eval/actors/resolution.tsv] [--errors] [--sample FILE] [--indosum DIR]</c>:
/// actor resolution accuracy on the written test cases, and precision on a judged sample of real news.
/// <c>--dump-entities [--exclude FILE]…</c> instead writes every entity of the IndoSum dev-split articles with
/// its actor code (TSV on stdout), for tools/actors/mine_uncoded.py.</summary>
public static class EvalActorsCommand
{
    public static Command Build()
    {
        var file = new Option<string?>("--file") { Description = "Test cases (default: eval/actors/resolution.tsv of the repository)." };
        var errors = new Option<bool>("--errors") { Description = "List the cases resolved wrongly." };
        var sample = new Option<string?>("--sample") { Description = "Judged IndoSum mentions (default: eval/actors/indosum-dev02-sample.tsv); scored when IndoSum is found." };
        var indosum = new Option<string?>("--indosum") { Description = "IndoSum folder (default: ../shared/data/news/indosum beside the repository)." };
        var dump = new Option<bool>("--dump-entities") { Description = "Write the entities (with actor codes) of every IndoSum dev-split article as TSV instead of scoring; held-out articles are never read." };
        var exclude = new Option<string[]>("--exclude") { Description = "With --dump-entities: files whose first column lists article ids to skip (gold articles).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("actors", "Score actor resolution (actor code and canonical name per mention, by article date).");
        command.Options.Add(file);
        command.Options.Add(errors);
        command.Options.Add(sample);
        command.Options.Add(indosum);
        command.Options.Add(dump);
        command.Options.Add(exclude);
        command.SetAction(parse => parse.GetValue(dump)
            ? Dump(parse.GetValue(indosum), parse.GetValue(exclude) ?? [])
            : Run(parse.GetValue(file), parse.GetValue(errors), parse.GetValue(sample), parse.GetValue(indosum)));
        return command;
    }

    private static int Run(string? fileArg, bool listErrors, string? sampleArg, string? indosumArg)
    {
        var path = fileArg ?? FindUp(Path.Combine("eval", "actors", "resolution.tsv"));
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine($"warta eval actors: test file '{path ?? "eval/actors/resolution.tsv"}' not found; run inside the Warta repository or pass --file.");
            return 2;
        }
        try
        {
            var data = WartaData.Default();
            // The stages before NER give the language (and sentences); the gold mention stands in for NER.
            var before = WartaPipeline.Create(data).Stages.TakeWhile(s => (s.Adds & (Layer.Entities | Layer.Actors)) == 0).ToList();
            var outcomes = ActorResolutionEval.Run(ActorResolutionEval.ReadCases(path), before, WartaPipeline.ActorStages(data));
            Console.WriteLine($"actor resolution on {Path.GetFileName(path)} ({outcomes.Count} cases):");
            ActorResolutionEval.Report(outcomes, Console.Out, listErrors);

            var samplePath = sampleArg ?? FindUp(Path.Combine("eval", "actors", "indosum-dev02-sample.tsv"));
            var repo = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)));
            var indosumFolder = indosumArg ?? (repo is null ? null : Path.Combine(repo, "..", "shared", "data", "news", "indosum"));
            if (samplePath is null || indosumFolder is null || !Directory.Exists(indosumFolder))
            {
                Console.WriteLine("precision sample: skipped (IndoSum not found; pass --indosum DIR).");
                return 0;
            }
            var (right, total, wrong) = ActorPrecisionSample.Run(ActorPrecisionSample.Read(samplePath), indosumFolder, before, WartaPipeline.ActorStages(data));
            Console.WriteLine($"precision sample on {Path.GetFileName(samplePath)} (IndoSum dev.02, judged mentions): {right / (double)total:0.000} ({right}/{total})");
            if (listErrors) foreach (var w in wrong) Console.WriteLine(w);
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            Console.Error.WriteLine($"warta eval actors: {e.Message}");
            return 1;
        }
    }

    private static int Dump(string? indosumArg, string[] excludeFiles)
    {
        var repo = Warta.Evaluation.RepoLocator.FindRepoRoot(Directory.GetCurrentDirectory());
        var folder = indosumArg ?? (repo is null ? null : Warta.Corpora.IndoSum.DefaultFolder(repo));
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine($"warta eval actors --dump-entities: IndoSum folder '{folder ?? "../shared/data/news/indosum"}' not found; run inside the repository or pass --indosum DIR.");
            return 2;
        }
        try
        {
            var excluded = EntityDump.ReadIds(excludeFiles);
            int n = EntityDump.Run(folder, excluded, WartaPipeline.Create(WartaData.Default()), Console.Out);
            Console.Error.WriteLine($"dumped the entities of {n} dev-split IndoSum articles ({excluded.Count} ids excluded).");
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            Console.Error.WriteLine($"warta eval actors --dump-entities: {e.Message}");
            return 1;
        }
    }

    private static string? FindUp(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        return null;
    }
}
