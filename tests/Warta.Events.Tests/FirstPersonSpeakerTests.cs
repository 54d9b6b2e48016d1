using Warta.Core;

namespace Warta.Events.Tests;

/// <summary>
/// A first-person subject ("Saya meminta …", "Kami sudah koordinasi …") is the speaker of the quote holding it, for a verb
/// or for an event noun used as the verb, in direct speech and in reported speech printed without quotation marks.
/// Invented sentences, the small test dictionary (SpecTests.Stage) and a hand-made quote.
/// </summary>
public sealed class FirstPersonSpeakerTests
{
    private static Document Quoted(string marked, string quoted, string speaker, string speakerActor, bool direct, bool unmarked = false)
    {
        var doc = MarkedText.Build([marked], "id", new DateOnly(2021, 10, 21));
        int q = doc.Text.IndexOf(quoted, StringComparison.Ordinal);
        int s = doc.Text.LastIndexOf(speaker, StringComparison.Ordinal);
        doc.Quotes.Add(new Quote(q, q + quoted.Length, direct)
        {
            Speaker = speaker, SpeakerStart = s, SpeakerEnd = s + speaker.Length, SpeakerActor = speakerActor, Unmarked = unmarked,
        });
        return doc;
    }

    private static List<string> Events(Document doc)
    {
        SpecTests.Stage.Value.Process(doc);
        return doc.Events.Select(SpecCase.Describe).ToList();
    }

    [Fact]
    public void A_subjectless_verb_in_reported_speech_is_not_the_speakers()
    {
        // "… pengungsi menyerbu …, kata X": without a first-person subject, reported speech gives no source
        var doc = Quoted("Lalu meminta [Pertamina|IDNBUS] menurunkan harga, ungkap [Jero|IDNGOV|PER].",
            "Lalu meminta Pertamina menurunkan harga", "Jero", "IDNGOV", direct: false);
        Assert.Empty(Events(doc));
    }

    [Fact]
    public void A_subjectless_verb_keeps_no_target_of_the_speakers_own_code()
    {
        // without a first-person subject the speaker is a guess: it does not act on its own code
        var doc = Quoted("\"Lalu meminta [KPU|IDNGOV] bertindak tegas,\" kata [Mendagri|IDNGOV|PER].",
            "Lalu meminta KPU bertindak tegas", "Mendagri", "IDNGOV", direct: true);
        Assert.DoesNotContain("IDNGOV IDNGOV 020 2021-10-21 meminta", Events(doc));
    }

    [Fact]
    public void A_quote_with_its_opening_mark_missing_gives_the_speaker_only_first_person_acts()
    {
        // '… meminta KPU bertindak tegas," kata X' read back from its closing mark: its extent is a guess, so a subjectless
        // verb in it is not taken as the speaker's, while "Kami meminta …" is
        var subjectless = Quoted("Lalu meminta [KPU|IDNGOV] bertindak tegas,\" kata [Kapolri|IDNCOP|PER].",
            "Lalu meminta KPU bertindak tegas", "Kapolri", "IDNCOP", direct: true, unmarked: true);
        Assert.Empty(Events(subjectless));
        var firstPerson = Quoted("Kami meminta [KPU|IDNGOV] bertindak tegas,\" kata [Kapolri|IDNCOP|PER].",
            "Kami meminta KPU bertindak tegas", "Kapolri", "IDNCOP", direct: true, unmarked: true);
        Assert.Equal(["IDNCOP IDNGOV 020 2021-10-21 meminta"], Events(firstPerson));
    }

    // Each case: the marked sentence, the quote's text, its speaker and the speaker's code, direct or reported speech, and
    // the one event expected.
    [Theory]
    // a verb in reported speech printed without quotation marks
    [InlineData("Saya meminta [Pertamina|IDNBUS] menurunkan harga, ungkap [Jero|IDNGOV|PER] di Jakarta.",
        "Saya meminta Pertamina menurunkan harga", "Jero", "IDNGOV", false, "IDNGOV IDNBUS 020 2021-10-21 meminta")]
    // an event noun used as the verb, in direct speech
    [InlineData("\"Kami sudah koordinasi dengan [Kemlu|IDNGOV],\" kata [Kapolri|IDNCOP|PER].",
        "Kami sudah koordinasi dengan Kemlu", "Kapolri", "IDNCOP", true, "IDNCOP IDNGOV 040 2021-10-21 koordinasi")]
    // a minister's appeal to the election commission: two actors of one role code, named apart
    [InlineData("\"Kami meminta [KPU|IDNGOV] bertindak tegas,\" kata [Mendagri|IDNGOV|PER].",
        "Kami meminta KPU bertindak tegas", "Mendagri", "IDNGOV", true, "IDNGOV IDNGOV 020 2021-10-21 meminta")]
    // session 18, object focus ("dua pelaku kami tangkap"): a first-person pronoun right before a bare stem is the speaker,
    // the actor before it the patient, which also satisfies the pattern's object ("mengusir diplomat": 166, not 174)
    [InlineData("\"Dua [diplomat|USAGOV] itu sudah kami usir,\" kata [Menlu Retno|IDNGOV|PER].",
        "Dua diplomat itu sudah kami usir", "Menlu Retno", "IDNGOV", true, "IDNGOV USAGOV 166 2021-10-21 usir")]
    // ... or the head of the relative clause the pronoun opens, past auxiliaries and a transparent "coba"
    [InlineData("\"Ada tiga [pengunjuk rasa|IDNCVL] yang sedang kita coba usir,\" kata [Kapolres Bekasi|IDNCOP|PER].",
        "Ada tiga pengunjuk rasa yang sedang kita coba usir", "Kapolres Bekasi", "IDNCOP", true, "IDNCOP IDNCVL 174 2021-10-21 usir")]
    public void A_first_person_subject_is_the_quotes_speaker(string marked, string quoted, string speaker, string speakerActor, bool direct, string expected)
    {
        Assert.Equal([expected], Events(Quoted(marked, quoted, speaker, speakerActor, direct)));
    }
}
