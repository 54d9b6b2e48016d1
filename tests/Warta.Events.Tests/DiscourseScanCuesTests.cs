using Warta.Events.Coding;
using Warta.Events.Language;
using Warta.Events.Ontology;
using Xunit;

namespace Warta.Events.Tests;

/// <summary>The per-sentence pre-check of the discourse scans (appeals, purpose appeals, stated judgements, suspicion
/// clauses): a word has a scan's bit exactly when it starts a word or phrase of a class that scan asks at every word, and
/// the argument finder says whether any word of the sentence has it. Small invented word lists in a folder of their own.</summary>
public sealed class DiscourseScanCuesTests : IDisposable
{
    private static readonly DateOnly Day = new(2018, 3, 1);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warta-scancues-" + Guid.NewGuid().ToString("N"));
    private readonly EventLanguage _language;

    public DiscourseScanCuesTests()
    {
        var ontology = CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv"));
        var dir = Directory.CreateDirectory(_folder).FullName;
        File.Copy(TestPaths.TestData("id", "events", "grammar.tsv"), Path.Combine(dir, "grammar.tsv"));
        File.Copy(TestPaths.TestData("id", "events", "patterns-test.tsv"), Path.Combine(dir, "patterns-test.tsv"));
        File.WriteAllText(Path.Combine(dir, "appeals.tsv"), "# invented (DiscourseScanCuesTests)\nprohibition\ttidak boleh|jangan\n" +
            "wish\tingin\nappeal-verb\tmengimbau\nnot-clause-start\tyang\n");
        File.WriteAllText(Path.Combine(dir, "judgements.tsv"), "# invented\ndisapproval\tsewenang-wenang|tidak adil\napproval-noun\tterobosan\ncitation\tmenurut\n");
        File.WriteAllText(Path.Combine(dir, "suspicion.tsv"), "# invented\nsuspected\tdiduga\nstatus-naming\tmenjadi tersangka\nagent-preposition\toleh\n");
        _language = EventLanguage.Load("id", dir, ontology);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("jangan", VerbCues.Cue.AppealScan)]
    [InlineData("tidak", VerbCues.Cue.AppealScan | VerbCues.Cue.JudgementScan)] // first word of "tidak boleh", "tidak adil"
    [InlineData("ingin", VerbCues.Cue.AppealScan)]
    [InlineData("harus", VerbCues.Cue.AppealScan)] // grammar class deontic
    [InlineData("mengimbau", VerbCues.Cue.PurposeScan)]
    [InlineData("terobosan", VerbCues.Cue.JudgementScan)]
    [InlineData("diduga", VerbCues.Cue.SuspicionScan)]
    [InlineData("menjadi", VerbCues.Cue.SuspicionScan)]
    // classes the scans read only around a cue they found: no bit
    [InlineData("yang", VerbCues.Cue.None)]
    [InlineData("menurut", VerbCues.Cue.None)]
    [InlineData("oleh", VerbCues.Cue.None)]
    [InlineData("boleh", VerbCues.Cue.None)] // second word of a phrase
    [InlineData("Jangan", VerbCues.Cue.None)] // the scans match the word as written
    public void A_word_has_the_bit_of_each_scan_it_can_start(string word, VerbCues.Cue expected)
    {
        const VerbCues.Cue scans = VerbCues.Cue.AppealScan | VerbCues.Cue.PurposeScan | VerbCues.Cue.JudgementScan | VerbCues.Cue.SuspicionScan;
        Assert.Equal(expected, _language.VerbCues.Of(word) & scans);
    }

    [Fact]
    public void The_argument_finder_tells_whether_any_word_of_the_sentence_has_a_bit()
    {
        ArgumentFinder Args(string sentence) => new(new SentenceView(MarkedText.Build([sentence], "id", Day), 0), _language);
        var plain = Args("[Polisi|IDNCOP] menangkap dua orang di pasar kemarin.");
        var suspicion = Args("[Bupati|IDNGOV] itu diduga menerima suap.");
        Assert.False(plain.SentenceHas(VerbCues.Cue.AppealScan | VerbCues.Cue.PurposeScan | VerbCues.Cue.JudgementScan | VerbCues.Cue.SuspicionScan));
        Assert.True(suspicion.SentenceHas(VerbCues.Cue.SuspicionScan));
        Assert.False(suspicion.SentenceHas(VerbCues.Cue.AppealScan));
    }
}
