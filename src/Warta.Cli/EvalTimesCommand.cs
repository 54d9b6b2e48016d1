using System.CommandLine;
using Warta.Corpora;
using Warta.Engine;
using Warta.Evaluation.Times;
using Warta.Times;

namespace Warta.Cli;

/// <summary>
/// <c>warta eval times [--weekday] [--held-out] [--errors] [--indosum DIR]</c>: scores the times stage on
/// IndoSum (folds 1-3). Default: the hand-annotated dev set (eval/times/annotated-dev.tsv, dev part);
/// --weekday: the mechanical "Hari (d/m)" set. Run from inside the repository.
/// </summary>
public static class EvalTimesCommand
{
    public static Command Build()
    {
        var weekday = new Option<bool>("--weekday") { Description = "Score every 'Hari (d/m)' mention of IndoSum folds 1-3 (mechanical dev set)." };
        var heldOut = new Option<bool>("--held-out") { Description = "Score the 10 held-out annotated articles instead of the 34 dev ones." };
        var errors = new Option<bool>("--errors") { Description = "Also list every error (on standard error)." };
        var listing = new Option<bool>("--list-articles") { Description = "Print the annotated articles' sentences with token indices (for annotating)." };
        var indosum = new Option<string?>("--indosum") { Description = "IndoSum folder (default: ../shared/data/news/indosum beside the repository)." };
        var weights = new Option<string?>("--weights") { Description = "With --weekday: other weights for the publication date inference, e.g. 'above=1,strong=20' (keys: agreement above below strong medium weak slack)." };
        var command = new Command("times", "Evaluate time expressions (TIMEX3 values and spans) on IndoSum.");
        foreach (var o in new Option[] { weekday, heldOut, errors, listing, indosum, weights }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var root = Warta.Evaluation.RepoLocator.FindRepoRoot(Directory.GetCurrentDirectory());
            if (root is null) { Console.Error.WriteLine("warta eval times: run it from inside the Warta repository (no Warta.sln found above the current folder)."); return 2; }
            var folder = parse.GetValue(indosum) ?? IndoSum.DefaultFolder(root);
            if (!Directory.Exists(folder)) { Console.Error.WriteLine($"warta eval times: IndoSum folder '{folder}' not found; pass --indosum DIR."); return 2; }
            var data = WartaData.Default();
            PublicationDateInference? inference;
            try { inference = parse.GetValue(weights) is { } w ? new PublicationDateInference(InferenceWeightsParser.Parse(w)) : null; }
            catch (FormatException e) { Console.Error.WriteLine($"warta eval times: --weights: {e.Message}"); return 2; }
            var context = new TimesEvalContext(data, inference);
            var errorWriter = parse.GetValue(errors) ? Console.Error : null;
            if (parse.GetValue(weekday))
            {
                var names = File.ReadLines(data.PathOf("id", "times", "calendar.tsv"))
                    .Where(l => l.StartsWith("weekday\t", StringComparison.Ordinal)).Select(l => l.Split('\t'))
                    .ToDictionary(c => c[1], c => int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture));
                var evaluation = new WeekdayEvaluation(context, names);
                Console.WriteLine(evaluation.Run(IndoSum.ReadFolder(folder), errorWriter));
                Console.WriteLine(WeekdayEvaluation.FoldTable(evaluation, folder));
                return 0;
            }
            var ids = File.ReadLines(Path.Combine(root, "eval", "articles", "annotated-dev.txt")).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Trim()).ToList();
            var wanted = ids.ToHashSet();
            // An article may appear in more than one fold: the first occurrence (fold order) is the one annotated.
            var articles = new Dictionary<string, IndoSumArticle>(StringComparer.Ordinal);
            foreach (var a in IndoSum.ReadFolder(folder)) if (wanted.Contains(a.Id)) articles.TryAdd(a.Id, a);
            if (parse.GetValue(listing))
            {
                foreach (var id in ids) Console.WriteLine(AnnotatedTimesEvaluation.Listing(articles[id]));
                return 0;
            }
            var gold = TimesAnnotationFile.Read(Path.Combine(root, "eval", "times", "annotated-dev.tsv"));
            bool held = parse.GetValue(heldOut);
            var part = held ? ids.Skip(ids.Count - 10).ToList() : ids.Take(ids.Count - 10).ToList();
            Console.WriteLine(new AnnotatedTimesEvaluation(context).Run(part, articles, gold, held ? "held-out (last 10)" : "dev (first 34)", errorWriter));
            return 0;
        });
        return command;
    }
}
