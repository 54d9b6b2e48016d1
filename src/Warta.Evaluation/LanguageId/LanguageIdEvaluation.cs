using Warta.Corpora;
using Warta.LanguageId;

namespace Warta.Evaluation.LanguageId;

/// <summary>One written test sentence: acceptable answers, the language it is really in, the text.</summary>
public sealed record LanguageIdCase(IReadOnlyList<string> Accept, string TrueLanguage, string Text);

/// <summary>
/// <c>warta eval langid</c>: accuracy on single sentences written for the purpose
/// (<c>eval/langid/sentences.tsv</c>: id, en, Malay, German, French, Spanish … Javanese) and on whole
/// IndoSum articles (all Indonesian; never used for training). Prints the score range per language
/// so the <c>other</c> threshold can be checked.
/// </summary>
public sealed class LanguageIdEvaluation(LanguageIdentifier identifier)
{
    public static IReadOnlyList<LanguageIdCase> ReadCases(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Language-id test sentences '{path}' not found; run from the repository root or pass --sentences.", path);
        var cases = new List<LanguageIdCase>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 3) throw new InvalidDataException($"{path}:{n}: expected EXPECTED<TAB>LANGUAGE<TAB>SENTENCE.");
            cases.Add(new LanguageIdCase(cols[0].Split('|'), cols[1], cols[2]));
        }
        return cases;
    }

    public void Run(IReadOnlyList<(string Path, string Role)> sentenceFiles, string? indoSumFolder, TextWriter output)
    {
        foreach (var (path, role) in sentenceFiles)
        {
            RunSentences(ReadCases(path), $"Single sentences, {role} ({path}, written for Warta):", output);
            output.WriteLine();
        }
        output.WriteLine($"thresholds: other = score < {identifier.MinScore} and common-word share < {identifier.MinCommonWordShare}; min-trigrams {identifier.MinTrigrams}");
        RunIndoSum(indoSumFolder, output);
    }

    private void RunSentences(IReadOnlyList<LanguageIdCase> cases, string title, TextWriter output)
    {
        output.WriteLine(title);
        output.WriteLine($"{"language",-8} {"n",4} {"correct",7} {"accuracy",8}  {"min-score",9} {"max-score",9} {"min-share",9} {"max-share",9}");
        int total = 0, correct = 0;
        foreach (var group in cases.GroupBy(c => c.TrueLanguage))
        {
            var guesses = group.Select(c => (Case: c, Guess: identifier.Identify(c.Text))).ToList();
            int ok = guesses.Count(g => g.Case.Accept.Contains(g.Guess.Language));
            total += guesses.Count;
            correct += ok;
            var scores = guesses.Select(g => g.Guess.Score).Where(double.IsFinite).DefaultIfEmpty(double.NaN).ToList();
            var shares = guesses.Select(g => g.Guess.CommonWordShare).ToList();
            output.WriteLine(FormattableString.Invariant($"{group.Key,-8} {guesses.Count,4} {ok,7} {(double)ok / guesses.Count,8:F3}  {scores.Min(),9:F2} {scores.Max(),9:F2} {shares.Min(),9:F2} {shares.Max(),9:F2}"));
            foreach (var (c, g) in guesses.Where(g => !g.Case.Accept.Contains(g.Guess.Language)))
                output.WriteLine(FormattableString.Invariant($"    wrong: {g.Language} (score {g.Score:F2}, margin {g.Margin:F2}, common words {g.CommonWordShare:F2}) for [{c.TrueLanguage}] {c.Text}"));
        }
        output.WriteLine(FormattableString.Invariant($"{"all",-8} {total,4} {correct,7} {(double)correct / total,8:F3}"));
    }

    private void RunIndoSum(string? indoSumFolder, TextWriter output)
    {
        if (indoSumFolder is null || !Directory.Exists(indoSumFolder)) return;
        output.WriteLine();
        int articles = 0, asId = 0, titlesAsId = 0;
        foreach (var a in IndoSum.ReadFolder(indoSumFolder))
        {
            articles++;
            if (identifier.Identify(a.Text).Language == "id") asId++;
            var firstSentence = a.Sentences.Count > 0 ? a.Text.AsSpan(a.Sentences[0].Span.Start, a.Sentences[0].Span.Length) : default;
            if (identifier.Identify(firstSentence).Language == "id") titlesAsId++;
        }
        output.WriteLine(FormattableString.Invariant($"IndoSum articles (all Indonesian, not trained on): {asId}/{articles} whole articles = {(double)asId / Math.Max(1, articles):F4} id; first sentences alone: {titlesAsId}/{articles} = {(double)titlesAsId / Math.Max(1, articles):F4} id"));
    }
}
