namespace Warta.Actors.Tests;

/// <summary>
/// The real roles table (data/actors/roles.tsv): Indonesian news writes a country's title in lower case when no name
/// follows ("para menteri luar negeri Jordania", "perdana menteri Israel"); the title is found whole in Indonesian text,
/// the country as written, and English look-ups are left as they were.
/// </summary>
public class LowerCaseTitleDataTests
{
    private static Lazy<ActorDictionary> Real => TestData.RealDictionary;

    [Theory]
    [InlineData("para menteri luar negeri Jordania dan Israel", "JOR.FM")]
    [InlineData("kata perdana menteri Israel", "ISR.HOG")]
    [InlineData("kepala negara Kanada", "CAN.PRES")]
    public void A_lower_case_title_with_its_country_is_one_mention_in_Indonesian(string text, string role)
    {
        var titles = Real.Value.Names.FindAll(WordScanner.Scan(text), language: "id")
            .Where(m => m.Targets.OfType<TitleTarget>().Any(t => t.RoleId == role)).ToList();
        Assert.Single(titles);
        Assert.True(titles[0].Count >= 3);
    }

    [Fact]
    public void The_country_is_still_matched_only_as_written()
    {
        // "israel" in lower case is no country, so no title either
        var found = Real.Value.Names.FindAll(WordScanner.Scan("perdana menteri israel"), language: "id");
        Assert.DoesNotContain(found, m => m.Targets.OfType<TitleTarget>().Any(t => t.RoleId == "ISR.HOG"));
    }

    [Fact]
    public void English_lookups_do_not_see_the_Indonesian_lower_case_titles()
    {
        var found = Real.Value.Names.FindAll(WordScanner.Scan("para menteri luar negeri Jordania"), language: "en");
        Assert.DoesNotContain(found, m => m.Targets.OfType<TitleTarget>().Any(t => t.RoleId == "JOR.FM"));
    }
}
