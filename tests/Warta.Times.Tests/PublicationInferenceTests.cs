using Warta.Times;

namespace Warta.Times.Tests;

public class PublicationInferenceTests
{
    [Fact]
    public void Weekday_dates_pin_the_year_and_the_latest_one_is_the_publication_date()
    {
        var doc = TestDocuments.Analyze(
            "Rusia pada Senin (18/10) menangguhkan misinya.\nIa berbicara pada Kamis (21/10).\nRabu (20/10) ia bertemu wartawan.\nIa datang kemarin.",
            "id", null);
        Assert.True(doc.PublishedInferred);
        Assert.Equal(new DateOnly(2021, 10, 21), doc.Published);
        Assert.Equal("2021-10-20", doc.Times.Single(t => doc.Text[t.Start..t.End] == "kemarin").Value);
    }

    [Fact]
    public void Years_written_in_the_text_choose_among_matching_years()
    {
        // Senin (27/3) is a Monday in 2017 and in 2023; the text speaks of 2017.
        var doc = TestDocuments.Analyze("Pada 2017 ia berbicara di DPR, Senin (27/3).", "id", null);
        Assert.Equal(new DateOnly(2017, 3, 27), doc.Published);
        Assert.Equal("2017-03-27", doc.Times.Single(t => t.Value.StartsWith("2017-03")).Value);
    }

    [Fact]
    public void The_year_of_a_document_number_is_no_dated_reference()
    {
        // Monday 27/3 fits 2006, 2017 and 2023. "Tahun 2009" names a law: it must not pull the date to 2006.
        var doc = TestDocuments.Analyze("Sesuai Undang-Undang Nomor 22 Tahun 2009, ia berbicara Senin (27/3).", "id", null);
        Assert.Equal(new DateOnly(2023, 3, 27), doc.Published);
        // A year the text speaks of does count: "sejak 2016" puts it in 2017, the nearest fitting year after.
        var dated = TestDocuments.Analyze("Sejak 2016 aturan itu berlaku, ia berbicara Senin (27/3).", "id", null);
        Assert.Equal(new DateOnly(2017, 3, 27), dated.Published);
    }

    [Fact]
    public void The_year_of_a_cited_document_is_a_lower_bound()
    {
        // Monday 27/3 fits 2006, 2017 and 2023; "sejak 2005" alone would pull it to 2006, but the article
        // cites a law of 2016, so it cannot be from 2006: 2017 is the nearest fitting year after.
        var doc = TestDocuments.Analyze("Sejak 2005 ia mengajar. Sesuai Undang-Undang Nomor 5 Tahun 2016, ia berbicara Senin (27/3).", "id", null);
        Assert.Equal(new DateOnly(2017, 3, 27), doc.Published);
    }

    [Fact]
    public void Collected_news_prefers_the_most_recent_fitting_year_over_an_older_year_written()
    {
        // Monday 27/3 fits 2017 and 2023; the text writes 2015. Of unknown age (an archive), the year written
        // is the best clue: 2017. Collected as the day's news in 2023 (warta analyze --collected), the news
        // is new: 2023, the "most recent matching year not in the future".
        const string text = "Pada 2015 ia menjabat, dan Senin (27/3) ia berbicara di DPR.";
        Assert.Equal(new DateOnly(2017, 3, 27), Infer(text, new DateOnly(2026, 11, 26), new PublicationDateInference()));
        Assert.Equal(new DateOnly(2023, 3, 27), Infer(text, new DateOnly(2023, 3, 28), new PublicationDateInference(PublicationDateInference.Weights.Collected)));
        // collected before 2023: the most recent fitting year not after the collection day
        Assert.Equal(new DateOnly(2017, 3, 27), Infer(text, new DateOnly(2017, 3, 29), new PublicationDateInference(PublicationDateInference.Weights.Collected)));
    }

    [Fact]
    public void An_article_nothing_dates_is_the_collection_days_news_only_when_asked()
    {
        const string text = "Ia berbicara di DPR tentang anggaran.";
        var collected = new DateOnly(2017, 3, 29);
        var weights = new PublicationDateInference(PublicationDateInference.Weights.Collected);
        Assert.Null(Infer(text, collected, weights));
        Assert.Equal(collected, Infer(text, collected, weights, undatedIsToday: true));
        // a date in the text still wins over the collection day
        Assert.Equal(new DateOnly(2017, 3, 27), Infer("Senin (27/3) ia berbicara di DPR.", collected, weights, undatedIsToday: true));
    }

    private static DateOnly? Infer(string text, DateOnly today, PublicationDateInference inference, bool undatedIsToday = false)
    {
        var stage = TimeStage.Load(Path.Combine(AppContext.BaseDirectory, "testdata"), () => today, inference: inference, undatedIsToday: undatedIsToday);
        var doc = new Warta.Core.Document(text, "test") { Language = "id" };
        doc.Sentences.Add(new Warta.Core.Sentence(0, text.Length, 0, 0));
        stage.Process(doc);
        return doc.Published;
    }

    [Fact]
    public void The_inferred_date_is_never_after_today()
    {
        // Thursday 21/10 falls in 2027 too, which is after "today" (2026-11-26) in the tests.
        var doc = TestDocuments.Analyze("Ia berbicara pada Kamis (21/10).", "id", null);
        Assert.Equal(new DateOnly(2021, 10, 21), doc.Published);
    }

    [Fact]
    public void A_given_publication_date_is_kept()
    {
        var doc = TestDocuments.Analyze("Ia berbicara pada Kamis (21/10).", "id", new DateOnly(2010, 10, 22));
        Assert.False(doc.PublishedInferred);
        Assert.Equal("2010-10-21", doc.Times.Single().Value);
    }

    [Fact]
    public void Without_any_date_nothing_is_inferred_and_relative_values_stay_unresolved()
    {
        var doc = TestDocuments.Analyze("Ia datang kemarin, pekan lalu ia pergi.", "id", null);
        Assert.Null(doc.Published);
        Assert.False(doc.PublishedInferred);
        Assert.Equal(["PAST_REF", "PAST_REF"], doc.Times.Select(t => t.Value));
    }

    [Fact]
    public void A_zone_is_kept_as_an_attribute()
    {
        var doc = TestDocuments.Analyze("Gempa terjadi pukul 14.30 WITA.", "id", new DateOnly(2021, 10, 21));
        var t = doc.Times.Single();
        Assert.Equal("2021-10-21T14:30", t.Value);
        Assert.Equal("+08:00", t.Zone);
    }
}

public class LexiconTests
{
    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("warta-times-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "calendar.tsv"), "# header\nmonth\toktober\tten\n");
            File.WriteAllText(Path.Combine(dir.FullName, "words.tsv"), "# header\n");
            var e = Assert.Throws<InvalidDataException>(() => TimeLexicon.Load(dir.FullName, "id"));
            Assert.Contains("calendar.tsv:2", e.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void A_missing_file_names_the_path()
    {
        var e = Assert.Throws<FileNotFoundException>(() => TimeLexicon.Load("/nonexistent/times", "id"));
        Assert.Contains("/nonexistent/times", e.Message);
    }
}
