using Warta.Actors;

namespace Warta.Actors.Tests;

public class RoleDatingTests
{
    private static readonly RoleDating Dating = new(TestData.Dictionary);

    [Fact]
    public void A_bare_home_title_with_its_holder_dates_the_text_to_the_term()
    {
        var m = Assert.Single(Dating.Find("Menlu Retno Marsudi bertemu wartawan.", "id"));
        Assert.Equal(DatingKind.Titled, m.Kind);
        Assert.Equal([(new DateOnly(2014, 10, 27), new DateOnly(2024, 10, 20))], m.Periods);
    }

    [Fact]
    public void A_title_naming_its_country_picks_the_spells_of_that_role_only()
    {
        var m = Assert.Single(Dating.Find("Presiden AS Donald Trump berbicara.", "id"));
        Assert.Equal(DatingKind.Titled, m.Kind);
        Assert.Equal(2, m.Periods.Count);
        Assert.Contains((new DateOnly(2017, 1, 20), new DateOnly(2021, 1, 19)), m.Periods);
    }

    [Fact]
    public void A_former_title_dates_the_text_after_the_term()
    {
        var m = Assert.Single(Dating.Find("Mantan Menlu Marty Natalegawa hadir.", "id"));
        Assert.Equal(DatingKind.Former, m.Kind);
        Assert.Equal([(new DateOnly(2014, 10, 21), DateOnly.MaxValue)], m.Periods);
    }

    [Fact]
    public void A_name_alone_gives_all_its_spells_and_a_title_the_person_never_held_gives_nothing()
    {
        var found = Dating.Find("Biden menelepon Lavrov. Kapolri Retno datang.", "id");
        var biden = Assert.Single(found, m => m.Person.Canonical == "Joe Biden");
        Assert.Equal(DatingKind.Name, biden.Kind);
        Assert.Equal([(new DateOnly(2021, 1, 20), new DateOnly(2025, 1, 19))], biden.Periods);
        Assert.Single(found, m => m.Person.Canonical == "Sergei Lavrov");
        Assert.DoesNotContain(found, m => m.Person.Canonical == "Retno Marsudi");
    }
}
