using Warta.Core;

namespace Warta.Events.Tests;

/// <summary>
/// A subjectless act in the clause of time right after a quote's attribution ('"…," katanya saat mengunjungi …') is the
/// speaker's (Discourse/AttributionActs). Invented sentences, the small test dictionary (SpecTests.Stage) and a hand-made
/// quote whose speaker is the pronoun of "katanya", as the quote stage resolves it.
/// </summary>
public sealed class AttributionActsTests
{
    private static List<string> Events(string marked, string quoted, string speaker, string speakerActor)
    {
        var doc = MarkedText.Build([marked], "id", new DateOnly(2021, 10, 21));
        int q = doc.Text.IndexOf(quoted, StringComparison.Ordinal);
        int s = doc.Text.IndexOf(speaker, q + quoted.Length, StringComparison.Ordinal);
        doc.Quotes.Add(new Quote(q, q + quoted.Length, true)
        {
            Speaker = speaker, SpeakerStart = s, SpeakerEnd = s + speaker.Length, SpeakerActor = speakerActor,
        });
        SpecTests.Stage.Value.Process(doc);
        return doc.Events.Select(SpecCase.Describe).ToList();
    }

    [Theory]
    [InlineData("\"Aturan itu tetap berlaku,\" katanya saat mengunjungi [Jepang|JPN|LOC].", "IDNGOV", "IDNGOV JPN 042 2021-10-21 mengunjungi")]
    // auxiliaries may follow the opener; a named building is the host's institution (VisitDestinations)
    [InlineData("\"Aturan itu tetap berlaku,\" katanya usai sempat mengunjungi [Rutan Kediri|IDN|LOC].", "IDNCOP", "IDNCOP IDNGOV 042 2021-10-21 mengunjungi")]
    public void The_time_clause_after_the_attribution_is_the_speakers(string marked, string speakerActor, string expected)
    {
        Assert.Equal([expected], Events(marked, "Aturan itu tetap berlaku", "nya", speakerActor));
    }

    [Fact]
    public void A_clause_not_opened_by_a_word_of_time_is_not_read_as_the_speakers()
    {
        // "lalu" opens another clause of the narrative, whose subject is not the speaker
        Assert.Empty(Events("\"Aturan itu tetap berlaku,\" katanya, lalu mengunjungi [Jepang|JPN|LOC].", "Aturan itu tetap berlaku", "nya", "IDNGOV"));
    }

    [Fact]
    public void An_attribution_before_the_quote_lends_no_speaker_to_what_follows_the_quote()
    {
        // the speaker is named before the quote: the act after the quote is not in its attribution
        Assert.Empty(Events("Dia berkata \"aturan itu tetap berlaku\" saat mengunjungi [Jepang|JPN|LOC].", "aturan itu tetap berlaku", "Dia", "IDNGOV"));
    }
}
