namespace Warta.Entities.Tests;

public class TokenHashTests
{
    private const ulong Prime = 1099511628211UL;

    [Fact]
    public void Lower_case_hash_of_every_character_is_that_of_its_invariant_lower_case_fold()
    {
        // the hash of the empty span is the start value; one character is one FNV-1a step of its lower-cased fold, which
        // a saved model depends on (ASCII letters take a shortcut that must give the same value)
        ulong start = TokenHash.Lower(ReadOnlySpan<char>.Empty);
        Span<ulong> prefixes = stackalloc ulong[4];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var one = new[] { (char)c };
            ulong expected = (start ^ char.ToLowerInvariant(TokenHash.Fold((char)c))) * Prime;
            Assert.Equal(expected, TokenHash.Lower(one));
            Assert.Equal(expected, TokenHash.Lower(one, prefixes));
            Assert.Equal(expected, prefixes[3]);
        }
    }

    [Fact]
    public void Case_and_typographic_quotes_do_not_change_the_lower_case_hash()
    {
        Assert.Equal(TokenHash.Lower("Jakarta"), TokenHash.Lower("JAKARTA"));
        Assert.Equal(TokenHash.Lower("\"Ahok\""), TokenHash.Lower("\u201Cahok\u201D"));
        Assert.NotEqual(TokenHash.Lower("Jakarta"), TokenHash.Lower("Jakarte"));
        Assert.Equal(TokenHash.Lower("Ärger"), TokenHash.Lower("ärger"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Di")]
    [InlineData("KPK")]
    [InlineData("Mega")]
    [InlineData("Jakarta")]
    [InlineData("“Kami")]
    public void Prefix_hashes_from_the_word_pass_are_the_prefixes_hashed_alone(string word)
    {
        Span<ulong> prefixes = stackalloc ulong[4];
        Assert.Equal(TokenHash.Lower(word), TokenHash.Lower(word, prefixes));
        for (int len = 1; len <= 4; len++)
            Assert.Equal(TokenHash.Lower(word.AsSpan(0, Math.Min(len, word.Length))), prefixes[len - 1]);
    }
}
