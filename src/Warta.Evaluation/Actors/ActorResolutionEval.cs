using System.Globalization;
using Warta.Core;

namespace Warta.Evaluation.Actors;

/// <summary>One test case of <c>eval/actors/resolution.tsv</c>.</summary>
public sealed record ActorCase(int Line, string Category, string Mention, string Context, DateOnly? Date, string Code, string? Canonical);

/// <summary>The outcome of one case.</summary>
public sealed record ActorOutcome(ActorCase Case, string? Code, string? Canonical)
{
    /// <summary>"-" in the file: no code expected.</summary>
    public bool CodeRight => Code == (Case.Code == "-" ? null : Case.Code);
    public bool CanonicalRight => Case.Canonical is null || Canonical == Case.Canonical;
    public bool Right => CodeRight && CanonicalRight;
}

/// <summary>
/// Actor resolution accuracy: each case's mention (its first whole-word occurrence) is marked as an entity in its context sentence (as a
/// perfect NER would), the stages before NER (language, segmentation) and the actor and coreference
/// stages run, and the actor code (and canonical name, where given) of that entity is compared.
/// </summary>
public static class ActorResolutionEval
{
    public static List<ActorCase> ReadCases(string path)
    {
        var cases = new List<ActorCase>();
        string category = "";
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.StartsWith("# ---", StringComparison.Ordinal)) { category = line[5..].Trim(); continue; }
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4) throw new InvalidDataException($"{path}:{n}: expected mention, context, date, code[, canonical] separated by tabs.");
            var context = f[1].Length == 0 ? f[0] : f[1];
            if (FindWord(context, f[0]) < 0)
                throw new InvalidDataException($"{path}:{n}: the context does not contain the mention '{f[0]}'.");
            DateOnly? date = null;
            if (f[2].Length > 0)
                date = DateOnly.TryParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                    : throw new InvalidDataException($"{path}:{n}: '{f[2]}' is not a date (YYYY-MM-DD).");
            var canonical = f.Length > 4 && f[4].Length > 0 ? f[4] : null;
            cases.Add(new ActorCase(n, category, f[0], context, date, f[3], canonical));
        }
        return cases;
    }

    /// <param name="before">Stages that run before NER (language identification, segmentation).</param>
    /// <param name="actorStages">The actor and coreference stages.</param>
    public static List<ActorOutcome> Run(IReadOnlyList<ActorCase> cases, IReadOnlyList<IStage> before, IReadOnlyList<IStage> actorStages)
    {
        var outcomes = new List<ActorOutcome>(cases.Count);
        foreach (var c in cases)
        {
            var doc = new Document(TextNormalizer.Normalize(c.Context), $"resolution.tsv:{c.Line}") { Published = c.Date };
            int start = FindWord(doc.Text, c.Mention);
            foreach (var stage in before) { stage.Process(doc); doc.MarkAdded(stage.Adds); }
            var gold = new Entity(start, start + c.Mention.Length, EntityType.MISC);
            doc.Entities.Add(gold);
            doc.MarkAdded(Layer.Entities);
            foreach (var stage in actorStages) { stage.Process(doc); doc.MarkAdded(stage.Adds); }
            var found = doc.Entities.FirstOrDefault(e => e.Start == gold.Start && e.End == gold.End) ?? gold;
            outcomes.Add(new ActorOutcome(c, found.Actor, found.CanonicalName));
        }
        return outcomes;
    }

    /// <summary>The first occurrence of <paramref name="mention"/> as whole words (exact case first, then any
    /// case: "polisi" in "Polisi Rusia …"), or -1. Whole words, so "RI" is not found inside "Pemerintah".</summary>
    public static int FindWord(string text, string mention)
    {
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
            for (int at = text.IndexOf(mention, comparison); at >= 0; at = text.IndexOf(mention, at + 1, comparison))
            {
                bool leftOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                int end = at + mention.Length;
                bool rightOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (leftOk && rightOk) return at;
            }
        return -1;
    }

    public static void Report(IReadOnlyList<ActorOutcome> outcomes, TextWriter output, bool listErrors)
    {
        output.WriteLine("category\tcases\tcode\tcanonical\tboth");
        foreach (var g in outcomes.GroupBy(o => o.Case.Category))
            output.WriteLine(Line(g.Key, g.ToList()));
        output.WriteLine(Line("ALL", outcomes));
        if (!listErrors) return;
        foreach (var o in outcomes.Where(o => !o.Right))
            output.WriteLine($"line {o.Case.Line}: '{o.Case.Mention}' in \"{o.Case.Context}\" ({o.Case.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"}): expected {o.Case.Code} {o.Case.Canonical}, got {o.Code ?? "null"} {o.Canonical}");
    }

    private static string Line(string name, IReadOnlyList<ActorOutcome> g)
    {
        int withCanonical = g.Count(o => o.Case.Canonical is not null);
        string Ratio(int right, int total) => total == 0 ? "-" : (right / (double)total).ToString("0.000", CultureInfo.InvariantCulture) + $" ({right}/{total})";
        return $"{name}\t{g.Count}\t{Ratio(g.Count(o => o.CodeRight), g.Count)}\t{Ratio(g.Count(o => o.Case.Canonical is not null && o.CanonicalRight), withCanonical)}\t{Ratio(g.Count(o => o.Right), g.Count)}";
    }
}
