using Warta.Quotes;

namespace Warta.Quotes.Tests;

public class QuoteLexiconTests
{
    [Fact]
    public void Missing_folder_is_an_error_naming_it()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => QuoteLexicon.Load("/no/such/quotes", "nya"));
        Assert.Contains("/no/such/quotes", e.Message);
    }

    [Fact]
    public void Missing_file_is_an_error_naming_it()
    {
        var dir = Directory.CreateTempSubdirectory("warta-quotes-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "cues-after.txt"), "# header\nkata\n");
            var e = Assert.Throws<FileNotFoundException>(() => QuoteLexicon.Load(dir.FullName, "nya"));
            Assert.Contains("cues-reporting.txt", e.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_entries_lowercased()
    {
        var lex = QuoteLexicon.Load(Path.Combine(AppContext.BaseDirectory, "lexicon", "id", "quotes"), "nya");
        Assert.Contains("kata", lex.AfterCues);
        Assert.DoesNotContain(lex.AfterCues, w => w.StartsWith('#') || w.Length == 0);
    }
}
