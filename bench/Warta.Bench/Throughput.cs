using System.Diagnostics;
using System.Globalization;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;

namespace Warta.Bench;

/// <summary>
/// <c>throughput [--stages read,segment|all] [--runs 5] [--warmup 1] [--limit N] [--threads N] [--indosum DIR]</c>: reads every IndoSum
/// article (rebuilding its text from the tokens), makes it an <see cref="Article"/> and a
/// <see cref="Document"/>, and runs the chosen stages of the standard pipeline (plus the stages they
/// need), on <c>--threads</c> workers (default 1; results consumed in input order, as <c>warta analyze</c> does).
/// Prints articles per second for each run, their median, and the peak working set. The first <c>--warmup</c> runs
/// (default 1) are printed but left out of the medians: in a fresh process the first pass over the corpus JIT-compiles
/// and PGO-instruments every stage (its CPU time is 2–3× a later run's, and the second run is still partly in tier-up
/// when the first is short), so a median that counts it measures the JIT as much as the pipeline. The cold rate is
/// printed on its own line: it is what one `warta analyze` call over a corpus of this size sees.
/// </summary>
public static class Throughput
{
    // Short names for the standard pipeline's stages.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["langid"] = "language-id",
        ["segment"] = "segmentation",
    };

    public static int Run(string[] args)
    {
        string stagesArg = "read,segment";
        int runs = 5, warmup = 1, limit = int.MaxValue, threads = 1;
        string folder = BenchPaths.IndoSum;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--stages": stagesArg = Next(); break;
                case "--runs": runs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--limit": limit = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--threads": threads = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--indosum": folder = Next(); break;
                default:
                    Console.Error.WriteLine($"throughput: unknown option '{args[i]}'; use --stages read,segment|all, --runs N, --warmup N, --limit N, --threads N, --indosum DIR.");
                    return 2;
            }
        }
        if (runs < 1 || warmup < 0) { Console.Error.WriteLine($"throughput: --runs {runs} --warmup {warmup}: give at least one timed run and no negative warm-up."); return 2; }
        if (threads < 1) { Console.Error.WriteLine($"throughput: --threads {threads}: give 1 or more."); return 2; }
        if (!Directory.Exists(folder)) { Console.Error.WriteLine($"throughput: IndoSum folder '{folder}' not found (--indosum)."); return 2; }

        var standard = WartaPipeline.Create(new WartaData(BenchPaths.Data));
        Pipeline pipeline;
        try { pipeline = Select(standard, stagesArg); }
        catch (ArgumentException e) { Console.Error.WriteLine($"throughput: {e.Message}"); return 2; }
        Console.WriteLine($"stages: read{string.Concat(pipeline.Stages.Select(s => ", " + s.Name))}; IndoSum: {Path.GetFullPath(folder)}; threads: {threads}");

        var rates = new List<double>();
        var cpuRates = new List<double>();
        var process = Process.GetCurrentProcess();
        long tokens = 0;
        var coldRates = new List<double>();
        for (int r = 0; r < warmup + runs; r++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            var sw = Stopwatch.StartNew();
            int articles = 0;
            tokens = 0;
            // reading the corpus stays on one thread (as a reader of a stream would); the pipeline runs on the workers
            OrderedParallel.Run(IndoSum.ReadFolder(folder).Take(limit), threads, a =>
            {
                var article = new Article(a.Id)
                {
                    Id = a.Id,
                    Paragraphs = a.Paragraphs.Select(p => a.Text.Substring(p.Start, p.Length)).ToList(),
                    Published = a.UrlDate,
                    Url = a.Url,
                };
                return pipeline.Run(article.ToDocument()).Tokens.Count;
            }, (_, count) =>
            {
                tokens += count;
                articles++;
            });
            sw.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            bool warming = r < warmup;
            if (warming) coldRates.Add(articles / sw.Elapsed.TotalSeconds);
            else
            {
                rates.Add(articles / sw.Elapsed.TotalSeconds);
                cpuRates.Add(articles / cpu);
            }
            string label = warming ? $"warm-up {r + 1}" : $"run {r - warmup + 1}";
            Console.WriteLine(FormattableString.Invariant($"{label}: {articles} articles, {tokens} tokens in {sw.Elapsed.TotalSeconds:F2} s = {articles / sw.Elapsed.TotalSeconds:F0} articles/s (CPU {cpu:F2} s = {articles / cpu:F0} articles per CPU-second; GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:F2} s, collections {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} gen0/1/2)"));
        }
        rates.Sort();
        cpuRates.Sort();
        double median = rates[rates.Count / 2];
        // On a shared machine wall time depends on the other load; CPU time (all threads, GC included) much less.
        Console.WriteLine(FormattableString.Invariant($"median per CPU-second: {cpuRates[cpuRates.Count / 2]:F0} articles; load average now {LoadAverage()}"));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        if (coldRates.Count > 0)
            Console.WriteLine(FormattableString.Invariant($"cold (first run of the process, JIT included): {coldRates[0]:F0} articles/s"));
        Console.WriteLine(FormattableString.Invariant($"median: {median:F0} articles/s over {runs} runs after {warmup} warm-up; peak working set {peak / (1024.0 * 1024):F0} MiB; allocated {GC.GetTotalAllocatedBytes() / (1024.0 * 1024 * (runs + warmup)):F0} MiB per run"));
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>The named stages of the standard pipeline ("read" is always done; "all" is every stage),
    /// with the stages they need added in pipeline order.</summary>
    private static Pipeline Select(Pipeline standard, string list)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => !n.Equals("read", StringComparison.OrdinalIgnoreCase))
            .Select(n => Aliases.GetValueOrDefault(n, n)).ToList();
        if (names.Any(n => n.Equals("all", StringComparison.OrdinalIgnoreCase))) return standard;
        foreach (var n in names)
            if (!standard.Stages.Any(s => s.Name.Equals(n, StringComparison.OrdinalIgnoreCase)))
                throw new ArgumentException($"no stage '{n}'; the stages are: read, {string.Join(", ", standard.Stages.Select(s => s.Name))} (or all; langid, segment for short).");
        // Walk backwards: keep a stage if it was asked for or adds something a kept stage needs.
        var needed = Layer.None;
        var kept = new List<IStage>();
        for (int i = standard.Stages.Count - 1; i >= 0; i--)
        {
            var stage = standard.Stages[i];
            bool asked = names.Any(n => n.Equals(stage.Name, StringComparison.OrdinalIgnoreCase));
            if (!asked && (stage.Adds & needed) == 0) continue;
            kept.Insert(0, stage);
            needed |= stage.Needs;
        }
        return new Pipeline(kept);
    }
}
