namespace Warta.Actors.Tests;

/// <summary>
/// The real organisations table (data/actors/organizations.tsv): associations of employers and operators are business
/// (Organda, the land-transport operators' association, like Apindo and Kadin), unions are labour (KSPI).
/// </summary>
public class BusinessAssociationDataTests
{
    private static Lazy<ActorDictionary> Real => TestData.RealDictionary;

    private static List<string> Codes(string text) =>
        Real.Value.Names.FindAll(WordScanner.Scan(text), language: "id")
            .SelectMany(m => m.Targets.OfType<ActorTarget>().Select(t => t.Actor.Code)).ToList();

    [Theory]
    [InlineData("pihak Organda memprotes layanan taksi daring", "IDNBUS")]
    [InlineData("Organisasi Angkutan Darat meminta tarif dinaikkan", "IDNBUS")]
    [InlineData("Apindo menolak kenaikan upah", "IDNBUS")]
    [InlineData("KSPI menuntut kenaikan upah", "IDNLAB")]
    public void An_association_takes_the_role_of_its_members(string text, string code)
    {
        Assert.Equal(new[] { code }, Codes(text).Distinct());
    }
}
