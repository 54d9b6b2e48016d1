using System.CommandLine;
using Warta.Engine;
using Warta.Evaluation.Segmentation;
using Warta.Segmentation;

namespace Warta.Cli;

/// <summary><c>warta eval segmentation [--ud DIR] [--sample FILE] [--errors N]</c></summary>
public static class EvalSegmentationCommand
{
    public static Command Build()
    {
        var ud = new Option<string>("--ud") { Description = "Folder of the UD treebanks (csui/, gsd/).", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ud") };
        var sample = new Option<string>("--sample") { Description = "The annotated English sample.", DefaultValueFactory = _ => Path.Combine("eval", "segmentation", "en-sample.seg") };
        var indosum = new Option<string?>("--indosum") { Description = "Also compare with IndoSum's own (automatic, silver) splits in this folder, e.g. ../shared/data/news/indosum." };
        var errors = new Option<int>("--errors") { Description = "Print up to N mistakes per corpus (for tuning).", DefaultValueFactory = _ => 0 };
        var command = new Command("segmentation", "Sentence-boundary and token F1 on UD Indonesian (csui, gsd) and the English sample.");
        command.Options.Add(ud);
        command.Options.Add(sample);
        command.Options.Add(errors);
        command.Options.Add(indosum);
        command.SetAction(parse =>
        {
            try
            {
                var stage = SegmentationStage.Load(WartaData.Default().Root);
                var scores = new SegmentationEvaluation(stage).Run(parse.GetValue(ud)!, parse.GetValue(sample)!, parse.GetValue(errors), parse.GetValue(indosum));
                SegmentationEvaluation.Print(scores, Console.Out);
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"warta eval segmentation: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
