namespace Warta.Actors.Tests;

public class WordScannerTests
{
    [Theory]
    [InlineData("António", "antonio")]
    [InlineData("Ma’ruf", "ma'ruf")]
    [InlineData("KPK", "kpk")]
    [InlineData("Pemerintahannya", "pemerintahannya")] // past the per-thread table's twelve characters
    public void Folds_case_diacritics_and_apostrophes(string surface, string folded)
    {
        Assert.Equal(folded, WordScanner.Fold(surface));
        Assert.Equal(folded, WordScanner.Fold(surface)); // again, from the memo
    }

    [Fact]
    public void Many_words_sharing_memo_slots_each_fold_to_their_own_key()
    {
        var words = Enumerable.Range(0, 30_000).Select(i => "Kata" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (int round = 0; round < 2; round++)
            foreach (var w in words) Assert.Equal(w.ToLowerInvariant(), WordScanner.Fold(w));
    }
}
