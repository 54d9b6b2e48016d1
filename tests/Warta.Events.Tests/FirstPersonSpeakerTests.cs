using Warta.Core;

namespace Warta.Events.Tests;

/// <summary>
/// A first-person subject ("Saya meminta …", "Kami sudah koordinasi …") is the speaker of the quote holding it, for a verb
/// or for an event noun used as the verb, in direct speech and in reported speech printed without quotation marks.
/// Invented sentences, the small test dictionary (SpecTests.Stage) and a hand-made quote.
/// </summary>
public sealed class FirstPersonSpeakerTests
{
    private static Document Quoted(string marked, string quoted, string speaker, string speakerActor, bool direct)
    {
        var doc = MarkedText.Build([marked], "id", new DateOnly(2021, 10, 21));
        int q = doc.Text.IndexOf(quoted, StringComparison.Ordinal);
        int s = doc.Text.LastIndexOf(speaker, StringComparison.Ordinal);
        doc.Quotes.Add(new Quote(q, q + quoted.Length, direct)
        {
            Speaker = speaker, SpeakerStart = s, SpeakerEnd = s + speaker.Length, SpeakerActor = speakerActor,
        });
        return doc;
    }

    private static List<string> Events(Document doc)
    {
        SpecTests.Stage.Value.Process(doc);
        return doc.Events.Select(SpecCase.Describe).ToList();
    }

    [Fact]
    public void First_person_verb_in_reported_speech_is_the_speakers()
    {
        var doc = Quoted("Saya meminta [Pertamina|IDNBUS] menurunkan harga, ungkap [Jero|IDNGOV|PER] di Jakarta.",
            "Saya meminta Pertamina menurunkan harga", "Jero", "IDNGOV", direct: false);
        Assert.Equal(["IDNGOV IDNBUS 020 2021-10-21 meminta"], Events(doc));
    }

    [Fact]
    public void First_person_noun_predicate_in_direct_speech_is_the_speakers()
    {
        var doc = Quoted("\"Kami sudah koordinasi dengan [Kemlu|IDNGOV],\" kata [Kapolri|IDNCOP|PER].",
            "Kami sudah koordinasi dengan Kemlu", "Kapolri", "IDNCOP", direct: true);
        Assert.Equal(["IDNCOP IDNGOV 040 2021-10-21 koordinasi"], Events(doc));
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
    public void First_person_speaker_acts_on_another_actor_of_the_same_role()
    {
        // a minister's appeal to the election commission: two actors of one role code, named apart
        var doc = Quoted("\"Kami meminta [KPU|IDNGOV] bertindak tegas,\" kata [Mendagri|IDNGOV|PER].",
            "Kami meminta KPU bertindak tegas", "Mendagri", "IDNGOV", direct: true);
        Assert.Equal(["IDNGOV IDNGOV 020 2021-10-21 meminta"], Events(doc));
    }

    [Fact]
    public void A_subjectless_verb_keeps_no_target_of_the_speakers_own_code()
    {
        // without a first-person subject the speaker is a guess: it does not act on its own code
        var doc = Quoted("\"Lalu meminta [KPU|IDNGOV] bertindak tegas,\" kata [Mendagri|IDNGOV|PER].",
            "Lalu meminta KPU bertindak tegas", "Mendagri", "IDNGOV", direct: true);
        Assert.DoesNotContain("IDNGOV IDNGOV 020 2021-10-21 meminta", Events(doc));
    }

    // session 18, object focus ("dua pelaku kami tangkap"): a first-person pronoun right before a bare stem is the speaker,
    // the actor before it the patient, which also satisfies the pattern's object ("mengusir diplomat": 166, not 174)
    [Fact]
    public void First_person_agent_of_a_bare_verb_is_the_speaker_and_the_actor_before_it_the_patient()
    {
        var doc = Quoted("\"Dua [diplomat|USAGOV] itu sudah kami usir,\" kata [Menlu Retno|IDNGOV|PER].",
            "Dua diplomat itu sudah kami usir", "Menlu Retno", "IDNGOV", direct: true);
        Assert.Equal(["IDNGOV USAGOV 166 2021-10-21 usir"], Events(doc));
    }

    // ... or the head of the relative clause the pronoun opens, past auxiliaries and a transparent "coba"
    [Fact]
    public void First_person_agent_of_a_bare_verb_in_a_relative_clause_acts_on_its_head()
    {
        var doc = Quoted("\"Ada tiga [pengunjuk rasa|IDNCVL] yang sedang kita coba usir,\" kata [Kapolres Bekasi|IDNCOP|PER].",
            "Ada tiga pengunjuk rasa yang sedang kita coba usir", "Kapolres Bekasi", "IDNCOP", direct: true);
        Assert.Equal(["IDNCOP IDNCVL 174 2021-10-21 usir"], Events(doc));
    }
}
