using Warta.Times;

namespace Warta.Times.Tests;

public class TimeLexerTests
{
    [Fact]
    public void Pieces_keep_their_digits_and_lower_case_words()
    {
        const string text = "Jum’at (07/10/2017) pukul 9.05 WIB, 123456 ribu";
        var pieces = new List<Piece>();
        TimeLexer.Lex(text, 0, text.Length, pieces);
        Assert.Equal(["jum'at", "(", "07", "/", "10", "/", "2017", ")", "pukul", "9", ".", "05", "wib", ",", "123456", "ribu"], pieces.Select(p => p.Lower));
        Assert.Equal([7, 10, 2017, 9, 5, 123456], pieces.Where(p => p.Kind == PieceKind.Number).Select(p => p.Number));
        Assert.All(pieces, p => Assert.Equal(p.Kind == PieceKind.Number ? text[p.Start..p.End] : text[p.Start..p.End].ToLowerInvariant().Replace('’', '\''), p.Lower));
    }
}
