using Warta.Core;

namespace Warta.LanguageId.Tests;

/// <summary>Acceptance with the real profiles in data/langid: the seed article and sentences written here.</summary>
public class RealProfileTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Warta.sln not found");
    }

    private static readonly LanguageIdentifier Real = LanguageIdentifier.Load(Path.Combine(RepoRoot(), "data", "langid"));

    [Fact]
    public void Seed_article_is_Indonesian()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "..", "shared", "data", "seed", "000_95742cb04e9718dd.txt"));
        Assert.Equal("id", Real.Identify(text).Language);
    }

    [Theory]
    [InlineData("Menteri Keuangan menyampaikan laporan itu kepada wartawan di Jakarta.", "id")]
    [InlineData("Harga cabai melonjak menjelang hari raya.", "id")]
    [InlineData("The finance minister presented the report to journalists in Jakarta.", "en")]
    [InlineData("Chili prices jumped ahead of the holiday.", "en")]
    [InlineData("Der Finanzminister stellte den Bericht in Jakarta vor.", "other")]
    [InlineData("El ministro de Finanzas presentó el informe a los periodistas.", "other")]
    public void Real_profiles_identify_single_sentences(string sentence, string expected) =>
        Assert.Equal(expected, Real.Identify(sentence).Language);
}
