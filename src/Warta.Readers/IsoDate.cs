using System.Globalization;
using System.Text.RegularExpressions;

namespace Warta.Readers;

/// <summary>Publication dates as inputs write them. The date is taken as written (the publisher's local day).</summary>
public static partial class IsoDate
{
    /// <summary>An ISO date (<c>2021-10-21</c>) or date-time (<c>2021-10-21T10:00:00+07:00</c>, <c>2021-10-21 10:00</c>).</summary>
    public static bool TryParse(string value, out DateOnly date)
    {
        date = default;
        var s = value.Trim();
        if (s.Length < 10 || !DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return false;
        if (s.Length > 10)
        {
            if (s[10] is not ('T' or 't' or ' ')) return false;
            var iso = string.Concat(s.AsSpan(0, 10), "T", s.AsSpan(11));
            if (!DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)) return false;
        }
        date = day;
        return true;
    }

    /// <summary>The first year-month-day date anywhere in <paramref name="text"/> (<c>2021-10-21</c>, <c>2021/10/21 10:00</c>).</summary>
    public static bool TryFind(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrEmpty(text)) return false;
        foreach (Match m in YearMonthDay().Matches(text))
            if (TryMake(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, out date)) return true;
        return false;
    }

    /// <summary>A date inside a URL path: <c>/2021/10/21/</c>, <c>/2021-10-21/</c> or a 14-digit stamp <c>/20211021123456-</c>.</summary>
    public static bool TryFindInUrl(string? url, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrEmpty(url)) return false;
        foreach (Match m in UrlDate().Matches(url))
            if (TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out date)) return true;
        return false;
    }

    private static bool TryMake(string y, string m, string d, out DateOnly date)
    {
        date = default;
        int year = int.Parse(y, CultureInfo.InvariantCulture), month = int.Parse(m, CultureInfo.InvariantCulture), day = int.Parse(d, CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?:/(?<m>\d\d)/(?<d>\d\d)|-(?<m>\d\d)-(?<d>\d\d)|(?<m>\d\d)(?<d>\d\d)(?:\d{6})?)(?=[/\-_.]|$)")]
    private static partial Regex UrlDate();
}
