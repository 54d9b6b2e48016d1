using Warta.Core;

namespace Warta.Entities;

/// <summary>
/// Names from Warta's actor dictionaries (<c>data/actors</c>) as gazetteer entries for the Indonesian
/// tagger: people (canonical name and variants → PER) and organisations (canonical name and variants →
/// ORG; "seat" rows such as Kremlin are skipped: they are places as often as agents). Read straight from
/// the actor files so the two never drift apart.
/// </summary>
public static class ActorNames
{
    public static IEnumerable<(string Name, EntityType Type)> Load(string actorsFolder)
    {
        foreach (var cols in Rows(Path.Combine(actorsFolder, "people.tsv"), minColumns: 1))
            foreach (var name in Names(cols[0], cols.Length > 1 ? cols[1] : ""))
                yield return (name, EntityType.PER);
        foreach (var cols in Rows(Path.Combine(actorsFolder, "organizations.tsv"), minColumns: 3))
        {
            if (cols[1] == "seat") continue;
            foreach (var name in Names(cols[2], cols.Length > 3 ? cols[3] : ""))
                yield return (name, EntityType.ORG);
        }
    }

    private static IEnumerable<string> Names(string canonical, string variants) =>
        new[] { canonical }.Concat(variants.Split('|')).Select(n => n.Trim()).Where(n => n.Length > 0);

    private static IEnumerable<string[]> Rows(string path, int minColumns)
    {
        foreach (var line in NerLexicon.DataLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length < minColumns) throw new InvalidDataException($"{path}: line '{line}' has fewer than {minColumns} tab-separated columns.");
            yield return cols;
        }
    }
}
