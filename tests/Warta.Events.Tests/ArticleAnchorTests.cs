using Warta.Core;

namespace Warta.Events.Tests;

/// <summary>
/// The article anchor and statements (ArticleAnchor): a verbal event inside a direct quote is dated the day it was said,
/// so it takes the anchor only when the anchor's sentence is an attribution ("ujar …, Rabu (20/10)"); after an
/// incident's date the quoted words were said on the day of the report. Quotes are not part of the spec format, so
/// they are added here by hand. Sentences written for these tests, not copied from any evaluation set or corpus.
/// </summary>
public sealed class ArticleAnchorTests
{
    private static readonly DateOnly Published = new(2021, 10, 21);

    // a direct quote spanning the text between the sentence's two quotation marks, said by the word `speaker` after it
    private static void AddQuote(Document doc, int sentence, string speaker, string cue)
    {
        var s = doc.Sentences[sentence];
        int open = doc.Text.IndexOf('"', s.Start), close = doc.Text.IndexOf('"', open + 1);
        int at = doc.Text.IndexOf(speaker, close, StringComparison.Ordinal), cueAt = doc.Text.IndexOf(cue, close, StringComparison.Ordinal);
        doc.Quotes.Add(new Quote(open + 1, close, true)
        {
            Speaker = speaker, SpeakerStart = at, SpeakerEnd = at + speaker.Length,
            Cue = cue, CueStart = cueAt, CueEnd = cueAt + cue.Length,
        });
    }

    private static Document Coded(Document doc)
    {
        SpecTests.Stage.Value.Process(doc);
        return doc;
    }

    private static EventRecord Only(Document doc, string code) => Assert.Single(doc.Events, e => e.Code == code);

    [Fact]
    public void A_quoted_statement_after_an_incidents_date_keeps_the_publication_date()
    {
        var doc = MarkedText.Build([
            "[Polisi|IDNCOP] menangkap [Ahmad|IDNCVL] pada {Rabu (20/10)|2021-10-20}.",
            "Warga di kampung itu terkejut.",
            "\" [Polisi|IDNCOP] mengecam [kelompok bersenjata|IDNREB] itu , \" kata Kapolsek .",
        ], "id", Published);
        AddQuote(doc, 2, "Kapolsek", "kata");
        Coded(doc);
        Assert.Equal("2021-10-20", Only(doc, "173").Date);
        Assert.Equal("2021-10-21", Only(doc, "111").Date);
    }

    [Fact]
    public void A_quoted_statement_takes_the_anchor_when_the_anchor_dates_an_attribution()
    {
        var doc = MarkedText.Build([
            "\" Kami prihatin , \" ujar Kapolda pada {Rabu (20/10)|2021-10-20}.",
            "Warga di kampung itu terkejut.",
            "\" [Polisi|IDNCOP] mengecam [kelompok bersenjata|IDNREB] itu , \" kata Kapolda .",
        ], "id", Published);
        AddQuote(doc, 0, "Kapolda", "ujar");
        AddQuote(doc, 2, "Kapolda", "kata");
        Coded(doc);
        Assert.Equal("2021-10-20", Only(doc, "111").Date);
    }

    [Fact]
    public void A_quoted_act_of_the_incident_takes_the_anchor()
    {
        var doc = MarkedText.Build([
            "Kerusuhan pecah di pasar itu pada {Rabu (20/10)|2021-10-20}.",
            "Warga di kampung itu terkejut.",
            "\" [Polisi|IDNCOP] menangkap [Ahmad|IDNCVL] di pasar , \" kata Kapolsek .",
        ], "id", Published);
        AddQuote(doc, 2, "Kapolsek", "kata");
        Coded(doc);
        Assert.Equal("2021-10-20", Only(doc, "173").Date);
    }

    [Fact]
    public void Without_a_publication_date_there_is_no_anchor()
    {
        var doc = MarkedText.Build([
            "[Polisi|IDNCOP] menangkap [Ahmad|IDNCVL] pada {Rabu (20/10)|2021-10-20}.",
            "Warga di kampung itu terkejut.",
            "[Gubernur Papua|IDNGOV] mengecam [kelompok bersenjata|IDNREB] itu.",
        ], "id");
        Coded(doc);
        Assert.Null(Only(doc, "111").Date);
    }
}
