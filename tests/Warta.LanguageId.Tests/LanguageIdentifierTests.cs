using Warta.Core;

namespace Warta.LanguageId.Tests;

/// <summary>The identifier's logic, with small profiles trained here from testdata/*.txt (not the real data).</summary>
public class LanguageIdentifierTests
{
    private static LanguageProfile Train(string language)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "testdata", language + ".txt"));
        var counts = TrigramProfile.CountTrigrams(lines);
        var words = lines.SelectMany(l => l.ToLowerInvariant().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(w => w).OrderByDescending(g => g.Count()).Take(40).Select(g => g.Key);
        return new LanguageProfile(new TrigramProfile(language, counts, counts.Values.Sum(), floor: -9f), words);
    }

    private static readonly LanguageIdentifier Identifier = new([Train("id"), Train("en")], minScore: -5.5, minCommonWordShare: 0.2);

    [Theory]
    [InlineData("Warga desa itu menerima bantuan dari pemerintah.", "id")]
    [InlineData("Petani berharap harga pupuk turun bulan depan.", "id")]
    [InlineData("The farmers hope that the price will fall next month.", "en")]
    [InlineData("Residents of the village received help from the government.", "en")]
    [InlineData("Die Bauern hoffen, dass der Preis nächsten Monat sinkt.", "other")]
    [InlineData("Les habitants du village ont reçu de l'aide du gouvernement.", "other")]
    [InlineData("Ya.", "other")]
    [InlineData("12 345 678", "other")]
    public void Identifies_single_sentences(string sentence, string expected) =>
        Assert.Equal(expected, Identifier.Identify(sentence).Language);

    [Theory]
    [InlineData("Warga desa itu menerima bantuan dari pemerintah.")]
    [InlineData("The farmers hope that the price will fall next month.")]
    [InlineData("Die Bauern hoffen, dass der Preis nächsten Monat sinkt.")]
    public void Score_is_the_mean_log_probability_of_the_trigrams_under_the_best_profile(string sentence)
    {
        // the identifier's own trigram table must give each profile's probability, or its floor when unseen
        var guess = Identifier.Identify(sentence);
        var best = Identifier.Profiles.Single(p => p.Language == guess.Language || guess.Language == LanguageIdentifier.Other
            && p == Identifier.Profiles.MaxBy(q => Mean(sentence, q)));
        Assert.Equal(Mean(sentence, best), guess.Score, 12);
    }

    private static double Mean(string text, LanguageProfile profile)
    {
        var sum = (Total: 0.0, Count: 0, Profile: profile);
        Trigrams.Visit(text, ref sum, static (ref (double Total, int Count, LanguageProfile Profile) s, ulong t) =>
        {
            s.Total += s.Profile.Trigrams.LogProbability(t);
            s.Count++;
        });
        return sum.Total / sum.Count;
    }

    [Fact]
    public void Declared_language_wins_and_unknown_declared_codes_are_other()
    {
        var stage = new LanguageIdStage(Identifier);
        var declaredEn = new Article("t") { Title = "Warga desa menerima bantuan dari pemerintah", Language = "en" }.ToDocument();
        stage.Process(declaredEn);
        Assert.Equal("en", declaredEn.Language);
        var declaredFr = new Article("t") { Title = "Warga desa menerima bantuan dari pemerintah", Language = "fr" }.ToDocument();
        stage.Process(declaredFr);
        Assert.Equal("other", declaredFr.Language);
        var detected = new Article("t") { Title = "Warga desa menerima bantuan dari pemerintah" }.ToDocument();
        stage.Process(detected);
        Assert.Equal("id", detected.Language);
    }

    [Fact]
    public void Trigrams_pad_words_and_fold_non_letters()
    {
        var seen = new List<string>();
        Trigrams.Visit("Ada 12 ya!".AsSpan(), ref seen, static (ref List<string> s, ulong t) => s.Add(Trigrams.Unpack(t)));
        Assert.Equal([" ad", "ada", "da ", "a y", " ya", "ya "], seen);
    }

    [Fact]
    public void Profile_files_round_trip()
    {
        var counts = TrigramProfile.CountTrigrams(["ada apa"]);
        var path = Path.GetTempFileName();
        try
        {
            TrigramProfile.Write(path, counts, 100, ["test"]);
            var loaded = TrigramProfile.Load("id", path);
            var original = new TrigramProfile("id", counts, counts.Values.Sum());
            foreach (var key in counts.Keys) Assert.Equal(original.LogProbability(key), loaded.LogProbability(key), 5);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Missing_profile_file_is_named_in_the_error()
    {
        var e = Assert.Throws<FileNotFoundException>(() => TrigramProfile.Load("xx", "/nonexistent/xx.trigrams.tsv"));
        Assert.Contains("/nonexistent/xx.trigrams.tsv", e.Message);
    }
}
