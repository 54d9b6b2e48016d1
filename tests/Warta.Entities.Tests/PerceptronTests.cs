using System.Security.Cryptography;

namespace Warta.Entities.Tests;

public class PerceptronTests
{
    private static NerFeatures Features() => new(
        NerLexicon.Load(TestData.PathOf("id", "ner", "titles.txt"), TestData.PathOf("id", "ner", "names-test.tsv")), bits: 16);

    private static NerModel Train() =>
        new PerceptronTrainer(Features(), epochs: 5).Train(ConllCorpus.Read(TestData.PathOf("id", "ner", "train.conll")), "test model");

    [Fact]
    public void Learns_the_training_sentences()
    {
        var tagger = new PerceptronTagger(Features(), Train());
        var tags = tagger.Tag(["Presiden", "Budi", "Santoso", "berkunjung", "ke", "Sukamaju", "hari", "ini", "."]);
        Assert.Equal(TestData.Tags("O", "B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"), tags);
    }

    [Fact]
    public void Generalizes_to_an_unseen_name_in_a_seen_context()
    {
        var tagger = new PerceptronTagger(Features(), Train());
        var tags = tagger.Tag(["Presiden", "Wiranto", "Kusuma", "berkunjung", "ke", "Sukamaju", "hari", "ini", "."]);
        Assert.Equal(TestData.Tags("O", "B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"), tags);
    }

    [Fact]
    public void Training_twice_gives_the_same_bytes()
    {
        Assert.Equal(Hash(Train()), Hash(Train()));
    }

    [Fact]
    public void Saved_model_loads_with_the_same_tags_and_description()
    {
        var model = Train();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        Assert.StartsWith("test model", loaded.Description);
        var sentence = new[] { "Warga", "di", "Kota", "Raya", "menyambut", "Dewi", "dari", "Partai", "Maju", "." };
        Assert.Equal(new PerceptronTagger(Features(), model).Tag(sentence), new PerceptronTagger(Features(), loaded).Tag(sentence));
    }

    [Fact]
    public void Loaded_model_saves_back_to_the_same_bytes()
    {
        var model = Train();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        // a loaded model keeps padded rows for tagging; its plain weights are rebuilt from them when saved
        Assert.Equal(Hash(model), Hash(NerModel.Load(stream)));
    }

    [Fact]
    public void Padded_rows_tag_every_sentence_as_the_plain_layout_does()
    {
        var model = Train();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        // the same (half-rounded) weights, in the plain layout a model built from an array reads in place
        var plain = new PerceptronTagger(Features(), new NerModel(loaded.Bits, loaded.Weights, loaded.Transitions, loaded.Description));
        var padded = new PerceptronTagger(Features(), loaded);
        var sentences = ConllCorpus.Read(TestData.PathOf("id", "ner", "train.conll")).ToList();
        Assert.NotEmpty(sentences);
        foreach (var s in sentences)
        {
            // reversed too, so the check also covers sequences the model was not trained on
            Assert.Equal(plain.Tag(s.Tokens), padded.Tag(s.Tokens));
            var reversed = s.Tokens.Reverse().ToArray();
            Assert.Equal(plain.Tag(reversed), padded.Tag(reversed));
        }
    }

    [Fact]
    public void Loading_something_else_fails_with_a_clear_reason()
    {
        using var stream = new MemoryStream("not a model at all"u8.ToArray());
        var e = Assert.Throws<InvalidDataException>(() => NerModel.Load(stream));
        Assert.Contains("not a Warta NER model", e.Message);
    }

    [Fact]
    public void Output_is_valid_iob2_even_for_odd_input()
    {
        var tagger = new PerceptronTagger(Features(), Train());
        var tags = tagger.Tag(["Berkunjung", "Dewi", "Dewi", "Partai", "Raya", "Kota", "ke"]);
        for (int i = 0; i < tags.Length; i++) Assert.True(NerTags.Allowed(i == 0 ? -1 : tags[i - 1], tags[i]));
    }

    private static string Hash(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return Convert.ToHexString(SHA256.HashData(stream.ToArray()));
    }
}
