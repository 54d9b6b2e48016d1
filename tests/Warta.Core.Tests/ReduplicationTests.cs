namespace Warta.Core.Tests;

/// <summary>Full reduplication (the Indonesian plural) is read as its base; other hyphenated words are not.</summary>
public class ReduplicationTests
{
    [Theory]
    [InlineData("serangan-serangan", "serangan")]
    [InlineData("Negara-negara", "Negara")]
    [InlineData("kelompok-kelompok", "kelompok")]
    [InlineData("anak-anaknya", "anaknya")]   // a clitic on the second half stays on the base
    [InlineData("teman-temanku", "temanku")]
    public void A_plural_reads_as_its_base(string word, string expected) => Assert.Equal(expected, Reduplication.BaseOf(word));

    [Theory]
    [InlineData("serang-menyerang")] // reciprocal, no plural
    [InlineData("obat-obatan")]      // a kind of, another derivation
    [InlineData("bersama-sama")]
    [InlineData("ke-2")]
    [InlineData("e-KTP")]
    [InlineData("COVID-19")]
    [InlineData("Jong-un")]
    [InlineData("a-a")]              // halves of one letter
    [InlineData("negara")]
    public void Other_hyphenated_words_have_no_base(string word) => Assert.Null(Reduplication.BaseOf(word));

    [Theory]
    [InlineData("Negara", "negara", true)]
    [InlineData("anak", "anaknya", true)]
    [InlineData("Tsai Ing", "wen", false)]
    [InlineData("Kim", "Jong", false)]
    [InlineData("12", "12", false)]
    public void Words_written_apart_around_a_hyphen_are_halves_only_when_the_second_repeats_the_first(string first, string second, bool halves) =>
        Assert.Equal(halves, Reduplication.AreHalves(first, second));
}
