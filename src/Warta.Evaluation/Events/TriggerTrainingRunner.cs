using System.Globalization;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;
using Warta.Events;
using Warta.Events.Coding;
using Warta.Events.Learned;

namespace Warta.Evaluation.Events;

/// <summary>
/// <c>warta train events</c>: trains the learned trigger model (<see cref="TriggerModel"/>) from the event gold on
/// permissively licensed news sentences (eval/events/id-news-train.tsv, idner-news-2k train, MIT; id-news-nerui.tsv,
/// NER-UI, MIT/CC BY) — never from IndoSum (CC BY-SA), which stays out-of-domain validation. Each sentence is run
/// through the pipeline (tokens, entities, actors); every candidate word (<see cref="TriggerCandidates"/>) is labelled
/// with the root of the gold event whose trigger starts with it, else O. The threshold is chosen by k-fold
/// cross-validation of the whole coder's (source, target, root) F1 on the held-out sentences.
/// </summary>
public static class TriggerTrainingRunner
{
    public static readonly string[] GoldFiles = ["id-news-train.tsv", "id-news-nerui.tsv"];
    public static readonly float[] Thresholds = [-8f, -5f, -3f, -2f, -1f, 0f, 0.5f, 1f, 2f, 3f, 4f, 6f, 8f, 12f];

    /// <summary>A gold sentence run through the pipeline, with its candidate words as training examples.</summary>
    public sealed record TrainingSentence(GoldSentence Gold, Document Document, List<TriggerExample> Examples);

    /// <summary>Grammar classes of words a gold trigger phrase may start with that are not its trigger word.</summary>
    private static readonly string[] Leading = ["negator", "intent", "aux", "deontic", "degree", "hypothetical"];

    /// <param name="DictionaryWords">Train on the dictionary's trigger words too (see <see cref="TriggerCandidates.KindOf"/>).</param>
    public sealed record Options(int Folds = 5, int Epochs = 10, float? Threshold = null, bool DictionaryWords = false);

    /// <summary>Runs the pipeline on the gold sentences and collects the examples (the gold rows and texts are given, so
    /// a test can train on a toy set).</summary>
    public static List<TrainingSentence> Prepare(Pipeline pipeline, IEnumerable<(GoldSentence Gold, string Text)> sentences, bool dictionaryWords, TextWriter log)
    {
        var stage = pipeline.Stages.OfType<EventStage>().First();
        var language = stage.LanguageOf("id") ?? throw new InvalidOperationException("no Indonesian event coder");
        var candidates = new TriggerCandidates(language.Patterns, language.Grammar, language.Morphology);
        var result = new List<TrainingSentence>();
        int triggers = 0, found = 0, labelled = 0, known = 0;
        foreach (var (gold, text) in sentences)
        {
            var doc = new Document(text, "news:" + gold.ArticleId, gold.ArticleId)
            {
                Paragraphs = [new TextSpan(0, text.Length)],
                DeclaredLanguage = "id",
            };
            pipeline.Run(doc);
            // the first word of each gold trigger past negators and modals ("tidak pernah menerima", "akan menggelar")
            var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
            var inside = new HashSet<string>(StringComparer.Ordinal);
            for (int e = 0; e < gold.Events.Count && e < gold.Triggers.Count; e++)
            {
                var words = gold.Triggers[e].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .SkipWhile(w => Leading.Any(c => language.Grammar.Is(c, w))).ToList();
                if (words.Count == 0) continue;
                triggers++;
                wanted.TryAdd(TriggerCandidates.Bare(words[0]), TriggerModel.LabelOf(gold.Events[e].Root));
                foreach (var w in words.Skip(1)) inside.Add(TriggerCandidates.Bare(w));
            }
            var examples = new List<TriggerExample>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int si = 0; si < doc.Sentences.Count; si++)
            {
                var view = new SentenceView(doc, si);
                for (int i = 0; i < view.Count; i++)
                {
                    var bare = TriggerCandidates.Bare(view[i]);
                    bool isGold = wanted.TryGetValue(bare, out var label);
                    if (isGold && seen.Add(bare))
                    {
                        found++;
                        if (language.Patterns.IsTriggerWord(view[i])) known++;
                    }
                    if (candidates.KindOf(view, i, dictionaryWords) is not var (kind, voice)) continue;
                    // the later words of a gold phrase ("menyatakan mendukung") are neither its trigger nor no trigger
                    if (!isGold && inside.Contains(bare)) continue;
                    if (isGold) labelled++;
                    examples.Add(new TriggerExample(candidates.Features(view, i, kind, voice), isGold ? label : 0));
                }
            }
            result.Add(new TrainingSentence(gold, doc, examples));
        }
        log.WriteLine($"{result.Count} sentences, {triggers} gold triggers: {found} found in their sentence, {known} of them dictionary trigger words, "
            + $"{labelled} candidate words labelled with a root; {result.Sum(r => r.Examples.Count)} candidate words in all");
        return result;
    }

    /// <summary>Cross-validates each threshold of <see cref="Thresholds"/> (train on k−1 folds, code the k-th) and returns
    /// the one with the best pooled (source, target, root) F1, or null when none beats the coder without the model.</summary>
    public static float? CrossValidate(EventStage stage, List<TrainingSentence> sentences, Options options, TextWriter output)
    {
        EventScore none = new(), noneRoot = new();
        var byThreshold = Thresholds.ToDictionary(t => t, _ => new EventScore());
        var rootOnly = Thresholds.ToDictionary(t => t, _ => new EventScore());
        var added = Thresholds.ToDictionary(t => t, _ => 0);
        var withoutModel = stage.WithTriggerModel("id", null);
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var train = sentences.Where((_, k) => k % options.Folds != fold).SelectMany(s => s.Examples).ToList();
            var test = sentences.Where((_, k) => k % options.Folds == fold).ToList();
            var model = new TriggerTrainer(options.Epochs).Train(train, 0f);
            var baseline = test.Select(s => withoutModel.Mentions(s.Document)).ToList();
            for (int k = 0; k < test.Count; k++)
            {
                Add(none, test[k].Gold, baseline[k]);
                AddRoots(noneRoot, test[k].Gold, baseline[k]);
            }
            foreach (var t in Thresholds)
            {
                var coder = stage.WithTriggerModel("id", model.WithThreshold(t));
                for (int k = 0; k < test.Count; k++)
                {
                    var mentions = coder.Mentions(test[k].Document);
                    Add(byThreshold[t], test[k].Gold, mentions);
                    AddRoots(rootOnly[t], test[k].Gold, mentions);
                    added[t] += mentions.Count - baseline[k].Count;
                }
            }
        }
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{options.Folds}-fold cross-validation on {sentences.Count} news sentences, (source, target, root):"));
        output.WriteLine(string.Create(inv, $"  no model          {none}   root only F1 {noneRoot.F1:0.000} (tp {noneRoot.TruePositives}, fp {noneRoot.FalsePositives})"));
        foreach (var t in Thresholds)
            output.WriteLine(string.Create(inv, $"  threshold {t,5:0.0}   {byThreshold[t]}   root only F1 {rootOnly[t].F1:0.000} (tp {rootOnly[t].TruePositives}, fp {rootOnly[t].FalsePositives})   ({added[t]:+#;-#;0} events)"));
        var best = Thresholds.OrderByDescending(t => byThreshold[t].F1).ThenByDescending(t => t).First();
        return byThreshold[best].F1 > none.F1 ? best : null;
    }

    private static void Add(EventScore score, GoldSentence gold, List<EventRecord> predicted) =>
        score.Add(gold.Events.Select(e => $"{e.Source}>{e.Target ?? "-"}:{e.Root}"), predicted.Select(m => $"{m.Source}>{m.Target ?? "-"}:{m.Root}"));

    private static void AddRoots(EventScore score, GoldSentence gold, List<EventRecord> predicted) =>
        score.Add(gold.Events.Select(e => e.Root), predicted.Select(m => m.Root));

    /// <summary>The whole command: reads the gold and sentences, cross-validates, trains on everything and writes the model.</summary>
    public static int Run(string repoRoot, string outputPath, Options options, TextWriter output, TextWriter error)
    {
        var data = new WartaData(Path.Combine(repoRoot, "data"));
        var pipeline = WartaPipeline.Create(data);
        var stage = pipeline.Stages.OfType<EventStage>().First();
        var gold = GoldFiles.SelectMany(f => EventGoldFile.ReadIndonesian(Path.Combine(repoRoot, "eval", "events", f))).ToList();
        var texts = NewsSentences.ReadByIds(NewsSentences.DefaultFolder(repoRoot), gold.Select(g => g.ArticleId));
        var missing = gold.Count(g => !texts.ContainsKey(g.ArticleId));
        if (missing > 0) error.WriteLine($"warta train events: {missing} gold sentences not found in ../shared/data/ner; trained without them.");
        var sentences = Prepare(pipeline, gold.Where(g => texts.ContainsKey(g.ArticleId)).Select(g => (g, texts[g.ArticleId].Text)), options.DictionaryWords, error);
        float? chosen = options.Threshold ?? CrossValidate(stage, sentences, options, output);
        // no threshold that helps: the model is written switched off (a margin no word reaches), so the file documents the result
        float threshold = chosen ?? 1e6f;
        var model = new TriggerTrainer(options.Epochs).Train(sentences.SelectMany(s => s.Examples).ToList(), threshold);
        var positives = sentences.Sum(s => s.Examples.Count(e => e.Label != 0));
        model.Save(outputPath,
        [
            "Warta learned trigger model (Indonesian): a multi-class averaged perceptron over words the pattern dictionary does not",
            "know, proposing a CAMEO root (01-20) or O; the coder treats a proposed word as a pattern of the root's base code.",
            string.Create(CultureInfo.InvariantCulture, $"Trained by 'warta train events{(options.DictionaryWords ? " --dictionary-words" : "")}' ({options.Epochs} epochs, seed 20261127, weights below 0.05 pruned) on the event gold of"),
            "eval/events/id-news-train.tsv (idner-news-2k train sentences: Khairunnisa, Imankulova & Komachi 2020, MIT) and",
            "eval/events/id-news-nerui.tsv (NER-UI sentences: Gultom & Wibowo 2017, MIT / CC BY 4.0); no IndoSum text or gold.",
            $"{sentences.Count} sentences, {sentences.Sum(s => s.Examples.Count)} candidate words, {positives} labelled triggers; threshold "
                + (options.Threshold is not null ? "given on the command line." : chosen is null ? "none helped in cross-validation: switched off (1e6)." : $"chosen by {options.Folds}-fold cross-validation."),
            "Generated file: do not edit, re-train. Format: threshold<TAB>margin, then feature<TAB>label<TAB>weight.",
        ]);
        error.WriteLine($"wrote {outputPath}: {model.FeatureCount:N0} features, threshold {threshold.ToString(CultureInfo.InvariantCulture)}");
        return 0;
    }
}
