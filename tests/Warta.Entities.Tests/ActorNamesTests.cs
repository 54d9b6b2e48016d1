using Warta.Core;

namespace Warta.Entities.Tests;

public class ActorNamesTests
{
    [Fact]
    public void People_and_organisations_but_not_seats_become_gazetteer_names()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "people.tsv"), "# header\nDewi Kartika\tKartika|Bu Dewi\tIDN\tIDNGOV@2001-01-01..\n");
            File.WriteAllText(Path.Combine(folder, "organizations.tsv"), "# header\nIDNGOV\tseat\tIstana\tIstana Negara\nIDNPTY\tparty\tPartai Maju\tPM\n");
            var names = ActorNames.Load(folder).ToList();
            Assert.Equal([("Dewi Kartika", EntityType.PER), ("Kartika", EntityType.PER), ("Bu Dewi", EntityType.PER),
                ("Partai Maju", EntityType.ORG), ("PM", EntityType.ORG)], names);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void A_short_organisation_row_is_reported_with_its_file()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "people.tsv"), "");
            File.WriteAllText(Path.Combine(folder, "organizations.tsv"), "IDNPTY\tparty\n");
            var e = Assert.Throws<InvalidDataException>(() => ActorNames.Load(folder).ToList());
            Assert.Contains("organizations.tsv", e.Message);
        }
        finally { Directory.Delete(folder, true); }
    }
}
