using System.Globalization;

namespace Warta.Events.Ontology;

/// <summary>One CAMEO event code with the facts the output contract reports about it.</summary>
public sealed record CameoCode(string Code, string Label, double Goldstein, int QuadClass, string Plover)
{
    public string Root => Code[..2];
}

/// <summary>
/// The CAMEO ontology (data/events/cameo.tsv) and the intent map (data/events/intent.tsv) that turns a
/// planned or promised event into the CAMEO code for expressing that intent (04x meet → 036, 16x → 13x).
/// </summary>
public sealed class CameoOntology
{
    private readonly Dictionary<string, CameoCode> _codes;
    private readonly Dictionary<string, string> _intent;

    public CameoOntology(IEnumerable<CameoCode> codes, IReadOnlyDictionary<string, string>? intent = null)
    {
        _codes = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _intent = intent is null ? [] : new Dictionary<string, string>(intent, StringComparer.Ordinal);
        foreach (var (from, to) in _intent)
            if (!_codes.ContainsKey(to)) throw new InvalidDataException($"Intent map: '{from}' maps to unknown CAMEO code '{to}'.");
    }

    public IReadOnlyCollection<CameoCode> Codes => _codes.Values;
    public bool Contains(string code) => _codes.ContainsKey(code);
    public CameoCode this[string code] => _codes.TryGetValue(code, out var c) ? c
        : throw new KeyNotFoundException($"'{code}' is not a CAMEO code in the ontology.");

    /// <summary>The code for "expresses intent to do <paramref name="code"/>" (longest prefix in the
    /// intent map), or the code itself when CAMEO has no intent code for it (accusations, demands).</summary>
    public string IntentOf(string code)
    {
        for (int len = code.Length; len >= 2; len--)
            if (_intent.TryGetValue(code[..len], out var to)) return to;
        return code;
    }

    public static CameoOntology Load(string cameoTsv, string? intentTsv)
    {
        var codes = new List<CameoCode>();
        foreach (var (line, f) in DataFile.ReadRows(cameoTsv))
        {
            if (f[0] == "code") continue;
            if (f.Length < 4 || !double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var g)
                || !int.TryParse(f[3], out var quad) || quad is < 1 or > 4)
                throw DataFile.Error(cameoTsv, line, "expected 'code<TAB>label<TAB>goldstein<TAB>quadclass[<TAB>plover]'.");
            codes.Add(new CameoCode(f[0], f[1], g, quad, f.Length > 4 ? f[4] : ""));
        }
        var intent = new Dictionary<string, string>(StringComparer.Ordinal);
        if (intentTsv is not null)
            foreach (var (line, f) in DataFile.ReadRows(intentTsv))
            {
                if (f.Length < 2) throw DataFile.Error(intentTsv, line, "expected 'code-prefix<TAB>intent-code'.");
                intent[f[0]] = f[1];
            }
        return new CameoOntology(codes, intent);
    }
}
