namespace Warta.Entities.Tests;

public class TokenHashTests
{
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
