using Warta.Events.Language;
using Warta.Events.Ontology;
using Xunit;

namespace Warta.Events.Tests;

/// <summary>The object check (EventCoder.ObjectMatch) with patterns that carry many object phrases and few: objects in the
/// window, clitic-stripped and English plural forms, multi-word objects, exclusions; nothing for an object word before
/// the trigger or in another sentence coded before. Small invented patterns in a folder of their own (the test grammar).</summary>
public sealed class ObjectMatchTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warta-objectmatch-" + Guid.NewGuid().ToString("N"));
    private readonly EventStage _stage;

    public ObjectMatchTests()
    {
        var ontology = CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv"));
        EventLanguage Language(string code, string patterns)
        {
            var dir = Directory.CreateDirectory(Path.Combine(_folder, code)).FullName;
            File.Copy(TestPaths.TestData(code, "events", "grammar.tsv"), Path.Combine(dir, "grammar.tsv"));
            File.WriteAllText(Path.Combine(dir, "patterns-objects.tsv"), "# invented test patterns (ObjectMatchTests)\n" + patterns);
            return EventLanguage.Load(code, dir, ontology);
        }
        _stage = new EventStage(ontology, [
            Language("id", """
                161	verb	membekukan	aset|rekening|dana|hubungan|kerja sama|bantuan|izin|visa|paspor|kontrak	-
                120	verb	membekukan	-	-
                112	verb	menuding	!balik|!ulang|!lagi|!kembali|!pula|!terus|!sekali|!semula|!keras	-
                036	verb	menggelar	rapat|sidang	-
                040	verb	menggelar	-	-

                """.Replace("                ", "")),
            Language("en", """
                161	verb	suspend	aid|tie|loan|grant|visa|contract|deal|license|permit|passport	-
                160	verb	suspend	-	-

                """.Replace("                ", "")),
        ]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<string> Codes(string language, params string[] sentences)
    {
        var doc = MarkedText.Build(sentences, language, new DateOnly(2021, 10, 21));
        _stage.Process(doc);
        return doc.Events.Select(e => $"{e.Sentence}:{e.Code}").Order().ToList();
    }

    [Fact]
    public void Many_first_words_an_object_in_the_window_in_any_form()
    {
        Assert.Equal(["0:161"], Codes("id", "[Rusia|RUS] membekukan aset [Ukraina|UKR] di luar negeri."));
        Assert.Equal(["0:161"], Codes("id", "[Rusia|RUS] membekukan asetnya di [Ukraina|UKR]."));
        Assert.Equal(["0:161"], Codes("id", "[Rusia|RUS] membekukan kerja sama dengan [Ukraina|UKR]."));
        Assert.Equal(["0:120"], Codes("id", "[Rusia|RUS] membekukan pasokan gas ke [Ukraina|UKR]."));
        // the object word before the trigger is no object
        Assert.Equal(["0:120"], Codes("id", "Soal aset itu, [Rusia|RUS] membekukan pasokan gas ke [Ukraina|UKR]."));
    }

    [Fact]
    public void Exclusions_with_many_first_words()
    {
        Assert.Equal(["0:112"], Codes("id", "[Rusia|RUS] menuding [Ukraina|UKR] menyerang perbatasan."));
        Assert.Empty(Codes("id", "[Rusia|RUS] menuding balik [Ukraina|UKR] menyerang perbatasan."));
    }

    [Fact]
    public void Few_first_words_looked_up_in_each_sentence_of_its_own()
    {
        Assert.Equal(["0:036"], Codes("id", "[Rusia|RUS] menggelar rapat dengan [Ukraina|UKR]."));
        Assert.Equal(["0:040"], Codes("id", "[Rusia|RUS] menggelar latihan dengan [Ukraina|UKR]."));
        // the object word in the sentence but before the trigger: the full check runs and finds no object
        Assert.Equal(["0:040"], Codes("id", "Usai rapat itu, [Rusia|RUS] menggelar latihan dengan [Ukraina|UKR]."));
        // sentences coded one after the other: each is read with its own words
        Assert.Equal(["0:040", "1:036", "2:040"], Codes("id",
            "[Rusia|RUS] menggelar latihan dengan [Ukraina|UKR].",
            "[Rusia|RUS] menggelar rapat dengan [Ukraina|UKR].",
            "[Rusia|RUS] menggelar latihan dengan [China|CHN]."));
    }

    [Fact]
    public void English_plural_objects()
    {
        Assert.Equal(["0:161"], Codes("en", "[Russia|RUS] suspended ties with [Ukraine|UKR]."));
        Assert.Equal(["0:160"], Codes("en", "[Russia|RUS] suspended talks with [Ukraine|UKR]."));
    }
}
