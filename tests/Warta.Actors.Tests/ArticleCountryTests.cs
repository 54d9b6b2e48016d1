using Warta.Core;

namespace Warta.Actors.Tests;

/// <summary>The article's country (for generic agents that name none), on the test dictionary.</summary>
public class ArticleCountryTests
{
    private static ActorScan Scan(string text, string language)
    {
        var doc = new Document(text, "test") { Language = language };
        return new ActorScan(doc, TestData.Dictionary);
    }

    [Fact]
    public void Countries_capitals_and_regions_count_for_their_country()
    {
        var counts = ArticleCountry.Count(Scan("Rusia menolak. Moskow membantah. Belgia diam. Warga Bandung menonton.", "id"));
        Assert.Equal([("RUS", 2), ("BEL", 1), ("IDN", 1)], counts);
    }

    [Fact]
    public void A_foreign_dateline_counts_twice_and_a_home_one_once()
    {
        Assert.Equal([("BEL", 2), ("RUS", 1)], ArticleCountry.Count(Scan("BRUSSELS – Rusia menolak.", "id")));
        Assert.Equal([("IDN", 1), ("RUS", 1)], ArticleCountry.Count(Scan("Jakarta, Kantor Berita – Rusia menolak.", "id")));
    }

    [Theory]
    [InlineData("Rusia menolak. Rusia membantah. Pemerintah diam.", "id", "RUS")]
    [InlineData("Rusia menolak usulan Jakarta.", "id", "IDN")]
    [InlineData("Pemerintah diam.", "id", "IDN")]
    [InlineData("Russia refused. Moscow denied it.", "en", "RUS")]
    public void Dominant_country_is_the_most_mentioned_or_home(string text, string language, string expected) =>
        Assert.Equal(expected, ArticleCountry.Dominant(Scan(text, language)));

    [Fact]
    public void English_text_without_a_country_has_none() =>
        Assert.Null(ArticleCountry.Dominant(Scan("The government refused.", "en")));
}
