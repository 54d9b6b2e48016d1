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
        var repo = RepoOption.Create();
        var command = new Command("quotes", "Score quotes and speakers against eval/quotes/annotated-dev.tsv (IndoSum).");
        command.Options.Add(split);
        command.Options.Add(details);
        command.Options.Add(repo);
        command.SetAction(parse =>
        {
            if (RepoOption.Resolve(parse, repo, "eval quotes") is not { } root) return 2;
            return QuoteEvalRunner.Run(root, parse.GetValue(split) ?? "dev", parse.GetValue(details), Console.Out, Console.Error);
        });
        return command;
    }
}
