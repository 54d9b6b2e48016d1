namespace Warta.Events;

/// <summary>Reads Warta's tab-separated data files: '#' lines and blank lines are skipped, a '#' after
/// content starts a comment. Errors name the file and line so a bad dictionary is quick to fix.</summary>
internal static class DataFile
{
    public static IEnumerable<(int Line, string[] Fields)> ReadRows(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Event data file '{path}' is missing. Check the data folder (WARTA_DATA) or rebuild.", path);
        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash == 0) continue;
            if (hash > 0 && line[hash - 1] is ' ' or '\t') line = line[..hash];
            line = line.TrimEnd();
            if (line.Length == 0) continue;
            yield return (n, line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
    }

    public static InvalidDataException Error(string path, int line, string reason) =>
        new($"{path}:{line}: {reason}");
}
