namespace Warta.Entities;

/// <summary>
/// Wires the Indonesian tagger from Warta's data folder: <c>id/ner/titles.txt</c>, the name lists
/// <c>id/ner/names-*.tsv</c> (with the snapshot of the actor dictionaries' people and organisations,
/// <see cref="ActorNames"/>), the entity memory <c>id/ner/memory.tsv</c> and the trained model <c>id/ner/id-ner.model</c>.
/// Gazetteer choice: the DBpedia name lists in ../shared/data may not be shipped, and a feature must be
/// computable at inference from what we ship, so the gazetteer features use only lists we may ship
/// (CLDR country names, names and titles written for Warta). DBpedia is not used at all.
/// </summary>
public static class IndonesianNer
{
    public const int HashBits = 20;
    public const string ModelFile = "id-ner.model";
    /// <summary>Names annotated in the training corpora, written by <c>warta train ner</c> beside the model.</summary>
    public const string MemoryFile = "memory.tsv";

    public static string Folder(string dataRoot) => Path.Combine(dataRoot, "id", "ner");

    /// <summary>Snapshot of the actor dictionaries' names (<see cref="ActorNames"/>), written when training.</summary>
    public const string ActorNamesFile = "names-actors.tsv";

    /// <summary>Titles and the <c>names-*.tsv</c> lists, the actor snapshot last (the first list naming a name
    /// gives its type); training passes the snapshot it has just written beside the model.</summary>
    public static NerLexicon LoadLexicon(string dataRoot, string? actorNamesPath = null)
    {
        var folder = Folder(dataRoot);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Indonesian NER data folder '{folder}' does not exist.");
        var names = Directory.GetFiles(folder, "names-*.tsv")
            .Where(f => Path.GetFileName(f) != ActorNamesFile)
            .Order(StringComparer.Ordinal)
            .Append(actorNamesPath ?? Path.Combine(folder, ActorNamesFile)).ToArray();
        return NerLexicon.Load(Path.Combine(folder, "titles.txt"), names);
    }

    public static NerFeatures LoadFeatures(string dataRoot) =>
        new(LoadLexicon(dataRoot), HashBits, EntityMemory.Load(Path.Combine(Folder(dataRoot), MemoryFile)));

    public static PerceptronTagger Load(string dataRoot) =>
        new(LoadFeatures(dataRoot), NerModel.Load(Path.Combine(Folder(dataRoot), ModelFile)));
}

/// <summary>
/// The Indonesian training set, always assembled in the same order: idner-news-2k train, NER-UI fold 1
/// train + dev, NERGrit train + valid. NER-UI and NERGrit sentences that also occur in idner-news-2k dev
/// (compared on letters and digits, case-folded) are dropped so the dev score stays clean. Each corpus is
/// its own feature domain (see <see cref="NerFeatures.Extract"/>).
/// </summary>
public sealed class IndonesianTrainingSet
{
    public required IReadOnlyList<TaggedSentence> Sentences { get; init; }
    public required IReadOnlyList<(string File, int Kept, int DroppedAsDev)> Parts { get; init; }

    public static readonly string[] IdnerTrain = ["idner-news-2k", "train.txt"];
    public static readonly string[] IdnerDev = ["idner-news-2k", "dev.txt"];
    private static readonly string[][] Others =
    [
        ["nerui", "train.01.tsv"], ["nerui", "dev.01.tsv"],
        ["nergrit", "train_preprocess.txt"], ["nergrit", "valid_preprocess.txt"],
    ];

    public static IndonesianTrainingSet Load(string nerCorporaRoot)
    {
        var devKeys = ConllCorpus.Read(Path.Combine([nerCorporaRoot, .. IdnerDev])).Select(s => s.DedupKey()).ToHashSet();
        var all = new List<TaggedSentence>();
        var parts = new List<(string, int, int)>();
        int unique = 0;
        foreach (var rel in new[] { IdnerTrain }.Concat(Others))
        {
            // Domain: 0 = idner-news-2k (the target conventions), 1 = NER-UI, 2 = NERGrit.
            int domain = rel == IdnerTrain ? 0 : rel[0] == "nerui" ? 1 : 2;
            var file = Path.Combine([nerCorporaRoot, .. rel]);
            int dropped = 0, kept = 0;
            foreach (var s in ConllCorpus.Read(file))
            {
                if (rel != IdnerTrain && devKeys.Contains(s.DedupKey())) { dropped++; continue; }
                // Folds for the jackknifed entity memory: round robin over distinct sentences.
                var sentence = s with { Domain = domain, Fold = unique++ };
                all.Add(sentence);
                // The target corpus counts twice: it is the smallest and its conventions are the ones we want.
                if (domain == 0) all.Add(sentence);
                kept++;
            }
            parts.Add((string.Join('/', rel), kept, dropped));
        }
        return new IndonesianTrainingSet { Sentences = all, Parts = parts };
    }
}
