using System.CommandLine;
using Warta.Engine;
using Warta.Entities;
using Warta.Evaluation.Ner;

namespace Warta.Cli;

/// <summary><c>warta eval ner [--lang id|en] [--split dev|test]</c>: entity-level P/R/F1.
/// Indonesian: idner-news-2k dev (its test split is held back). English: eval/ner/en-{split}.conll.</summary>
public static class EvalNerCommand
{
    public static Command Build()
    {
        var lang = new Option<string>("--lang") { Description = "id or en.", DefaultValueFactory = _ => "id" };
        lang.AcceptOnlyFromAmong("id", "en");
        var split = new Option<string>("--split") { Description = "dev or test (test exists for en only).", DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong("dev", "test");
        var corpora = new Option<string?>("--corpora") { Description = "Folder with idner-news-2k/ (default: ../shared/data/ner)." };
        var errors = new Option<int>("--errors") { Description = "Also list the N most frequent errors (with counts by kind and type).", DefaultValueFactory = _ => 0 };
        var command = new Command("ner", "Score named-entity recognition (exact span and type, micro and per type).");
        command.Options.Add(lang);
        command.Options.Add(split);
        command.Options.Add(corpora);
        command.Options.Add(errors);
        command.SetAction(parse => Run(parse.GetValue(lang)!, parse.GetValue(split)!, parse.GetValue(corpora), parse.GetValue(errors)));
        return command;
    }

    private static int Run(string lang, string split, string? corporaArg, int errors)
    {
        try
        {
            var data = WartaData.Default();
            string file;
            ITokenTagger tagger;
            if (lang == "id")
            {
                if (split != "dev")
                {
                    Console.Error.WriteLine("warta eval ner: idner-news-2k's test split is held back; use --split dev.");
                    return 2;
                }
                var root = corporaArg ?? (Locations.SharedData() is { } s ? Path.Combine(s, "ner") : null);
                if (root is null) { Console.Error.WriteLine("warta eval ner: ../shared/data/ner not found; pass --corpora DIR."); return 2; }
                file = Path.Combine([root, .. IndonesianTrainingSet.IdnerDev]);
                tagger = IndonesianNer.Load(data.Root);
            }
            else
            {
                var repo = Locations.RepoRoot();
                if (repo is null) { Console.Error.WriteLine("warta eval ner: run inside the Warta repository (eval/ner/ holds the English sets)."); return 2; }
                file = Path.Combine(repo, "eval", "ner", $"en-{split}.conll");
                tagger = EnglishNer.Load(data.Root);
            }
            var gold = ConllCorpus.Read(file);
            var score = NerEvaluation.Score(tagger, gold);
            Console.Write(score.Report($"NER {lang} {split} ({file})"));
            if (errors > 0) Console.Write(NerErrors.Collect(tagger, gold).Report(errors));
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warta eval ner: {e.Message}");
            return 1;
        }
    }
}
