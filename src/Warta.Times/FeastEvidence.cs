using System.Globalization;
using Warta.Core;

namespace Warta.Times;

/// <summary>
/// Dating evidence from the moveable feasts a text names (<c>data/dating/feasts.tsv</c>): Ramadan, Lebaran,
/// Idul Adha, Imlek. A text naming one is dated in the weeks around it; as lunar feasts move through the
/// Gregorian year, this tells apart the years a weekday date fits. Feast dates are computed with .NET's
/// calendars (UmAlQura for Hijri dates, ChineseLunisolar for the Chinese New Year), not listed.
/// </summary>
public sealed class FeastEvidence : IDatingEvidenceSource
{
    private sealed record Feast(string Phrase, string Key, DatePeriod[] Periods);

    private readonly List<Feast> _feasts;

    private FeastEvidence(List<Feast> feasts) => _feasts = feasts;

    /// <summary>Reads the feast list; a malformed line throws naming the file and line.</summary>
    public static FeastEvidence Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Feast list '{path}' is missing (data/dating/feasts.tsv).", path);
        var feasts = new List<Feast>();
        var periods = new Dictionary<string, DatePeriod[]>(StringComparer.Ordinal);
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length != 6 || c[1] is not ("hijri" or "chinese") || !Int(c[2], out int month) || !Int(c[3], out int day)
                || !Int(c[4], out int before) || !Int(c[5], out int after) || month is < 1 or > 13 || day is < 1 or > 30)
                throw new InvalidDataException($"{path}:{n}: expected phrase, calendar (hijri|chinese), month, day, days before, days after.");
            var key = string.Join('/', c[1..]);
            if (!periods.TryGetValue(key, out var p)) periods[key] = p = Periods(c[1], month, day, before, after);
            feasts.Add(new Feast(c[0].Trim().ToLowerInvariant(), key, p));
        }
        return new FeastEvidence(feasts);
    }

    public void Collect(Document document, List<DatingEvidence> evidence)
    {
        var lower = document.Text.ToLowerInvariant();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in _feasts)
            if (!seen.Contains(f.Key) && ContainsWord(lower, f.Phrase))
            {
                seen.Add(f.Key);
                evidence.Add(new DatingEvidence(f.Periods, DatingStrength.Medium));
            }
    }

    /// <summary>The stretch around the feast in every year the calendars cover from 1970 on.</summary>
    private static DatePeriod[] Periods(string calendar, int month, int day, int before, int after)
    {
        var list = new List<DatePeriod>();
        Calendar cal = calendar == "hijri" ? new UmAlQuraCalendar() : new ChineseLunisolarCalendar();
        int first = cal.GetYear(new DateTime(1970, 1, 1)), last = cal.GetYear(cal.MaxSupportedDateTime) - 1;
        for (int y = first; y <= last; y++)
        {
            if (month > cal.GetMonthsInYear(y) || day > cal.GetDaysInMonth(y, month)) continue;
            var date = DateOnly.FromDateTime(cal.ToDateTime(y, month, day, 0, 0, 0, 0));
            list.Add(new DatePeriod(date.AddDays(-before), date.AddDays(after)));
        }
        return [.. list];
    }

    private static bool ContainsWord(string text, string phrase)
    {
        for (int i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            int end = i + phrase.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    private static bool Int(string s, out int v) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out v);
}
