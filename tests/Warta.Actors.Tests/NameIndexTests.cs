namespace Warta.Actors.Tests;

/// <summary>Names of one language are filed apart from the shared ones (so other languages do not walk them); a look-up
/// must still see exactly the names its language may use, and the longest of them.</summary>
public class NameIndexTests
{
    private static readonly NameTarget Region = new ActorTarget(new NamedActor("MLI", ActorKind.Region, "Gaoville"));
    private static readonly NameTarget City = new ActorTarget(new NamedActor("USA", ActorKind.Region, "New York"));
    private static readonly NameTarget Paper = new ActorTarget(new NamedActor("USAMED", ActorKind.Company, "New York Times"));

    private static NameMatch? At(NameIndex index, string text, string? language) =>
        index.LongestAt(WordScanner.Scan(text), 0, language: language);

    [Fact]
    public void A_name_of_one_language_is_seen_by_that_language_and_by_an_unscoped_lookup_only()
    {
        var index = new NameIndex();
        index.Add("Gaoville", Region, "en");
        Assert.Equal([Region], At(index, "Gaoville said", "en")?.Targets);
        Assert.Null(At(index, "Gaoville said", "id"));
        Assert.Equal([Region], At(index, "Gaoville said", null)?.Targets);
    }

    [Fact]
    public void A_scoped_name_that_gets_a_shared_row_later_is_seen_by_every_language()
    {
        var index = new NameIndex();
        index.Add("Gaoville", Region, "en");
        index.Add("Gaoville", DiscardTarget.Instance);
        Assert.Equal([DiscardTarget.Instance], At(index, "Gaoville said", "id")?.Targets);
        Assert.Equal([Region, DiscardTarget.Instance], At(index, "Gaoville said", "en")?.Targets);
    }

    [Fact]
    public void The_longest_name_wins_across_the_shared_and_the_scoped_names()
    {
        var index = new NameIndex();
        index.Add("New York", City);
        index.Add("New York Times", Paper, "en");
        Assert.Equal(3, At(index, "New York Times reported", "en")?.Count);
        Assert.Equal(2, At(index, "New York Times reported", "id")?.Count);
        Assert.Equal(3, At(index, "New York Times reported", null)?.Count);
        Assert.Equal([City], At(index, "New York said", "en")?.Targets);
    }

    private static readonly NameTarget Rebels = new AgentTarget(new GenericAgent("REB", Warta.Core.EntityType.MISC, false));

    /// <summary>A reduplicated plural that is no name itself is looked up as its base, joined or written apart around a
    /// spaced hyphen; a name the dictionary writes reduplicated is still found whole, and its base alone is not it.</summary>
    [Fact]
    public void A_reduplicated_plural_is_looked_up_as_its_base()
    {
        var index = new NameIndex();
        index.Add("kelompok pemberontak", Rebels);
        index.Add("Perserikatan Bangsa-Bangsa", Paper);
        index.Add("ibu-ibu", City);
        Assert.Equal(2, At(index, "kelompok-kelompok pemberontak menyerang", "id")?.Count);
        Assert.Equal(2, At(index, "Kelompok - kelompok pemberontak menyerang", "id")?.Count);
        Assert.Equal(2, At(index, "Perserikatan Bangsa - bangsa menyerukan", "id")?.Count);
        Assert.Equal(2, At(index, "Perserikatan Bangsa-Bangsa menyerukan", "id")?.Count);
        Assert.Equal([City], At(index, "ibu-ibu berdemo", "id")?.Targets);
        Assert.Null(At(index, "ibu berdemo", "id"));
        Assert.Null(At(index, "kelompok-kelompok tani", "id"));
    }
}
