using System.Globalization;
using Warta.Core;

namespace Warta.Times;

/// <summary>
/// Dating evidence from who played or coached for which team when (<c>data/dating/tenures.tsv</c>, teams in
/// <c>teams.tsv</c>): a text naming a person and one of their teams was most likely written during one of
/// their tenures there ("Mourinho" with "Manchester United": 2016-2018). A person named without any of their
/// teams says nothing. Names are matched case-sensitively as whole words.
/// </summary>
public sealed class TenureEvidence : IDatingEvidenceSource
{
    private sealed record Tenure(string Team, DatePeriod Period);
    private sealed record Person(string[] Names, List<Tenure> Tenures);

    private readonly Dictionary<string, string[]> _teams;
    private readonly List<Person> _people;

    private TenureEvidence(Dictionary<string, string[]> teams, List<Person> people) => (_teams, _people) = (teams, people);

    /// <summary>Reads <c>teams.tsv</c> and <c>tenures.tsv</c> from <paramref name="folder"/>; a malformed line
    /// or an unknown team throws naming the file and line.</summary>
    public static TenureEvidence Load(string folder)
    {
        var teams = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (c, where) in Rows(Path.Combine(folder, "teams.tsv"), 2))
            teams[c[0]] = Split(c[1]);
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var (c, where) in Rows(Path.Combine(folder, "tenures.tsv"), 5))
        {
            if (!teams.ContainsKey(c[2])) throw new InvalidDataException($"{where}: team '{c[2]}' is not in teams.tsv.");
            var from = Date(c[3], where) ?? throw new InvalidDataException($"{where}: a tenure needs a start date (YYYY-MM-DD).");
            var to = Date(c[4], where) ?? DateOnly.MaxValue;
            if (!people.TryGetValue(c[0], out var person))
                people[c[0]] = person = new Person([c[0], .. Split(c[1])], []);
            person.Tenures.Add(new Tenure(c[2], new DatePeriod(from, to)));
        }
        return new TenureEvidence(teams, [.. people.Values]);
    }

    public void Collect(Document document, List<DatingEvidence> evidence)
    {
        var text = document.Text;
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, names) in _teams)
            if (names.Any(n => ContainsWord(text, n))) named.Add(key);
        if (named.Count == 0) return;
        foreach (var p in _people)
        {
            List<DatePeriod>? periods = null;
            foreach (var t in p.Tenures)
                if (named.Contains(t.Team)) (periods ??= []).Add(t.Period);
            if (periods is not null && p.Names.Any(n => ContainsWord(text, n)))
                evidence.Add(new DatingEvidence(periods, DatingStrength.Strong));
        }
    }

    private static bool ContainsWord(string text, string name)
    {
        for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            int end = i + name.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    private static string[] Split(string field) => field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static DateOnly? Date(string text, string where) =>
        text.Length == 0 ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new InvalidDataException($"{where}: '{text}' is not a date (YYYY-MM-DD).");

    private static IEnumerable<(string[] Columns, string Where)> Rows(string path, int columns)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Dating file '{path}' is missing (data/dating/).", path);
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length != columns || c[0].Trim().Length == 0)
                throw new InvalidDataException($"{path}:{n}: expected {columns} tab-separated columns, found {c.Length}.");
            yield return (c.Select(x => x.Trim()).ToArray(), $"{path}:{n}");
        }
    }
}
