using Warta.Events.Language;

namespace Warta.Events.Patterns;

/// <summary>
/// Event nouns derived from the verb patterns (data/&lt;lang&gt;/events/nominals.tsv): Indonesian derives the noun of an
/// act regularly — peN-…-an from a meN- verb (menangkap → penangkapan, memperpanjang → perpanjangan) and per-…-an from a
/// ber- verb (berdebat → perdebatan) — so a verb sense the dictionary knows is also known as a noun, with the verb's
/// code, its object-dependent senses (required and excluded objects) and its target prepositions; the usual noun argument
/// finding then applies ("X oleh Y", "X terhadap Y", a light verb's subject). A noun some pattern already heads is never
/// derived (its own lines were written deliberately), nor one the file excludes: a noun whose everyday sense is no act
/// between actors (pembangunan, pendapatan, pengadilan) or a sense that needs a word after it ("penarikan uang" at an
/// ATM). Only verbs that stand alone are derived from: a reversed, active-only, topic or reporting pattern has no
/// regular noun of the same act.
/// </summary>
public sealed class NominalDerivation
{
    private readonly HashSet<string> _families;
    private readonly HashSet<string> _excluded;
    private readonly Dictionary<string, List<string[]>> _exceptObjects;

    private NominalDerivation(HashSet<string> families, HashSet<string> excluded, Dictionary<string, List<string[]>> exceptObjects)
    {
        _families = families;
        _excluded = excluded;
        _exceptObjects = exceptObjects;
    }

    public const string FileName = "nominals.tsv";

    /// <summary>The derivation of <c>nominals.tsv</c> in <paramref name="folder"/>, or null when the language has none.</summary>
    public static NominalDerivation? LoadIfPresent(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        var families = new HashSet<string>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var except = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var (line, f) in DataFile.ReadRows(path))
        {
            switch (f[0])
            {
                case "derive" when f.Length == 2 && f[1] is PeNAn or PerAn:
                    families.Add(f[1]);
                    break;
                case "exclude" when f.Length == 2:
                    foreach (var noun in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        excluded.Add(noun.ToLowerInvariant());
                    break;
                case "except" when f.Length == 3:
                    if (!except.TryGetValue(f[1], out var list)) except[f[1]] = list = [];
                    list.AddRange(f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(o => o.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                    break;
                default:
                    throw DataFile.Error(path, line, $"expected 'derive<TAB>{PeNAn}|{PerAn}', 'exclude<TAB>noun|noun' or 'except<TAB>noun<TAB>object|object'.");
            }
        }
        return new NominalDerivation(families, excluded, except);
    }

    public const string PeNAn = "peN-an";
    public const string PerAn = "per-an";

    /// <summary>The noun patterns derived from <paramref name="patterns"/>, one per verb pattern and noun form (none for a
    /// noun any pattern already heads).</summary>
    public IEnumerable<EventPattern> Derive(IReadOnlyList<EventPattern> patterns)
    {
        var heads = new HashSet<string>(patterns.Select(p => p.Trigger[0]), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            if (p.Reversed || p.ActiveOnly || p.TopicObject) continue;
            foreach (var noun in NounsOf(p))
            {
                if (heads.Contains(noun) || _excluded.Contains(noun)) continue;
                // one derived pattern per verb line and noun (a line lists several triggers of one sense)
                if (!seen.Add($"{noun} {string.Join(' ', p.Trigger.Skip(1))}\t{p.SourceFile}:{p.Line}:{p.Code}")) continue;
                var trigger = p.Trigger.ToArray();
                trigger[0] = noun;
                var excluded = _exceptObjects.TryGetValue(noun, out var extra) ? [.. p.ExcludedObjects, .. extra] : p.ExcludedObjects;
                yield return new EventPattern(p.Code, TriggerKind.Noun, trigger, p.Objects, excluded, p.TargetPrepositions,
                    p.NoTarget, p.SourceFile + " (noun of " + p.Trigger[0] + ")", p.Line) { RequiresTarget = p.RequiresTarget };
            }
        }
    }

    private IEnumerable<string> NounsOf(EventPattern p)
    {
        var head = p.Trigger[0];
        if (p.Kind == TriggerKind.Verb && _families.Contains(PeNAn))
            foreach (var noun in IndonesianMorphology.PeNominalsOf(head)) yield return noun;
        if (p.Kind is (TriggerKind.Verb or TriggerKind.Intransitive) && _families.Contains(PerAn))
            foreach (var noun in IndonesianMorphology.PerNominalsOf(head)) yield return noun;
    }
}
