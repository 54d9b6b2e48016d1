using Warta.Core;
using Warta.Corpora;
using Warta.Engine;

namespace Warta.Evaluation.Quotes;

/// <summary>Scores of one split: statements matched at ≥ 50% token overlap, speakers right on matched ones.</summary>
public sealed record QuoteScores(string Split, int Articles, int Gold, int Predicted, int Matched, int SpeakerRight,
    int GoldDirect, int MatchedDirect, int GoldIndirect, int MatchedIndirect)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double SpeakerAccuracy => Matched == 0 ? 0 : (double)SpeakerRight / Matched;
}

/// <summary>
/// <c>warta eval quotes</c>: runs the standard pipeline over the hand-annotated IndoSum articles and compares
/// its quotes with <c>eval/quotes/annotated-dev.tsv</c>. Overlap = shared IndoSum tokens / tokens of the longer
/// of the two spans (so ≥ 0.5 means each covers at least half of the other); one-to-one, best overlap first.
/// A speaker is right when its name words equal, contain or are contained in the gold name's words
/// ("Jens Stoltenberg" vs "Stoltenberg"); an unknown gold speaker ('-') needs a null prediction.
/// </summary>
public sealed class QuoteEvaluation(Pipeline pipeline, IReadOnlyList<QuoteGold> gold, IReadOnlyList<string> articleIds, IReadOnlyDictionary<string, IndoSumArticle> articles)
{
    public const double MinOverlap = 0.5;

    /// <summary>Article ids in order: <c>dev</c> = all but the last <paramref name="heldOut"/>, <c>heldout</c> = those.</summary>
    public static IReadOnlyList<string> Split(IReadOnlyList<string> ids, string split, int heldOut) => split switch
    {
        "dev" => ids.Take(ids.Count - heldOut).ToList(),
        "heldout" => ids.Skip(ids.Count - heldOut).ToList(),
        "all" => ids,
        _ => throw new ArgumentException($"Unknown split '{split}': use dev, heldout or all."),
    };

    public QuoteScores Score(string split, TextWriter? details = null)
    {
        int nGold = 0, nPred = 0, matched = 0, speakerRight = 0, gD = 0, mD = 0, gI = 0, mI = 0;
        foreach (var id in articleIds)
        {
            if (!articles.TryGetValue(id, out var article))
                throw new InvalidDataException($"Annotated article '{id}' is not in the IndoSum folds; check ../shared/data/news/indosum.");
            var tokens = article.Sentences.SelectMany(s => s.Tokens).ToList();
            var doc = new Document(article.Text, id, id) { Paragraphs = article.Paragraphs, DeclaredLanguage = "id" };
            pipeline.Run(doc);
            var golds = gold.Where(g => g.ArticleId == id).ToList();
            var predicted = doc.Quotes.Select(q => TokenRange(tokens, q.Start, q.End)).ToList();
            var pairs = new List<(double Overlap, int G, int P)>();
            for (int g = 0; g < golds.Count; g++)
                for (int p = 0; p < predicted.Count; p++)
                {
                    var o = Overlap(golds[g].TokenStart, golds[g].TokenEnd, predicted[p].Start, predicted[p].End);
                    if (o >= MinOverlap) pairs.Add((o, g, p));
                }
            var gUsed = new HashSet<int>(); var pUsed = new HashSet<int>();
            foreach (var (o, g, p) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.G).ThenBy(x => x.P))
            {
                if (gUsed.Contains(g) || pUsed.Contains(p)) continue;
                gUsed.Add(g); pUsed.Add(p);
                bool right = SpeakerMatches(golds[g].Speaker, doc.Quotes[p].Speaker);
                if (right) speakerRight++;
                else details?.WriteLine($"SPEAKER {id} s{golds[g].Sentence} gold='{golds[g].Speaker}' got='{doc.Quotes[p].Speaker}' cue='{doc.Quotes[p].Cue}'");
                if (golds[g].Direct) mD++; else mI++;
            }
            for (int g = 0; g < golds.Count; g++)
                if (!gUsed.Contains(g)) details?.WriteLine($"MISS {id} s{golds[g].Sentence} [{golds[g].TokenStart},{golds[g].TokenEnd}) {(golds[g].Direct ? "direct" : "indirect")} cue={golds[g].Cue}: {Words(doc.Text, tokens, golds[g].TokenStart, golds[g].TokenEnd)}");
            for (int p = 0; p < predicted.Count; p++)
                if (!pUsed.Contains(p)) details?.WriteLine($"EXTRA {id} [{predicted[p].Start},{predicted[p].End}) {(doc.Quotes[p].Direct ? "direct" : "indirect")} cue={doc.Quotes[p].Cue} speaker={doc.Quotes[p].Speaker}: {Words(doc.Text, tokens, predicted[p].Start, predicted[p].End)}");
            nGold += golds.Count; nPred += predicted.Count; matched += gUsed.Count;
            gD += golds.Count(x => x.Direct); gI += golds.Count(x => !x.Direct);
        }
        return new QuoteScores(split, articleIds.Count, nGold, nPred, matched, speakerRight, gD, mD, gI, mI);
    }

    /// <summary>IndoSum tokens [Start, End) that a character span overlaps.</summary>
    private static (int Start, int End) TokenRange(List<TextSpan> tokens, int start, int end)
    {
        int first = -1, last = -1;
        for (int i = 0; i < tokens.Count; i++)
            if (tokens[i].Start < end && start < tokens[i].End) { if (first < 0) first = i; last = i; }
        return first < 0 ? (0, 0) : (first, last + 1);
    }

    private static double Overlap(int gs, int ge, int ps, int pe)
    {
        int shared = Math.Min(ge, pe) - Math.Max(gs, ps);
        return shared <= 0 ? 0 : (double)shared / Math.Max(ge - gs, pe - ps);
    }

    public static bool SpeakerMatches(string? gold, string? predicted)
    {
        if (gold is null || predicted is null) return gold is null && predicted is null;
        var g = NameWords(gold); var p = NameWords(predicted);
        return g.Count > 0 && p.Count > 0 && (g.IsSubsetOf(p) || p.IsSubsetOf(g));
    }

    private static HashSet<string> NameWords(string name) =>
        new(name.ToLowerInvariant().Split(' ', '-', '.', ',', '\'', '(', ')').Where(w => w.Length > 0), StringComparer.Ordinal);

    private static string Words(string text, List<TextSpan> tokens, int a, int b)
    {
        if (b <= a || a >= tokens.Count) return "";
        var s = text[tokens[a].Start..tokens[Math.Min(b, tokens.Count) - 1].End].Replace('\n', ' ');
        return s.Length > 90 ? s[..90] + "…" : s;
    }
}
