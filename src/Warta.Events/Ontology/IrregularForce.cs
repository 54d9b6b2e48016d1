namespace Warta.Events.Ontology;

/// <summary>
/// CAMEO's line between root 18 (ASSAULT: unconventional violence) and root 19 (FIGHT: conventional
/// military force) depends on who attacks: "pelaku menyerang polisi", "ISIS menyerang pembangkit listrik"
/// are 18, "militer menyerang" is 19. Read from data/events/irregular-force.tsv: the source roles that
/// are not organised state forces, and the code map for their one-sided 19x events. The same file names
/// CAMEO's violent repression (175): state security forces using force on protesters or dissidents
/// ("riot police killed four opposition supporters", "fired live rounds at demonstrators") repress, they
/// do not assault or fight.
/// </summary>
public sealed class IrregularForce
{
    private readonly HashSet<string> _roles;
    private readonly string[] _prefixes;
    private readonly Dictionary<string, string> _map;
    private readonly HashSet<string> _repressors;
    private readonly HashSet<string> _repressed;
    private readonly string? _repression;

    public IrregularForce(IEnumerable<string> roles, IEnumerable<string> prefixes, IReadOnlyDictionary<string, string> map,
        IEnumerable<string>? repressors = null, IEnumerable<string>? repressed = null, string? repression = null)
    {
        _roles = roles.ToHashSet(StringComparer.Ordinal);
        _prefixes = prefixes.ToArray();
        _map = new Dictionary<string, string>(map, StringComparer.Ordinal);
        _repressors = (repressors ?? []).ToHashSet(StringComparer.Ordinal);
        _repressed = (repressed ?? []).ToHashSet(StringComparer.Ordinal);
        _repression = repression;
    }

    /// <summary>The code of a one-sided act of violence (roots 18-20) of <paramref name="source"/> on
    /// <paramref name="target"/>: violent repression when a state security force acts on protesters or
    /// dissidents, else <see cref="Recode(string, string)"/>.</summary>
    public string Recode(string code, string source, string? target)
    {
        if (_repression is not null && code[..2] is "18" or "19" or "20" && target is { Length: >= 6 } && source.Length >= 6
            && _repressors.Contains(source.Substring(3, 3)) && _repressed.Contains(target.Substring(3, 3)))
            return _repression;
        return Recode(code, source);
    }

    /// <summary>The code a one-sided event <paramref name="code"/> by <paramref name="source"/> gets:
    /// mapped when the code is conventional force and the source is irregular, else unchanged.</summary>
    public string Recode(string code, string source)
    {
        if (!code.StartsWith("19", StringComparison.Ordinal) || !IsIrregular(source)) return code;
        for (int len = code.Length; len >= 2; len--)
            if (_map.TryGetValue(code[..len], out var to)) return to;
        return code;
    }

    /// <summary>A code whose role (the three letters after the country, or the whole code's prefix for
    /// groups like IMG…) is one of the irregular ones.</summary>
    public bool IsIrregular(string source)
    {
        foreach (var p in _prefixes) if (source.StartsWith(p, StringComparison.Ordinal)) return true;
        return source.Length >= 6 && _roles.Contains(source.Substring(3, 3));
    }

    public static IrregularForce Load(string path, CameoOntology ontology)
    {
        var roles = new List<string>();
        var prefixes = new List<string>();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var repressors = new List<string>();
        var repressed = new List<string>();
        string? repression = null;
        foreach (var (line, f) in DataFile.ReadRows(path))
        {
            if (f.Length != 2) throw DataFile.Error(path, line, "expected 'roles<TAB>A|B', 'prefixes<TAB>A|B', 'repressors<TAB>A|B', 'repressed<TAB>A|B', 'repression<TAB>code' or 'from-code<TAB>to-code'.");
            if (f[0] == "roles") roles.AddRange(f[1].Split('|'));
            else if (f[0] == "prefixes") prefixes.AddRange(f[1].Split('|'));
            else if (f[0] == "repressors") repressors.AddRange(f[1].Split('|'));
            else if (f[0] == "repressed") repressed.AddRange(f[1].Split('|'));
            else if (f[0] == "repression")
                repression = ontology.Contains(f[1]) ? f[1] : throw DataFile.Error(path, line, $"'{f[1]}' is not a CAMEO code in data/events/cameo.tsv.");
            else if (!ontology.Contains(f[1])) throw DataFile.Error(path, line, $"'{f[1]}' is not a CAMEO code in data/events/cameo.tsv.");
            else map[f[0]] = f[1];
        }
        return new IrregularForce(roles, prefixes, map, repressors, repressed, repression);
    }
}
