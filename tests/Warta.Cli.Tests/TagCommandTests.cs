namespace Warta.Cli.Tests;

public class TagCommandTests
{
    private const string Conll = "Presiden X O\nJoko X B-PER\nWidodo X I-PER\nberkunjung X O\nke X O\nSurabaya X B-LOC\n.\n\nIa\nkembali\nke\nJakarta\n";

    [Fact]
    public void Tag_appends_one_iob2_tag_per_line_and_keeps_blank_lines()
    {
        var r = WartaProcess.RunWithInput(Conll, "tag", "--lang", "id", "-");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var input = Conll.TrimEnd('\n').Split('\n');
        var output = r.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(input.Length, output.Length);
        for (int i = 0; i < input.Length; i++)
        {
            if (input[i].Length == 0) { Assert.Equal("", output[i]); continue; }
            Assert.StartsWith(input[i] + "\t", output[i]);
            Assert.Matches("^(O|[BI]-(PER|ORG|LOC))$", output[i][(input[i].Length + 1)..]);
        }
    }

    [Fact]
    public void Tag_finds_a_titled_person_and_a_place_in_indonesian()
    {
        var r = WartaProcess.RunWithInput(Conll, "tag", "-");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var tags = r.Stdout.Split('\n').Where(l => l.Length > 0).Select(l => l[(l.LastIndexOf('\t') + 1)..]).ToArray();
        Assert.Equal(["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O", "O", "B-LOC"], tags);
    }

    [Fact]
    public void Tag_english_with_lang_en()
    {
        var r = WartaProcess.RunWithInput("Prime\nMinister\nAnthony\nAlbanese\nvisited\nJakarta\n.\n", "tag", "--lang", "en");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var tags = r.Stdout.Split('\n').Where(l => l.Length > 0).Select(l => l.Split('\t')[1]).ToArray();
        Assert.Equal(["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void Tag_reports_a_missing_file()
    {
        var r = WartaProcess.Run("tag", "no-such-file.conll");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no-such-file.conll", r.Stderr);
    }

    [Fact]
    public void Eval_ner_english_prints_scores()
    {
        var r = WartaProcess.Run("eval", "ner", "--lang", "en");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Matches(@"ALL\s+\d+\s+\d+\s+\d+\s+0\.\d{4}\s+0\.\d{4}\s+0\.\d{4}", r.Stdout);
    }
}
