using Warta.Core;
using Warta.Engine;
using Warta.Evaluation.Events;

namespace Warta.Evaluation.EnglishActors;

/// <summary>
/// <c>warta eval en-actors</c>: Warta's own English actor recognition (NER + actor stage) against the gold actor
/// mentions of the English event sets' 'marked' column. The event score mixes the coder's errors with the actors';
/// this one isolates the actors. A gold mention is <b>found</b> when an entity overlapping it carries its code,
/// <b>wrong</b> when overlapping entities carry only other codes, <b>missed</b> when none carries a code. An actor
/// entity overlapping no gold mention is <b>extra</b> (often harmless: the sets mark the actors of events, not
/// every place). Each sentence is its own undated English article, as in <c>warta eval events --lang en</c>.
/// </summary>
public static class EnglishActorEvalRunner
{
    /// <summary>The tuning sets scored by default (en-check, en-check2 and en-check3 became ones when each was opened for
    /// tuning); the held-out and untouched English sets (en-test, en-check4) are never read by default.</summary>
    public static readonly string[] DefaultSets = ["en-dev.tsv", "en-dev2.tsv", "en-dev3.tsv", "en-check.tsv", "en-check2.tsv", "en-check3.tsv"];

    public static int Run(string repoRoot, IReadOnlyList<string> goldPaths, bool details, TextWriter output)
    {
        var paths = goldPaths.Count > 0 ? goldPaths
            : DefaultSets.Select(f => Path.Combine(repoRoot, "eval", "events", f)).Where(File.Exists).ToList();
        var pipeline = WartaPipeline.Create(new WartaData(Path.Combine(repoRoot, "data")));
        var total = new Tally();
        foreach (var path in paths)
        {
            var tally = new Tally();
            foreach (var g in EventGoldFile.ReadEnglish(path))
            {
                if (g.Marked is null) throw new InvalidDataException($"{path}: {g.Id} has no 'marked' column (the gold actor mentions).");
                var (text, gold) = MarkedMentions.Parse(g.Marked);
                if (text != g.Text) throw new InvalidDataException($"{path}: {g.Id}: the marked column without its markup differs from the text.");
                var doc = new Article("en-actors:" + g.Id) { Id = g.Id, Paragraphs = [g.Text], Language = "en" }.ToDocument();
                pipeline.Run(doc);
                var coded = doc.Entities.Where(e => e.Actor is not null).ToList();
                foreach (var m in gold)
                {
                    var over = coded.Where(e => e.Start < m.End && m.Start < e.End).ToList();
                    string verdict = over.Any(e => e.Actor == m.Actor) ? "found" : over.Count > 0 ? "wrong" : "missed";
                    tally.Count(verdict);
                    if (details && verdict != "found")
                        output.WriteLine($"  {g.Id}\t{verdict}\t[{text[m.Start..m.End]}|{m.Actor}]\tgot {(over.Count == 0 ? "-" : string.Join(" ", over.Select(e => $"[{text[e.Start..e.End]}|{e.Actor}]")))}");
                }
                foreach (var e in coded.Where(e => !gold.Any(m => e.Start < m.End && m.Start < e.End)))
                {
                    tally.Count("extra");
                    if (details) output.WriteLine($"  {g.Id}\textra\t[{text[e.Start..e.End]}|{e.Actor}]");
                }
            }
            tally.Print(output, Path.GetFileName(path));
            total.Add(tally);
        }
        if (paths.Count > 1) total.Print(output, "ALL");
        return 0;
    }

    private sealed class Tally
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
        private int this[string k] => counts.GetValueOrDefault(k);
        public void Count(string verdict) => counts[verdict] = this[verdict] + 1;
        public void Add(Tally other) { foreach (var (k, v) in other.counts) counts[k] = this[k] + v; }

        public void Print(TextWriter output, string name)
        {
            int gold = this["found"] + this["wrong"] + this["missed"];
            output.WriteLine($"{name}: gold mentions {gold}, found {this["found"]} ({(gold == 0 ? 0 : (double)this["found"] / gold):0.000}), wrong code {this["wrong"]}, missed {this["missed"]}; extra coded entities {this["extra"]}");
        }
    }
}
