using Warta.Core;
using Warta.Times;

namespace Warta.Times.Tests;

/// <summary>The publication date inference with dating evidence from outside the time expressions (as the
/// actor dictionary gives: an office holder's term), through a fixed test source.</summary>
public class DatingEvidenceTests
{
    private sealed class FixedEvidence(params DatingEvidence[] evidence) : IDatingEvidenceSource
    {
        public void Collect(Document document, List<DatingEvidence> into) => into.AddRange(evidence);
    }

    private static DatingEvidence Term(int fromYear, int toYear, DatingStrength strength) =>
        new([new DatePeriod(new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31))], strength);

    private static Document Analyze(string text, params DatingEvidence[] evidence)
    {
        var stage = TimeStage.Load(Path.Combine(AppContext.BaseDirectory, "testdata"), () => TestDocuments.Today, new FixedEvidence(evidence));
        var doc = new Document(text, "test") { Language = "id" };
        doc.Sentences.Add(new Sentence(0, text.Length, 0, 0));
        stage.Process(doc);
        return doc;
    }

    [Fact]
    public void Without_evidence_the_most_recent_matching_year_is_taken()
    {
        // Monday 27 March: 2017 and 2023 (and 2006, 2000 ...).
        Assert.Equal(new DateOnly(2023, 3, 27), Analyze("Ia berbicara di DPR, Senin (27/3).").Published);
    }

    [Fact]
    public void A_titled_holder_rules_out_years_outside_the_term()
    {
        var doc = Analyze("Ia berbicara di DPR, Senin (27/3).", Term(2016, 2019, DatingStrength.Strong));
        Assert.True(doc.PublishedInferred);
        Assert.Equal(new DateOnly(2017, 3, 27), doc.Published);
        Assert.Equal("2017-03-27", doc.Times.Single().Value);
    }

    [Fact]
    public void A_titled_holder_outweighs_an_old_year_written_in_the_text()
    {
        // "Undang-Undang 2009" bounds from below only: the term of the holder (2014-2024) wins over 2012.
        var doc = Analyze("Pada 2009 aturan itu terbit, kata dia Senin (27/3).", Term(2014, 2024, DatingStrength.Strong));
        Assert.Equal(new DateOnly(2017, 3, 27), doc.Published);
    }

    [Fact]
    public void Weak_evidence_only_breaks_ties_and_does_not_override_a_written_year()
    {
        Assert.Equal(new DateOnly(2017, 3, 27), Analyze("Ia berbicara di DPR, Senin (27/3).", Term(2015, 2018, DatingStrength.Weak)).Published);
        Assert.Equal(new DateOnly(2023, 3, 27), Analyze("Pada 2023 ia berbicara, Senin (27/3).", Term(2015, 2018, DatingStrength.Weak)).Published);
    }

    private static readonly FeastEvidence Feasts = FeastEvidence.Load(Path.Combine(AppContext.BaseDirectory, "testdata", "dating", "feasts.tsv"));

    private static Document AnalyzeWithFeasts(string text)
    {
        var stage = TimeStage.Load(Path.Combine(AppContext.BaseDirectory, "testdata"), () => TestDocuments.Today, Feasts);
        var doc = new Document(text, "test") { Language = "id" };
        doc.Sentences.Add(new Sentence(0, text.Length, 0, 0));
        stage.Process(doc);
        return doc;
    }

    [Fact]
    public void A_moveable_feast_picks_the_year_it_falls_near_the_weekday_date()
    {
        // Monday 26 June: 2017 (Lebaran on 25 June 2017) and 2023 (Lebaran in April): the feast decides.
        Assert.Equal(new DateOnly(2023, 6, 26), AnalyzeWithFeasts("Arus kendaraan padat, Senin (26/6).").Published);
        Assert.Equal(new DateOnly(2017, 6, 26), AnalyzeWithFeasts("Arus kendaraan usai Lebaran padat, Senin (26/6).").Published);
    }

    [Fact]
    public void A_feast_word_inside_another_word_is_no_evidence()
    {
        Assert.Equal(new DateOnly(2023, 6, 26), AnalyzeWithFeasts("Arus kendaraan lebarannya padat, Senin (26/6).").Published);
    }

    [Fact]
    public void A_malformed_feast_line_names_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# header\nlebaran\tsolar\t10\t1\t45\t30\n");
            var e = Assert.Throws<InvalidDataException>(() => FeastEvidence.Load(path));
            Assert.Contains(path + ":2", e.Message);
        }
        finally { File.Delete(path); }
    }

    private static List<DatingEvidence> Tenures(string text)
    {
        var source = TenureEvidence.Load(Path.Combine(AppContext.BaseDirectory, "testdata", "dating"));
        var found = new List<DatingEvidence>();
        source.Collect(new Document(text, "test"), found);
        return found;
    }

    [Fact]
    public void A_person_named_with_a_team_of_theirs_dates_the_text_to_that_tenure()
    {
        var e = Assert.Single(Tenures("Mourinho membawa MU menang atas Chelsea."));
        Assert.Equal(DatingStrength.Strong, e.Strength);
        Assert.Equal(2, e.Periods.Count); // both teams are named: either tenure
        e = Assert.Single(Tenures("Pelatih Manchester United, Mourinho, puas."));
        Assert.Equal([new DatePeriod(new DateOnly(2016, 5, 27), new DateOnly(2018, 12, 18))], e.Periods);
    }

    [Fact]
    public void A_person_without_a_team_of_theirs_or_a_lower_case_word_gives_nothing()
    {
        Assert.Empty(Tenures("Mourinho berbicara kepada wartawan."));
        Assert.Empty(Tenures("Chelsea menang, kata mourinho."));
        Assert.Empty(Tenures("Manchester Unitedlah yang menang, kata Mourinho."));
    }

    [Fact]
    public void A_tenure_with_an_unknown_team_names_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("warta-tenures-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "teams.tsv"), "# t\nchelsea\tChelsea\n");
            File.WriteAllText(Path.Combine(dir.FullName, "tenures.tsv"), "# t\nX\t\tarsenal\t2015-01-01\t\n");
            var e = Assert.Throws<InvalidDataException>(() => TenureEvidence.Load(dir.FullName));
            Assert.Contains("tenures.tsv:2", e.Message);
            Assert.Contains("arsenal", e.Message);
        }
        finally { dir.Delete(true); }
    }
}
