using System.CommandLine;
using Warta.LanguageId.Training;

namespace Warta.Cli;

/// <summary><c>warta train &lt;name&gt;</c>: rebuild a trained data file from its (permissively licensed) sources.</summary>
public static class TrainCommand
{
    public static Command Build()
    {
        var command = new Command("train", "Rebuild trained data files from their sources.");
        command.Subcommands.Add(BuildLangId());
        return command;
    }

    private static Command BuildLangId()
    {
        var shared = new Option<string>("--shared") { Description = "The shared data folder.", DefaultValueFactory = _ => Path.Combine("..", "shared", "data") };
        var repo = new Option<string>("--repo") { Description = "The repository root (for eval/segmentation/en-sample.seg).", DefaultValueFactory = _ => "." };
        var output = new Option<string>("--out") { Description = "Where to write the profiles.", DefaultValueFactory = _ => Path.Combine("data", "langid") };
        var command = new Command("langid", "Rebuild data/langid/<lang>.trigrams.tsv (Indonesian from the MIT NER corpora, English from Warta's sample and PETRARCH2).");
        command.Options.Add(shared);
        command.Options.Add(repo);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            try
            {
                foreach (var line in LanguageIdTraining.Train(parse.GetValue(shared)!, parse.GetValue(repo)!, parse.GetValue(output)!))
                    Console.WriteLine(line);
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"warta train langid: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
