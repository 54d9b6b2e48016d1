namespace Warta.Actors.Tests;

/// <summary>
/// The loader joins the words of a country title ("Menteri Luar Negeri {C}") and of a country name, each scanned once,
/// instead of scanning every joined string: the joined words must be exactly the scan's, and an index built either way
/// must answer every look-up the same.
/// </summary>
public class CountryTitleTests
{
    private const string C = "{C}";

    private static void AssertJoinIsScan(string title, string placeholder, string country)
    {
        var cut = CountryTitle.TryCut(title, placeholder);
        if (cut is null || !cut.TryJoin(new CountryName(country), out var keys, out var cases)) return;
        var scanned = WordScanner.Scan(title.Replace(placeholder, country, StringComparison.Ordinal));
        Assert.Equal(scanned.Select(w => w.Key), keys);
        Assert.Equal(scanned.Select(w => w.Case), cases);
    }

    [Theory]
    [InlineData("Menteri Luar Negeri {C}", "Korea Selatan")]
    [InlineData("{C}'s President", "Indonesia")]
    [InlineData("{C}'s President", "AS")]
    [InlineData("{C} Foreign Minister", "Republik Demokratik Kongo")]
    [InlineData("Presiden {C}", "Côte d'Ivoire")]
    public void Joined_words_are_the_words_of_the_joined_string(string title, string country)
    {
        Assert.NotNull(CountryTitle.TryCut(title, C));
        Assert.True(CountryTitle.TryCut(title, C)!.TryJoin(new CountryName(country), out _, out _));
        AssertJoinIsScan(title, C, country);
        AssertJoinIsScan(title.ToLowerInvariant(), "{c}", country);
    }

    [Theory]
    [InlineData("Presiden{C}")]        // no space: the country would run into the title's word
    [InlineData("{C}-led forces")]     // a hyphen: the index also files a spaced-hyphen variant
    [InlineData("{C} (Menlu)")]        // punctuation next to the slot
    [InlineData("{C} dan {C}")]        // two slots
    [InlineData("Menlu")]              // no slot
    public void A_title_whose_join_could_differ_is_not_cut(string title)
    {
        Assert.Null(CountryTitle.TryCut(title, C));
    }

    [Theory]
    [InlineData("U.S.", "Presiden {C}")]         // ends in a stop
    [InlineData("Guinea-Bissau", "Presiden {C}")] // a hyphenated word
    [InlineData("Korea S", "{C}'s President")]   // the scanner keeps the "'s" of a one-letter word
    public void A_country_whose_join_could_differ_is_left_to_the_scan(string country, string title)
    {
        Assert.False(CountryTitle.TryCut(title, C)!.TryJoin(new CountryName(country), out _, out _));
    }

    /// <summary>Every title of data/actors/roles.tsv with every country name of countries.tsv, as written and in the
    /// lower-case variant the loader also files: where the loader joins, the join is the scan, and nearly all join.</summary>
    [Fact]
    public void Every_real_title_and_country_joins_as_the_scan_cuts()
    {
        var root = Path.Combine(TestData.RepoRoot, "data", "actors");
        var titles = File.ReadLines(Path.Combine(root, "roles.tsv")).Where(l => l.StartsWith("{C}.", StringComparison.Ordinal))
            .SelectMany(l => l.Split('\t')[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(t => t.Contains(C, StringComparison.Ordinal)).Distinct().ToList();
        var countries = File.ReadLines(Path.Combine(root, "countries.tsv")).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')).SelectMany(r => r[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Prepend(r[1].Trim()))
            .Distinct().ToList();
        int joined = 0, all = 0;
        foreach (var t in titles)
            foreach (var (title, placeholder) in new[] { (t, C), (t.ToLowerInvariant(), "{c}") })
            {
                var cut = CountryTitle.TryCut(title, placeholder);
                foreach (var country in countries)
                {
                    all++;
                    if (cut is null || !cut.TryJoin(new CountryName(country), out var keys, out var cases)) continue;
                    joined++;
                    var scanned = WordScanner.Scan(title.Replace(placeholder, country, StringComparison.Ordinal));
                    Assert.True(scanned.Select(w => w.Key).SequenceEqual(keys) && scanned.Select(w => w.Case).SequenceEqual(cases),
                        $"'{title}' with '{country}': joined [{string.Join(' ', keys)}], scanned [{string.Join(' ', scanned.Select(w => w.Key))}]");
                }
            }
        Assert.True(titles.Count >= 90 && countries.Count >= 700, $"{titles.Count} titles, {countries.Count} country names");
        Assert.True(joined >= all * 95 / 100, $"only {joined} of {all} title x country names join");
    }

    private static readonly NameTarget Seoul = new TitleTarget("KOR.FM");
    private static readonly NameTarget Korea = new ActorTarget(new NamedActor("KOR", ActorKind.Country, "Korea Selatan"));
    private static readonly NameTarget Party = new ActorTarget(new NamedActor("KORPTY", ActorKind.Party, "Menteri Luar Negeri Korea Selatan Baru"));

    /// <summary>The same names added by joined words and by strings, in the same order: a two-word country, the
    /// lower-case variant (title words in any case, the country as written, Indonesian only) and a longer name that
    /// starts with the same words all match as before.</summary>
    [Theory]
    [InlineData("Menteri Luar Negeri Korea Selatan tiba", "id")]
    [InlineData("menteri luar negeri Korea Selatan tiba", "id")]
    [InlineData("menteri luar negeri Korea Selatan tiba", "en")]
    [InlineData("menteri luar negeri korea selatan tiba", "id", false)]
    [InlineData("MENTERI LUAR NEGERI Korea Selatan tiba", null)]
    [InlineData("Menteri Luar Negeri Korea Selatan Baru menang", "id")]
    [InlineData("Menteri Luar Negeri Korea tiba", "id")]
    [InlineData("Korea Selatan's foreign minister said", "en")]
    [InlineData("Korea Selatan foreign minister said", "en")]
    public void An_index_of_joined_words_answers_as_one_of_scanned_strings(string text, string? language, bool found = true)
    {
        var scanned = new NameIndex();
        var joined = new NameIndex();
        foreach (var index in new[] { scanned, joined }) index.Add("Korea Selatan", Korea);
        string[] titles = ["Menteri Luar Negeri {C}", "{C}'s foreign minister", "{C} foreign minister"];
        foreach (var t in titles)
            foreach (var country in new[] { "Korea Selatan", "Korea" })
            {
                scanned.Add(t.Replace(C, country, StringComparison.Ordinal), Seoul);
                scanned.Add(t.ToLowerInvariant().Replace("{c}", country, StringComparison.Ordinal), Seoul, "id");
                Assert.True(CountryTitle.TryCut(t, C)!.TryJoin(new CountryName(country), out var keys, out var cases));
                joined.AddWords(keys, cases, Seoul);
                Assert.True(CountryTitle.TryCut(t.ToLowerInvariant(), "{c}")!.TryJoin(new CountryName(country), out keys, out cases));
                joined.AddWords(keys, cases, Seoul, "id");
            }
        foreach (var index in new[] { scanned, joined }) index.Add("Menteri Luar Negeri Korea Selatan Baru", Party);
        Assert.Equal(scanned.Count, joined.Count);
        var words = WordScanner.Scan(text);
        var expected = scanned.FindAll(words, language: language);
        var actual = joined.FindAll(words, language: language);
        Assert.Equal(expected.Select(m => (m.First, m.Count, string.Join(",", m.Targets))), actual.Select(m => (m.First, m.Count, string.Join(",", m.Targets))));
        // the country in lower case is no name, so no title either
        Assert.Equal(found, expected.Count > 0);
    }

    [Fact]
    public void Words_with_a_hyphen_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new NameIndex().AddWords(["presiden", "guinea-bissau"], [WordCase.Capitalized, WordCase.Capitalized], Seoul));
    }
}
