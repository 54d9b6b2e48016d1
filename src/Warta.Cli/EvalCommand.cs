using System.CommandLine;

namespace Warta.Cli;

/// <summary><c>warta eval &lt;name&gt;</c>: repeatable evaluations that print their scores.</summary>
public static class EvalCommand
{
    public static Command Build()
    {
        var command = new Command("eval", "Evaluate a stage against gold data and print the scores.");
        command.Subcommands.Add(EvalSegmentationCommand.Build());
        command.Subcommands.Add(EvalActorsCommand.Build());
        command.Subcommands.Add(EvalQuotesCommand.Build());
        command.Subcommands.Add(EvalEventsCommand.Build());
        command.Subcommands.Add(EvalEventsCommand.BuildTopics());
        command.Subcommands.Add(EvalEnglishActorsCommand.Build());
        command.Subcommands.Add(EvalLangIdCommand.Build());
        command.Subcommands.Add(EvalNerCommand.Build());
        command.Subcommands.Add(EvalTimesCommand.Build());
        return command;
    }
}
