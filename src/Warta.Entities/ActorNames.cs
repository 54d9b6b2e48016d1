using Warta.Core;

namespace Warta.Entities;

/// <summary>
/// Names from Warta's actor dictionaries (<c>data/actors</c>) as gazetteer entries for the Indonesian
/// tagger: people (canonical name and variants → PER) and organisations (canonical name and variants →
/// ORG; "seat" rows such as Kremlin are skipped: they are places as often as agents). <c>warta train ner</c>
/// takes a snapshot of them into <c>id/ner/names-actors.tsv</c> beside the model, so later edits of the
/// actor files do not change the features of a model trained before them.
/// </summary>
public static class ActorNames
{
    public static void Save(string path, IEnumerable<(string Name, EntityType Type)> names)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("# Names of people (PER) and organisations (ORG) from Warta's actor dictionaries data/actors/people.tsv and\n");
        sb.Append("# organizations.tsv (sources and licences: see those files and NOTICE), snapshot written by 'warta train ner'\n");
        sb.Append("# for the NER gazetteer; do not edit, re-train instead. Format: name<TAB>PER|ORG\n");
        foreach (var line in names.Select(n => $"{n.Name}\t{n.Type}").Distinct().Order(StringComparer.Ordinal))
            sb.Append(line).Append('\n');
        File.WriteAllText(path, sb.ToString(), new System.Text.UTF8Encoding(false));
    }

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
