using System.CommandLine;
using Warta.Evaluation.Events;

namespace Warta.Cli;

/// <summary><c>warta eval events [--lang id|en] [--split dev|test|all] [--gold FILE] [--details] [--gold-actors] [--repo DIR]</c></summary>
public static class EvalEventsCommand
{
    public static Command Build()
    {
        var split = new Option<string>("--split") { Description = "dev (tuning), test (held-out articles) or all.", DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong("dev", "test", "all");
        var lang = new Option<string>("--lang") { Description = "id (IndoSum gold, eval/events/id-dev.tsv) or en (eval/events/en-dev.tsv).", DefaultValueFactory = _ => "id" };
        lang.AcceptOnlyFromAmong("id", "en");
        var gold = new Option<string?>("--gold") { Description = "Gold file (default: eval/events/id-dev.tsv)." };
        var details = new Option<bool>("--details") { Description = "Also print gold and predicted events of each sentence." };
        var goldActors = new Option<bool>("--gold-actors") { Description = "English only: use the gold actor mentions of the set's 'marked' column instead of NER + actors (scores the event coder alone)." };
        var repo = RepoOption.Create();
        var command = new Command("events", "Score coded events (source, target, root) against the IndoSum event gold set.");
        command.Options.Add(split);
        command.Options.Add(lang);
        command.Options.Add(gold);
        command.Options.Add(details);
        command.Options.Add(goldActors);
        command.Options.Add(repo);
        command.SetAction(parse =>
        {
            if (RepoOption.Resolve(parse, repo, "eval events") is not { } root) return 2;
            try
            {
                if (parse.GetValue(lang) == "en")
                    return EventEvalRunner.RunEnglish(root, parse.GetValue(gold), parse.GetValue(details), parse.GetValue(goldActors), Console.Out, Console.Error);
                return EventEvalRunner.Run(root, parse.GetValue(split) ?? "dev", parse.GetValue(gold), parse.GetValue(details), Console.Out, Console.Error);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                Console.Error.WriteLine($"warta eval events: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary><c>warta eval topics [--repo DIR]</c>: the off-topic article test against IndoSum's categories.</summary>
    public static Command BuildTopics()
    {
        var repo = RepoOption.Create();
        var list = new Option<string?>("--list") { Description = "Also list the flagged articles of this IndoSum category (e.g. \"tajuk utama\")." };
        var command = new Command("topics", "How the off-topic article test (sport, showbiz, gadgets) sorts IndoSum's categories.");
        command.Options.Add(repo);
        command.Options.Add(list);
        command.SetAction(parse =>
        {
            if (RepoOption.Resolve(parse, repo, "eval topics") is not { } root) return 2;
            return TopicEvalRunner.Run(root, Console.Out, Console.Error, parse.GetValue(list));
        });
        return command;
    }
}
