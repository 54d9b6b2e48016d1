using System.CommandLine;
using Warta.Evaluation.EnglishActors;

namespace Warta.Cli;

/// <summary><c>warta eval en-actors [--gold FILE]… [--details] [--repo DIR]</c>: English actor mentions against the
/// gold mentions of the English event tuning sets (en-dev, en-dev2, en-dev3, en-check, en-check2 by default).</summary>
public static class EvalEnglishActorsCommand
{
    public static Command Build()
    {
        var gold = new Option<string[]>("--gold") { Description = "English event gold files with a 'marked' column (default: the tuning sets en-dev, en-dev2, en-dev3, en-check, en-check2).", AllowMultipleArgumentsPerToken = true };
        var details = new Option<bool>("--details") { Description = "List every gold mention not found and every extra coded entity." };
        var repo = RepoOption.Create();
        var command = new Command("en-actors", "Score English actor mentions (NER + actor codes) against the gold mentions of the English event sets.");
        command.Options.Add(gold);
        command.Options.Add(details);
        command.Options.Add(repo);
        command.SetAction(parse =>
        {
            if (RepoOption.Resolve(parse, repo, "eval en-actors") is not { } root) return 2;
            try
            {
                return EnglishActorEvalRunner.Run(root, parse.GetValue(gold) ?? [], parse.GetValue(details), Console.Out);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                Console.Error.WriteLine($"warta eval en-actors: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
