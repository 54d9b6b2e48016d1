using System.CommandLine;
using System.Diagnostics;
using Warta.LanguageId.Training;
using Warta.Engine;
using Warta.Entities;
using Warta.Evaluation.Ner;

namespace Warta.Cli;

/// <summary><c>warta train ner [--corpora DIR] [--output FILE] [--epochs N]</c>: re-trains the shipped
/// Indonesian NER model deterministically (same corpora, order, seed and settings → same bytes).</summary>
public static class TrainCommand
{
    public const int DefaultEpochs = 12;
    public const ulong DefaultSeed = 20211021;

    public static Command Build()
    {
        var corpora = new Option<string?>("--corpora") { Description = "Folder with idner-news-2k/, nerui/, nergrit/ (default: ../shared/data/ner)." };
        var output = new Option<string?>("--output", "-o") { Description = "Model file to write (default: data/id/ner/id-ner.model in the repository)." };
        var epochs = new Option<int>("--epochs") { Description = "Training passes.", DefaultValueFactory = _ => DefaultEpochs };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the per-epoch shuffle.", DefaultValueFactory = _ => DefaultSeed };
        var ner = new Command("ner", "Train the Indonesian NER model (averaged perceptron, Viterbi) from idner-news-2k, NER-UI and NERGrit.");
        ner.Options.Add(corpora);
        ner.Options.Add(output);
        ner.Options.Add(epochs);
        ner.Options.Add(seed);
        ner.SetAction(parse => RunNer(parse.GetValue(corpora), parse.GetValue(output), parse.GetValue(epochs), parse.GetValue(seed)));
        var train = new Command("train", "Train Warta's models.");
        train.Subcommands.Add(ner);
        train.Subcommands.Add(BuildLangId());
        train.Subcommands.Add(BuildEvents());
        return train;
    }

    private static int RunNer(string? corporaArg, string? outputArg, int epochs, ulong seed)
    {
        var corporaRoot = corporaArg ?? (Locations.SharedData() is { } s ? Path.Combine(s, "ner") : null);
        if (corporaRoot is null || !Directory.Exists(corporaRoot))
        {
            Console.Error.WriteLine($"warta train ner: corpora folder '{corporaRoot ?? "../shared/data/ner"}' not found; pass --corpora DIR.");
            return 2;
        }
        var repo = Locations.RepoRoot();
        var outputPath = outputArg ?? (repo is null ? null : Path.Combine(IndonesianNer.Folder(Path.Combine(repo, "data")), IndonesianNer.ModelFile));
        if (outputPath is null)
        {
            Console.Error.WriteLine("warta train ner: not inside the Warta repository; pass --output FILE.");
            return 2;
        }
        if (epochs is < 1 or > 100)
        {
            Console.Error.WriteLine($"warta train ner: --epochs {epochs} must be 1..100.");
            return 2;
        }
        try
        {
            var clock = Stopwatch.StartNew();
            // Word lists come from the repository's data when training there, so the model matches what ships.
            var dataRoot = repo is not null ? Path.Combine(repo, "data") : WartaData.Default().Root;
            var set = IndonesianTrainingSet.Load(corporaRoot);
            foreach (var (file, kept, dropped) in set.Parts)
                Console.Error.WriteLine($"{file}: {kept} sentences used, {dropped} dropped (also in idner-news-2k dev)");
            // The entity memory ships beside the model: tagging must see the list the model was trained with.
            var memoryPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputPath))!, IndonesianNer.MemoryFile);
            var names = EntityMemory.NamesOf(set.Sentences).ToList();
            var outside = EntityMemory.OutsideOf(set.Sentences).ToList();
            Directory.CreateDirectory(Path.GetDirectoryName(memoryPath)!);
            EntityMemory.Save(memoryPath, MemoryHeader(set), names, outside);
            // So does the snapshot of the actor names: later edits of data/actors change nothing until re-training.
            var actorNamesPath = Path.Combine(Path.GetDirectoryName(memoryPath)!, IndonesianNer.ActorNamesFile);
            ActorNames.Save(actorNamesPath, ActorNames.Load(Path.Combine(dataRoot, "actors")));
            var features = new NerFeatures(IndonesianNer.LoadLexicon(dataRoot, actorNamesPath), IndonesianNer.HashBits, new EntityMemory(names, outside));
            var description = $"Warta Indonesian NER; averaged perceptron + Viterbi, {epochs} epochs, seed {seed}, 2^{IndonesianNer.HashBits} hashed features v{NerFeatures.Version}; "
                + "trained on " + string.Join(", ", set.Parts.Select(p => $"{p.File} ({p.Kept})"))
                + $"; gazetteer: {features.Lexicon.NameCount} shipped names, {features.Lexicon.TitleCount} titles"
                + $"; entity memory: {features.Memory!.Count} names and {features.Memory.OutsideCount} capitalised words outside names, {PerceptronTrainer.MemoryFolds}-fold jackknife";
            var model = new PerceptronTrainer(features, epochs, seed).Train(set.Sentences, description, m => Console.Error.WriteLine(m));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
            using (var file = File.Create(outputPath)) model.Save(file);
            Console.Error.WriteLine($"wrote {memoryPath} ({features.Memory.Count:N0} names) and {outputPath} ({new FileInfo(outputPath).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warta train ner: {e.Message}");
            return 1;
        }
    }

    private static string[] MemoryHeader(IndonesianTrainingSet set) =>
    [
        "Entity memory of the Indonesian NER model: the lower-cased names annotated as PER/ORG/LOC in its training",
        "corpora (one line per name and type) and the capitalised words they leave outside names (type O, not",
        "counting sentence starts); generated by 'warta train ner'; do not edit, re-train instead.",
        "Sources: " + string.Join(", ", set.Parts.Select(p => p.File)) + ".",
        "idner-news-2k: Khairunnisa, Imankulova & Komachi 2020, MIT. NER-UI: Gultom & Wibowo 2017, MIT / CC BY 4.0.",
        "NERGrit: Gria Inovasi Teknologi 2019 via IndoNLU, MIT. Format: name<TAB>PER|ORG|LOC or word<TAB>O",
    ];

    private static Command BuildEvents()
    {
        var output = new Option<string?>("--output", "-o") { Description = "Model file to write (default: data/id/events/trigger-model.tsv in the repository)." };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds for the threshold.", DefaultValueFactory = _ => 5 };
        var epochs = new Option<int>("--epochs") { Description = "Training passes.", DefaultValueFactory = _ => 10 };
        var threshold = new Option<float?>("--threshold") { Description = "Use this margin instead of the cross-validated one." };
        var dictionaryWords = new Option<bool>("--dictionary-words") { Description = "Also train on words the pattern dictionary knows (their stems and contexts carry to forms it does not)." };
        var command = new Command("events", "Train the learned trigger model (data/id/events/trigger-model.tsv) from the news-sentence event gold (id-news-train, id-news-nerui; never IndoSum).");
        command.Options.Add(output);
        command.Options.Add(folds);
        command.Options.Add(epochs);
        command.Options.Add(threshold);
        command.Options.Add(dictionaryWords);
        command.SetAction(parse =>
        {
            var repo = Locations.RepoRoot();
            if (repo is null)
            {
                Console.Error.WriteLine("warta train events: not inside the Warta repository (eval/events and data/ are needed).");
                return 2;
            }
            if (parse.GetValue(folds) is < 2 or > 20 || parse.GetValue(epochs) is < 1 or > 100)
            {
                Console.Error.WriteLine("warta train events: --folds must be 2..20 and --epochs 1..100.");
                return 2;
            }
            var path = parse.GetValue(output) ?? Path.Combine(repo, "data", "id", "events", Warta.Events.Learned.TriggerModel.FileName);
            try
            {
                return Warta.Evaluation.Events.TriggerTrainingRunner.Run(repo, path,
                    new(parse.GetValue(folds), parse.GetValue(epochs), parse.GetValue(threshold), parse.GetValue(dictionaryWords)), Console.Out, Console.Error);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"warta train events: {e.Message}");
                return 1;
            }
        });
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
