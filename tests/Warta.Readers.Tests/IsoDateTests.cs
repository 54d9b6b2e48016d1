namespace Warta.Readers.Tests;

public class IsoDateTests
{
    [Theory]
    [InlineData("2021-10-21", "2021-10-21")]
    [InlineData("2021-10-21T23:30:00+07:00", "2021-10-21")]
    [InlineData("2021-10-21T10:00:00Z", "2021-10-21")]
    [InlineData("2021-10-21 10:00", "2021-10-21")]
    [InlineData("21-10-2021", null)]
    [InlineData("2021-13-01", null)]
    [InlineData("2021-10-21Tnoon", null)]
    [InlineData("kemarin", null)]
    public void Parses_iso_dates_and_date_times(string input, string? expected)
    {
        bool ok = IsoDate.TryParse(input, out var date);
        Assert.Equal(expected, ok ? date.ToString("yyyy-MM-dd") : null);
    }

    [Theory]
    [InlineData("https://x.example/read/2024/02/05/142011278/judul", "2024-02-05")]
    [InlineData("https://x.example/nasional/20240402134500-20-1082345/judul", "2024-04-02")]
    [InlineData("https://x.example/berita/2023-11-08/judul", "2023-11-08")]
    [InlineData("https://x.example/berita/d-7154321/judul", null)]
    [InlineData("https://x.example/2024/13/45/judul", null)]
    public void Finds_dates_in_urls(string url, string? expected)
    {
        bool ok = IsoDate.TryFindInUrl(url, out var date);
        Assert.Equal(expected, ok ? date.ToString("yyyy-MM-dd") : null);
    }

    [Theory]
    [InlineData("2024/01/22 10:15:32", "2024-01-22")]
    [InlineData("Senin, 2024-01-22", "2024-01-22")]
    [InlineData("22/01/2024", null)]
    public void Finds_year_month_day_in_metadata(string text, string? expected)
    {
        bool ok = IsoDate.TryFind(text, out var date);
        Assert.Equal(expected, ok ? date.ToString("yyyy-MM-dd") : null);
    }
}
