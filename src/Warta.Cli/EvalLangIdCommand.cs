using System.CommandLine;
using Warta.Engine;
using Warta.Evaluation.LanguageId;
using Warta.LanguageId;

namespace Warta.Cli;

/// <summary><c>warta eval langid [--sentences FILE] [--indosum DIR]</c></summary>
public static class EvalLangIdCommand
{
    public static Command Build()
    {
        var sentences = new Option<string>("--sentences") { Description = "Tuning sentences (EXPECTED, LANGUAGE, SENTENCE).", DefaultValueFactory = _ => Path.Combine("eval", "langid", "sentences.tsv") };
        var heldout = new Option<string>("--heldout") { Description = "Held-out sentences, same format.", DefaultValueFactory = _ => Path.Combine("eval", "langid", "heldout.tsv") };
        var indosum = new Option<string>("--indosum") { Description = "IndoSum folds (whole-article check).", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "news", "indosum") };
        var command = new Command("langid", "Language identification accuracy on written single sentences (id, en, other) and IndoSum articles.");
        command.Options.Add(sentences);
        command.Options.Add(heldout);
        command.Options.Add(indosum);
        command.SetAction(parse =>
        {
            try
            {
                var identifier = LanguageIdentifier.Load(WartaData.Default().PathOf("langid"));
                new LanguageIdEvaluation(identifier).Run([(parse.GetValue(sentences)!, "tuning set"), (parse.GetValue(heldout)!, "held-out")], parse.GetValue(indosum), Console.Out);
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"warta eval langid: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
