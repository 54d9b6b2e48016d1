using Warta.Corpora;

namespace Warta.Corpora.Tests;

public sealed class NewsSentencesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-news-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string part, string content)
    {
        var path = part == "nerui" ? Path.Combine(_folder, "nerui", "nergithub.txt") : Path.Combine(_folder, "idner-news-2k", part + ".txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [Fact]
    public void Sentences_are_numbered_from_one_per_part_and_rebuilt_into_running_text()
    {
        // TOKEN UPOS TAG, blank line between sentences, extra blank lines and no final blank line
        Write("train", "Polisi PROPN B-ORG\nmenangkap VERB O\ndua NUM O\norang NOUN O\n, PUNCT O\nSenin PROPN O\n(14/8) NUM O\n. PUNCT O\n\n\nKata NOUN O\nia PRON O\n: PUNCT O\n( PUNCT O\nya INTJ O\n) PUNCT O");
        var sentences = NewsSentences.Read(_folder, "train").ToList();
        Assert.Equal(["idner-train-0001", "idner-train-0002"], sentences.Select(s => s.Id));
        Assert.Equal("Polisi menangkap dua orang, Senin (14/8).", sentences[0].Text);
        Assert.Equal("Kata ia: (ya)", sentences[1].Text);
    }

    [Fact]
    public void Ids_are_read_from_the_part_they_name_and_unknown_ids_are_left_out()
    {
        Write("train", "A X O\n\nB X O\n");
        Write("dev", "C X O\n");
        Write("nerui", "D\tO\n\nPolri\tB-ORG\nbertindak\tO\n");
        var found = NewsSentences.ReadByIds(_folder, ["idner-dev-0001", "idner-train-0002", "idner-train-0009", "nerui-0002", "1500-indosum-id"]);
        Assert.Equal(3, found.Count);
        Assert.Equal("Polri bertindak", found["nerui-0002"].Text);
        Assert.Equal("nerui", NewsSentences.PartOf("nerui-0002"));
        Assert.Equal("C", found["idner-dev-0001"].Text);
        Assert.Equal("B", found["idner-train-0002"].Text);
        Assert.Equal("train", NewsSentences.PartOf("idner-train-0042"));
        Assert.Null(NewsSentences.PartOf("1500-indosum-id"));
    }

    [Fact]
    public void A_missing_part_file_is_an_error_naming_the_file_and_the_fix()
    {
        var e = Assert.Throws<FileNotFoundException>(() => NewsSentences.Read(_folder, "dev").ToList());
        Assert.Contains("dev.txt", e.Message);
        Assert.Contains("../shared/data", e.Message);
    }
}
