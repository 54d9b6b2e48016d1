using Warta.Core;
using Warta.Segmentation;

namespace Warta.Evaluation.Segmentation;

/// <summary>
/// <c>warta eval segmentation</c>: sentence-boundary and token F1 of Warta's segmenter against the
/// Indonesian UD treebanks (csui-train and gsd-dev were used for tuning; csui-test and gsd-test are
/// held out) and against Warta's own hand-annotated English sample.
/// </summary>
public sealed class SegmentationEvaluation(SegmentationStage segmenter)
{
    public static IReadOnlyList<(string File, string Name, string Role)> UdSets { get; } =
    [
        ("csui/id_csui-ud-train.conllu", "ud-csui-train", "tune"),
        ("gsd/id_gsd-ud-dev.conllu", "ud-gsd-dev", "tune"),
        ("csui/id_csui-ud-test.conllu", "ud-csui-test", "held-out"),
        ("gsd/id_gsd-ud-test.conllu", "ud-gsd-test", "held-out"),
    ];

    public IReadOnlyList<SegmentationScore> Run(string udFolder, string englishSample, int maxErrors = 0, string? indoSumFolder = null)
    {
        var scores = new List<SegmentationScore>();
        var id = segmenter.RulesFor("id");
        foreach (var (file, name, role) in UdSets)
        {
            var corpus = UdCorpus.Read(Path.Combine(udFolder, file), name, role);
            scores.Add(SegmentationScorer.Score(corpus, (t, tok, sen) => SegmentationStage.Segment(t, id, tok, sen), maxErrors));
        }
        if (indoSumFolder is not null)
        {
            // Silver, not gold: IndoSum's own automatic sentence and token splits, on real news text.
            var docs = Corpora.IndoSum.ReadFolder(indoSumFolder)
                .Select(a => new GoldDocument(a.Text, a.Sentences.Select(x => x.Span).ToList(), a.Sentences.SelectMany(x => x.Tokens).ToList()))
                .ToList();
            scores.Add(SegmentationScorer.Score(new GoldCorpus("indosum-silver", "silver", docs),
                (t, tok, sen) => SegmentationStage.Segment(t, id, tok, sen), maxErrors));
        }
        var en = segmenter.RulesFor("en");
        var sample = SegSampleCorpus.Read(englishSample, "en-sample", "own");
        scores.Add(SegmentationScorer.Score(sample, (t, tok, sen) => SegmentationStage.Segment(t, en, tok, sen), maxErrors));
        return scores;
    }

    public static void Print(IReadOnlyList<SegmentationScore> scores, TextWriter output)
    {
        output.WriteLine("Sentence boundaries (strict: every gold sentence end; lenient: a split inside a gold sentence that by");
        output.WriteLine("UD's own tokens holds several sentences — 'merged' — is not counted). Tokens: exact span matches.");
        output.WriteLine($"UD sentences are grouped {UdCorpus.SentencesPerDocument} per pseudo-document, joined by one space. Tuned on: ud-csui-train, ud-gsd-dev.");
        output.WriteLine();
        output.WriteLine($"{"corpus",-14} {"role",-9} {"sents",5} {"merged",6}  {"sent-P",6} {"sent-R",6} {"sent-F1",7} {"len-F1",7}  {"tok-P",6} {"tok-R",6} {"tok-F1",7}");
        foreach (var s in scores) Row(s.Corpus, s.Role, s.Sentences, s.MergedSentences, s.SentenceBoundaries, s.LenientSentenceBoundaries, s.Tokens, output);
        Total("ud-tune", scores.Where(s => s.Corpus.StartsWith("ud-") && s.Role == "tune").ToList(), output);
        Total("ud-held-out", scores.Where(s => s.Corpus.StartsWith("ud-") && s.Role == "held-out").ToList(), output);
        Total("ud-all", scores.Where(s => s.Corpus.StartsWith("ud-")).ToList(), output);
        output.WriteLine();
        output.WriteLine("Clitics (-nya, -lah, -kah, -pun, -mu, -ku, ku-, kau-) against UD's multiword tokens, on tokens both agree on.");
        output.WriteLine("Not held-out: data/id/segmentation/known-words.txt comes from lemmas of all UD splits.");
        foreach (var s in scores.Where(s => s.Clitics is not null))
            output.WriteLine(FormattableString.Invariant($"{s.Corpus,-14} clitic P {s.Clitics!.Precision:F4} R {s.Clitics.Recall:F4} F1 {s.Clitics.F1:F4} (gold {s.Clitics.Gold})"));
        foreach (var s in scores.Where(s => s.SentenceErrors.Count + s.TokenErrors.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"== {s.Corpus}: sentence boundary errors");
            foreach (var e in s.SentenceErrors) output.WriteLine("  " + e);
            output.WriteLine($"== {s.Corpus}: token errors (predicted tokens not in gold)");
            foreach (var e in s.TokenErrors) output.WriteLine("  " + e);
        }
    }

    private static void Total(string name, List<SegmentationScore> scores, TextWriter output)
    {
        if (scores.Count == 0) return;
        var zero = new PrecisionRecall(0, 0, 0);
        Row(name, "total", scores.Sum(s => s.Sentences), scores.Sum(s => s.MergedSentences), scores.Aggregate(zero, (a, s) => a + s.SentenceBoundaries),
            scores.Aggregate(zero, (a, s) => a + s.LenientSentenceBoundaries), scores.Aggregate(zero, (a, s) => a + s.Tokens), output);
    }

    private static void Row(string name, string role, int sentences, int merged, PrecisionRecall sb, PrecisionRecall lenient, PrecisionRecall tok, TextWriter output) =>
        output.WriteLine(FormattableString.Invariant(
            $"{name,-14} {role,-9} {sentences,5} {merged,6}  {sb.Precision,6:F4} {sb.Recall,6:F4} {sb.F1,7:F4} {lenient.F1,7:F4}  {tok.Precision,6:F4} {tok.Recall,6:F4} {tok.F1,7:F4}"));
}
