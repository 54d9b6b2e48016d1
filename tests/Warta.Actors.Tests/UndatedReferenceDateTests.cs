using Warta.Core;

namespace Warta.Actors.Tests;

/// <summary>An undated document reads its people's roles at the latest date its text states with a year
/// (<see cref="UndatedReferenceDate"/>). The test dictionary's Jens Stoltenberg was Norway's prime minister
/// (NORGOV) 2005-10-17..2013-10-16 and NATO's secretary general (IGOWSTNAT) 2014-10-01..2024-09-30.
/// The time values are set by hand as the times stage writes them (TIMEX3: "2009", "2014-10", "PAST_REF").</summary>
public class UndatedReferenceDateTests
{
    private static string? CodeOfStoltenberg(string text, DateOnly? published, params (string Words, string Value)[] times)
    {
        var doc = new Document(text, "test") { Published = published, Language = "id" };
        int at = text.IndexOf("Stoltenberg", StringComparison.Ordinal);
        doc.Entities.Add(new Entity(at, at + "Stoltenberg".Length, EntityType.PER));
        foreach (var (words, value) in times)
        {
            int start = text.IndexOf(words, StringComparison.Ordinal);
            doc.Times.Add(new TimeExpression(start, start + words.Length, TimeType.DATE, value));
        }
        doc.MarkAdded(Layer.Language | Layer.Entities | Layer.Times);
        new Pipeline([new ActorStage(TestData.Dictionary)], doc.Layers).Run(doc);
        return doc.Entities.Single(e => e.Start == at).Actor;
    }

    [Fact]
    public void A_year_the_undated_text_states_dates_the_role_and_without_it_the_latest_office_is_read()
    {
        Assert.Equal("NORGOV", CodeOfStoltenberg("Pada 2009 Stoltenberg berkunjung ke Jakarta.", null, ("2009", "2009")));
        Assert.Equal("IGOWSTNAT", CodeOfStoltenberg("Pada 2009 Stoltenberg berkunjung ke Jakarta.", null));
    }

    [Fact]
    public void A_month_of_a_year_is_read_at_its_middle()
    {
        // 15 October 2014: two weeks into the NATO term; 15 June 2013: still prime minister.
        Assert.Equal("IGOWSTNAT", CodeOfStoltenberg("Stoltenberg tiba di Brussel pada Oktober 2014.", null, ("Oktober 2014", "2014-10")));
        Assert.Equal("NORGOV", CodeOfStoltenberg("Stoltenberg tiba di Brussel pada Juni 2013.", null, ("Juni 2013", "2013-06")));
    }

    [Fact]
    public void The_latest_stated_year_wins_over_earlier_ones()
    {
        Assert.Equal("IGOWSTNAT", CodeOfStoltenberg("Stoltenberg, yang menjabat sejak 2009, berbicara pada 2016.", null,
            ("2009", "2009"), ("2016", "2016")));
    }

    [Fact]
    public void Relative_and_yearless_times_and_years_before_1950_give_no_date()
    {
        Assert.Equal("IGOWSTNAT", CodeOfStoltenberg("Stoltenberg berkunjung tahun lalu, Kamis (21/10).", null,
            ("tahun lalu", "PAST_REF"), ("Kamis (21/10)", "XXXX-10-21")));
        Assert.Equal("IGOWSTNAT", CodeOfStoltenberg("Stoltenberg mengenang perang 1945.", null, ("1945", "1945")));
    }

    [Fact]
    public void A_year_outside_the_spells_of_the_people_named_is_history_the_text_recalls()
    {
        // 1990 fits none of Stoltenberg's spells (even a year wide), the latest date fits his NATO term's last year.
        Assert.Equal("IGOWSTNAT", CodeOfStoltenberg("Stoltenberg mengenang kunjungannya ke Oslo pada 1990.", null, ("1990", "1990")));
    }

    [Fact]
    public void A_publication_date_beats_the_years_of_the_text()
    {
        Assert.Equal("IGOWSTNAT", CodeOfStoltenberg("Stoltenberg mengenang kunjungannya pada 2009.", new DateOnly(2020, 1, 1), ("2009", "2009")));
    }
}
