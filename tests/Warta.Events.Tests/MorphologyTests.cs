using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Tests;

public sealed class MorphologyTests
{
    private static EventPattern Verb(string trigger) =>
        new("040", TriggerKind.Verb, trigger.Split(' '), [], [], [], false, "test", 1);

    [Theory]
    [InlineData("menangguhkan", "ditangguhkan")]
    [InlineData("mengusir", "diusir")]
    [InlineData("menyerang", "diserang")]
    [InlineData("menyatakan", "dinyatakan")]
    [InlineData("memukul", "dipukul")]
    [InlineData("membantu", "dibantu")]
    [InlineData("melarang", "dilarang")]
    [InlineData("menangkap", "tertangkap")]
    [InlineData("mengkritik", "dikritik")]
    [InlineData("mendeportasi", "dideportasi")]
    [InlineData("memperingatkan", "diperingatkan")]
    [InlineData("mengebom", "dibom")]
    [InlineData("menyandera", "disandera")]
    [InlineData("merespons", "direspons")]
    public void Indonesian_passive_forms_come_from_the_active_verb(string active, string passive) =>
        Assert.Contains(new IndonesianMorphology().FormsOf(Verb(active)), f => f.Surface == passive && f.Voice == Voice.Passive);

    [Theory]
    [InlineData("menahannya", "menahan")]
    [InlineData("menawarinya", "menawari")]
    [InlineData("ditangkaplah", "ditangkap")]
    public void Indonesian_clitics_are_stripped_for_look_up(string word, string key) =>
        Assert.Contains(key, new IndonesianMorphology().LookupKeys(word));

    [Theory]
    [InlineData("menangkap", "ditangkap", "penangkapan")]
    [InlineData("menutup", "ditutup", "penutupan")]
    [InlineData("menyerang", "diserang", "penyerangan")]
    public void Indonesian_forms_of_one_predicate_share_a_merge_lemma(string a, string b, string c)
    {
        var m = new IndonesianMorphology();
        Assert.Equal(m.MergeLemma(a), m.MergeLemma(b));
        Assert.Equal(m.MergeLemma(a), m.MergeLemma(c));
    }

    [Theory]
    [InlineData("menteri", false)]
    [InlineData("media", false)]
    [InlineData("menangkap", true)]
    [InlineData("diserang", true)]
    [InlineData("bertemu", true)]
    public void Indonesian_verb_shape(string word, bool verb) => Assert.Equal(verb, new IndonesianMorphology().LooksLikeVerb(word));

    [Theory]
    [InlineData("suspend", "suspended")]
    [InlineData("suspend", "suspends")]
    [InlineData("stop", "stopped")]
    [InlineData("seize", "seizing")]
    [InlineData("deny", "denied")]
    [InlineData("deny", "denies")]
    [InlineData("criticize", "criticized")]
    public void English_inflections_are_generated(string lemma, string form) =>
        Assert.Contains(new EnglishMorphology().FormsOf(Verb(lemma)), f => f.Surface == form);
}
