using Warta.Actors;

namespace Warta.Actors.Tests;

/// <summary>
/// The real people dictionary (data/actors/people.tsv), not the test dictionary: its spells are well formed
/// and a few Indonesian public figures of 2004-2019 resolve to the office they held at a date (the facts the
/// rows were written from; a wrong edit of a spell fails here rather than silently moving event codes).
/// </summary>
public class IndonesianPeopleDataTests
{
    private static Lazy<ActorDictionary> Real => TestData.RealDictionary;

    private static string PeopleFile => Path.Combine(TestData.RepoRoot, "data", "actors", "people.tsv");

    [Fact]
    public void Every_spell_is_a_known_role_or_a_code_with_its_start_before_its_end()
    {
        var problems = new List<string>();
        foreach (var line in File.ReadLines(PeopleFile))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length < 4) { problems.Add($"{cols[0]}: fewer than 4 columns"); continue; }
            foreach (var spell in cols[3].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var at = spell.IndexOf('@');
                var target = spell[..at];
                var range = spell[(at + 1)..].Split("..");
                if (target.Contains('.') && !Real.Value.Roles.ContainsKey(target)) problems.Add($"{cols[0]}: unknown role {target}");
                if (range[1].Length > 0 && DateOnly.Parse(range[0]) > DateOnly.Parse(range[1])) problems.Add($"{cols[0]}: {spell} ends before it starts");
            }
        }
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("Hatta Rajasa", "2012-06-01", "IDNGOV")]   // Menko Perekonomian
    [InlineData("Hatta Rajasa", "2014-07-01", "IDNPTY")]   // resigned in May 2014 to run for vice-president; PAN chair
    [InlineData("Anas Urbaningrum", "2011-03-01", "IDNPTY")] // Partai Demokrat chair, no state office
    [InlineData("Suryadharma Ali", "2012-01-10", "IDNGOV")] // Menteri Agama
    [InlineData("Suryadharma Ali", "2014-07-01", "IDNPTY")] // resigned as minister, still PPP chair
    [InlineData("Jero Wacik", "2013-02-01", "IDNGOV")]
    [InlineData("Agung Laksono", "2007-01-01", "IDNLEG")]  // Ketua DPR
    [InlineData("Tifatul Sembiring", "2016-01-01", "IDNLEG")]
    [InlineData("Djan Faridz", "2015-06-01", "IDNPTY")]
    [InlineData("Busyro Muqoddas", "2011-03-01", "IDNJUD")] // Ketua KPK
    [InlineData("Djoko Suyanto", "2007-01-01", "IDNMIL")]  // Panglima TNI
    [InlineData("Susno Duadji", "2009-06-01", "IDNCOP")]   // Kabareskrim
    [InlineData("Aburizal Bakrie", "2007-01-01", "IDNGOV")] // Menko Kesra before chairing Golkar
    [InlineData("Basuki Tjahaja Purnama", "2013-05-01", "IDNGOV")] // Wagub DKI
    public void A_figure_takes_the_office_held_at_the_date(string name, string date, string code)
    {
        var mention = Assert.Single(new RoleDating(Real.Value).Find(name + " hadir.", "id"));
        Assert.Equal(name, mention.Person.Canonical);
        Assert.Equal(code, Real.Value.CodeOf(mention.Person, DateOnly.Parse(date)));
    }

    [Fact]
    public void Before_any_office_a_figure_is_only_an_Indonesian()
    {
        var mention = Assert.Single(new RoleDating(Real.Value).Find("Anas Urbaningrum hadir.", "id"));
        Assert.Equal("IDN", Real.Value.CodeOf(mention.Person, new DateOnly(2008, 1, 1)));
    }

    /// <summary>people-en.tsv (read in every language) knows the spellings of Indonesian wire news (Antara): "Beshir
    /// bersikukuh", "menggulingkan Khadafi".</summary>
    [Theory]
    [InlineData("Beshir", "Omar al-Bashir", "2007-01-01", "SDNGOV")]
    [InlineData("Omar al-Beshir", "Omar al-Bashir", "2007-01-01", "SDNGOV")]
    [InlineData("Khadafi", "Muammar Gaddafi", "2010-01-01", "LBYGOV")]
    [InlineData("Muammar Khadafi", "Muammar Gaddafi", "2010-01-01", "LBYGOV")]
    public void Indonesian_press_spellings_of_world_figures_resolve(string written, string canonical, string date, string code)
    {
        var mention = Assert.Single(new RoleDating(Real.Value).Find(written + " hadir.", "id"));
        Assert.Equal(canonical, mention.Person.Canonical);
        Assert.Equal(code, Real.Value.CodeOf(mention.Person, DateOnly.Parse(date)));
    }
}
