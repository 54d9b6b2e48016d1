using Warta.Core;

namespace Warta.Core.Tests;

/// <summary>The shortcuts taken for speed give what the general code gives.</summary>
public class FastPathTests
{
    [Theory]
    [InlineData("Presiden Joko Widodo tiba di Jakarta.")]
    [InlineData("Satu\ndua.")]
    [InlineData("a")]
    public void Clean_text_is_returned_as_it_is(string input) => Assert.Same(input, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData(" a", "a")]
    [InlineData("a ", "a")]
    [InlineData("a  b", "a b")]
    [InlineData("a \nb", "a\nb")]
    [InlineData("a\n b", "a\nb")]
    [InlineData("a\n\nb", "a\nb")]
    [InlineData("\na", "a")]
    [InlineData("a\n", "a")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u0085b", "a\nb")]
    [InlineData("a\u2028b", "a\nb")]
    [InlineData("a\u007Fb", "a b")]
    public void Text_that_is_not_clean_is_normalized(string input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void The_clean_text_shortcut_agrees_with_the_full_normalization()
    {
        // a leading lone CR makes the text unclean (so it takes the full path) and changes nothing else
        var alphabet = new[] { 'a', 'B', ' ', ' ', '\n', '\r', '\t', '\u00A0', '\u200B', '\u2028', 'é', '.' };
        var random = new Random(20261127);
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(1, 9)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            Assert.Equal(TextNormalizer.Normalize("\r" + text), TextNormalizer.Normalize(text));
        }
    }

    [Theory]
    [InlineData("Jakarta")]
    [InlineData("KPK")]
    [InlineData("A")]
    [InlineData(",")]
    [InlineData("İstanbul")]
    [InlineData("ÉCOLE")]
    [InlineData("Σ")]
    public void A_token_lower_cased_in_one_string_is_the_substring_lower_cased(string word)
    {
        var text = "(" + word + ")";
        Assert.Equal(text.Substring(1, word.Length).ToLowerInvariant(), TokenText.LowerOf(text, 1, word.Length));
    }

    [Fact]
    public void Packed_words_are_equal_exactly_when_the_words_are()
    {
        var words = new[] { "a", "b", "ab", "ba", "yang", "yan", "yangg", "pemerintah", "pemerintahan", "Pemerintah", "12345678", "123456789" };
        foreach (var x in words)
            foreach (var y in words)
            {
                Assert.True(PackedWord.TryPack(x, out var px));
                Assert.True(PackedWord.TryPack(y, out var py));
                Assert.Equal(x == y, px == py);
            }
        Assert.False(PackedWord.TryPack("", out _));
        Assert.False(PackedWord.TryPack("pemerintahnya", out _)); // 13 characters
        Assert.False(PackedWord.TryPack("a\0", out _));
    }
}
