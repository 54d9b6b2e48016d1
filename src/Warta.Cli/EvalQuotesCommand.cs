using System.CommandLine;
using Warta.Evaluation.Quotes;

namespace Warta.Cli;

/// <summary><c>warta eval quotes [--split dev|heldout|all|both] [--details] [--repo DIR]</c></summary>
public static class EvalQuotesCommand
{
    public static Command Build()
    {
        var split = new Option<string>("--split") { Description = "dev (first 34 annotated articles), heldout (last 10), all, or both.", DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong("dev", "heldout", "all", "both");
        var details = new Option<bool>("--details") { Description = "Also list missed, extra and mis-attributed statements." };
        var repo = new Option<string?>("--repo") { Description = "Repository root (default: found upward from the current folder)." };
        var command = new Command("quotes", "Score quotes and speakers against eval/quotes/annotated-dev.tsv (IndoSum).");
        command.Options.Add(split);
        command.Options.Add(details);
        command.Options.Add(repo);
        command.SetAction(parse =>
        {
            var root = parse.GetValue(repo) ?? Warta.Evaluation.RepoLocator.FindRepoRoot(Directory.GetCurrentDirectory());
            if (root is null)
            {
                Console.Error.WriteLine("warta eval quotes: run it inside the repository (no Warta.sln found upward) or pass --repo DIR.");
                return 2;
            }
            return QuoteEvalRunner.Run(root, parse.GetValue(split) ?? "dev", parse.GetValue(details), Console.Out, Console.Error);
        });
        return command;
    }
}
