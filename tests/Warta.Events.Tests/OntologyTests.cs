using Warta.Events.Ontology;
using Warta.Events.Patterns;

namespace Warta.Events.Tests;

public sealed class OntologyTests
{
    private static readonly CameoOntology Real =
        CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv"));

    [Fact]
    public void Every_root_and_quad_class_follows_the_CAMEO_ranges()
    {
        var roots = Real.Codes.Select(c => c.Root).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(r => r.ToString("00")), roots);
        foreach (var c in Real.Codes)
        {
            int r = int.Parse(c.Root);
            int expected = r <= 5 ? 1 : r <= 8 ? 2 : r <= 14 ? 3 : 4;
            Assert.True(expected == c.QuadClass, $"{c.Code} quad {c.QuadClass}");
            Assert.False(string.IsNullOrWhiteSpace(c.Label), c.Code);
            Assert.InRange(c.Goldstein, -10, 10);
        }
        Assert.True(Real.Codes.Count >= 300, $"{Real.Codes.Count} codes");
    }

    [Theory]
    [InlineData("161", -4.0, "SANCTION", 4)]
    [InlineData("1125", -2.0, "ACCUSE", 3)]
    [InlineData("036", 4.0, "AGREE", 1)]
    [InlineData("016", -2.0, "", 1)]
    [InlineData("190", -10.0, "ASSAULT", 4)]
    public void Known_codes_carry_their_published_values(string code, double goldstein, string plover, int quad)
    {
        var c = Real[code];
        Assert.Equal(goldstein, c.Goldstein);
        Assert.Equal(plover, c.Plover);
        Assert.Equal(quad, c.QuadClass);
    }

    [Theory]
    [InlineData("040", "036")]
    [InlineData("161", "161")]
    [InlineData("0841", "0353")]
    [InlineData("112", "112")]
    public void Intent_maps_by_longest_prefix(string code, string intent) => Assert.Equal(intent, Real.IntentOf(code));

    [Fact]
    public void A_pattern_with_an_unknown_code_is_rejected_naming_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"warta-bad-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# test\n161\tverb\tmenutup\tkantor\t-\n999\tverb\tmenyerang\t-\t-\n");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => PatternFileReader.Read(path, Real).ToList());
            Assert.Contains(":3:", ex.Message);
            Assert.Contains("999", ex.Message);
        }
        finally { File.Delete(path); }
    }
}
