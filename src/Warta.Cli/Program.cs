using System.CommandLine;
using Warta.Cli;

// Exit codes (output contract): 0 all inputs processed, 1 some inputs failed, 2 bad command line.
var root = new RootCommand("Warta: news articles in, event data out (who did what to whom, when, who said what).");
root.Subcommands.Add(AnalyzeCommand.Build());
root.Subcommands.Add(EvalCommand.Build());
root.Subcommands.Add(TrainCommand.Build());
root.Subcommands.Add(TagCommand.Build());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"warta: {error.Message}");
    Console.Error.WriteLine("Run 'warta --help' for usage.");
    return 2;
}
return parse.Invoke();
