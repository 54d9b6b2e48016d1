using Warta.Events.Language;
using Warta.Events.Ontology;
using Warta.Events.Patterns;
using Xunit;

namespace Warta.Events.Tests;

/// <summary>Event nouns derived from verb patterns (Patterns/NominalDerivation, nominals.tsv): the peN-…-an noun of a meN-
/// verb and the per-…-an noun of a memper-/ber- verb take the verb's code, objects and target prepositions; a noun a
/// pattern already heads, an excluded noun and a family not derived give nothing. Invented patterns and sentences in a
/// folder of their own (the test grammar).</summary>
public sealed class NominalDerivationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warta-nominals-" + Guid.NewGuid().ToString("N"));
    private readonly CameoOntology _ontology = CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv"));

    private const string Patterns = """
        173	verb	menangkap	-	-
        163	verb	menjatuhkan	sanksi	terhadap|kepada
        161	verb	menangguhkan	bantuan|kerja sama	-
        173	verb	memperpanjang	penahanan	-
        046	intr	berunding	-	dengan
        182	verb	menganiaya	-	-
        180	noun	penganiayaan	-	-
        012	verb	menodai	-	-

        """;

    private const string Nominals = """
        # invented test derivation (NominalDerivationTests)
        derive	peN-an
        exclude	penodaan
        except	penangguhan	sementara

        """;

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private EventLanguage Language(string nominals)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_folder, Guid.NewGuid().ToString("N"))).FullName;
        File.Copy(TestPaths.TestData("id", "events", "grammar.tsv"), Path.Combine(dir, "grammar.tsv"));
        File.WriteAllText(Path.Combine(dir, "patterns-nominals.tsv"), "# invented test patterns (NominalDerivationTests)\n" + Patterns.Replace("        ", ""));
        if (nominals.Length > 0) File.WriteAllText(Path.Combine(dir, NominalDerivation.FileName), nominals.Replace("        ", ""));
        return EventLanguage.Load("id", dir, _ontology);
    }

    private static List<string> NounsHeaded(EventLanguage language, string word) =>
        language.Patterns.Patterns.Where(p => p.Trigger[0] == word).Select(p => $"{p.Kind}:{p.Code}").Order().ToList();

    [Fact]
    public void PeN_nouns_take_the_verbs_code_objects_and_targets()
    {
        var id = Language(Nominals);
        Assert.Equal(["Noun:173"], NounsHeaded(id, "penangkapan"));
        var sanction = Assert.Single(id.Patterns.Patterns, p => p.Trigger[0] == "penjatuhan");
        Assert.Equal(TriggerKind.Noun, sanction.Kind);
        Assert.Equal(["sanksi"], sanction.Objects.Select(o => string.Join(' ', o)));
        Assert.Equal(["terhadap", "kepada"], sanction.TargetPrepositions);
        // the verb's own lines stay verbs
        Assert.Equal(["Verb:173"], NounsHeaded(id, "menangkap"));
    }

    [Fact]
    public void A_written_noun_an_excluded_noun_and_a_family_not_derived_give_nothing()
    {
        var id = Language(Nominals);
        // "penganiayaan" has a line of its own (180): the verb's 182 is not added to it
        Assert.Equal(["Noun:180"], NounsHeaded(id, "penganiayaan"));
        Assert.Empty(NounsHeaded(id, "penodaan"));
        // per-…-an is not derived by this file
        Assert.Empty(NounsHeaded(id, "perpanjangan"));
        Assert.Empty(NounsHeaded(id, "perundingan"));
        // without nominals.tsv nothing is derived
        Assert.Empty(NounsHeaded(Language(""), "penangkapan"));
    }

    [Fact]
    public void Per_nouns_of_memper_and_ber_verbs_when_derived()
    {
        var id = Language("derive\tper-an\n");
        Assert.Equal(["Noun:173"], NounsHeaded(id, "perpanjangan"));
        Assert.Equal(["Noun:046"], NounsHeaded(id, "perundingan"));
        Assert.Empty(NounsHeaded(id, "penangkapan"));
    }

    [Fact]
    public void Except_adds_excluded_objects_to_the_noun_only()
    {
        var id = Language(Nominals);
        var noun = Assert.Single(id.Patterns.Patterns, p => p.Trigger[0] == "penangguhan");
        Assert.Contains(noun.ExcludedObjects, o => o.SequenceEqual(["sementara"]));
        var verb = Assert.Single(id.Patterns.Patterns, p => p.Trigger[0] == "menangguhkan");
        Assert.Empty(verb.ExcludedObjects);
    }

    [Fact]
    public void Derived_nouns_code_like_written_ones()
    {
        var stage = new EventStage(_ontology, [Language(Nominals)]);
        List<string> Events(string sentence)
        {
            var doc = MarkedText.Build([sentence], "id", new DateOnly(2021, 10, 21));
            stage.Process(doc);
            return doc.Events.Select(e => $"{e.Code}").Order().ToList();
        }
        // "X oleh Y": an agent named
        Assert.Equal(["173"], Events("Penangkapan [aktivis itu|IDNCVL] oleh [polisi|IDNCOP] memicu protes."));
        // a required object the verb needs: "penangguhan bantuan", not "penangguhan sidang"
        Assert.Equal(["161"], Events("[Jepang|JPN] melakukan penangguhan bantuan kepada [Myanmar|MMR]."));
        Assert.Empty(Events("[Jepang|JPN] melakukan penangguhan sidang kepada [Myanmar|MMR]."));
        // an excluded noun is no event
        Assert.Empty(Events("Penodaan [warga|IDNCVL] oleh [polisi|IDNCOP] dibahas."));
    }

    [Theory]
    [InlineData("menangkap", "penangkapan")]
    [InlineData("menyerahkan", "penyerahan")]
    [InlineData("membebaskan", "pembebasan")]
    [InlineData("mengusir", "pengusiran")]
    [InlineData("melarang", "pelarangan")]
    [InlineData("menandatangani", "penandatanganan")]
    public void PeN_noun_forms(string verb, string noun) => Assert.Contains(noun, IndonesianMorphology.PeNominalsOf(verb));

    [Theory]
    [InlineData("memperpanjang", "perpanjangan")]
    [InlineData("berdebat", "perdebatan")]
    [InlineData("bertemu", "pertemuan")]
    public void Per_noun_forms(string verb, string noun) => Assert.Contains(noun, IndonesianMorphology.PerNominalsOf(verb));
}
