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

    /// <summary>The stop of an initial does not break a name ("Miryam S. Haryani", "kata M. Nasir" are found as the
    /// dictionary writes them); a stop after a word or a number still does.</summary>
    [Theory]
    [InlineData("Miryam S. Haryani hadir", "Haryani", false)]
    [InlineData("Presiden George W. Bush tiba", "Bush", false)]
    [InlineData("kata M. Nasir di Jakarta", "Nasir", false)]
    [InlineData("Ia di kelas 5. Budi datang", "Budi", true)]
    [InlineData("Ia datang. Budi pulang", "Budi", true)]
    [InlineData("Miryam S., Haryani", "Haryani", true)]
    public void A_middle_initial_stop_is_no_gap(string text, string word, bool gap)
    {
        var w = WordScanner.Scan(text).Single(x => text[x.Start..x.End] == word);
        Assert.Equal(gap, w.GapBefore);
    }

    [Fact]
    public void A_name_with_a_middle_initial_is_found_as_written()
    {
        var names = new NameIndex();
        var target = new PersonTarget(new Person("Miryam S. Haryani", "IDN", []));
        names.Add("Miryam S. Haryani", target);
        var found = Assert.Single(names.FindAll(WordScanner.Scan("Politisi Hanura Miryam S. Haryani hadir.")));
        Assert.Equal(3, found.Count);
        Assert.Same(target, Assert.Single(found.Targets));
    }
}
