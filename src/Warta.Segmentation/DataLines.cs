namespace Warta.Segmentation;

/// <summary>
/// Reads Warta's plain-text data files: one entry per line, <c>#</c> starts a comment line, blank
/// lines are ignored, columns are tab-separated. A missing file is an error that names it.
/// </summary>
public static class DataLines
{
    public static IEnumerable<string[]> Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Segmentation data file '{path}' is missing; rebuild Warta so data/ is copied beside the program, or set WARTA_DATA.", path);
        return ReadCore(path);
    }

    private static IEnumerable<string[]> ReadCore(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
