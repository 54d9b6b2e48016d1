using System.Text;
using Warta.Core;

namespace Warta.Readers.Tests;

public class InputReaderTests
{
    private static List<InputItem> Read(params string[] paths) => TestFiles.Reader().Read(paths, null).ToList();
    private static List<InputItem> ReadStdin(string text) =>
        TestFiles.Reader().Read(["-"], new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();
    private static string Sources(IEnumerable<InputItem> items) => string.Join(" ", items.Select(i => Path.GetFileName(i.Source)));

    [Fact]
    public void Folders_are_walked_recursively_in_ordinal_order_taking_only_article_files()
    {
        using var temp = new TestFiles.TempFolder();
        temp.File("b.txt", "B\n\nisi");
        temp.File("a/z.html", "<p>isi</p>");
        temp.File("a/Y.htm", "<p>isi</p>");
        temp.File("C.jsonl", "{\"text\":\"isi\"}\n{\"text\":\"isi dua\"}\n");
        temp.File("notes.md", "# bukan artikel");
        temp.File("img.png", [0x89, 0x50, 0x4E, 0x47]);
        temp.File(".hidden.txt", "tersembunyi");
        var items = Read(temp.Path);
        Assert.All(items, i => Assert.IsType<ArticleInput>(i));
        Assert.Equal("C.jsonl:1 C.jsonl:2 Y.htm z.html b.txt", Sources(items));
    }

    [Fact]
    public void A_dangling_symlink_in_a_folder_is_reported_and_the_rest_read()
    {
        using var temp = new TestFiles.TempFolder();
        temp.File("a.txt", "A\n\nisi");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "b.txt"), Path.Combine(temp.Path, "missing.txt"));
        temp.File("c.txt", "C\n\nisi");
        var items = Read(temp.Path);
        Assert.Equal("a.txt b.txt c.txt", Sources(items));
        Assert.Contains("symbolic link to a missing file", Assert.IsType<InputError>(items[1]).Reason);
    }

    [Fact]
    public void Linked_folders_are_followed_once_and_link_loops_end()
    {
        using var temp = new TestFiles.TempFolder();
        using var other = new TestFiles.TempFolder();
        temp.File("a/x.txt", "X\n\nisi");
        other.File("y.txt", "Y\n\nisi");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "a", "loop"), temp.Path);
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "b"), other.Path);
        var items = Read(temp.Path);
        Assert.All(items, i => Assert.IsType<ArticleInput>(i));
        Assert.Equal("x.txt y.txt", Sources(items));
    }

    [Fact]
    public void Missing_paths_are_reported_in_order()
    {
        using var temp = new TestFiles.TempFolder();
        var a = temp.File("a.txt", "A\n\nisi");
        var items = Read(Path.Combine(temp.Path, "nope.txt"), a);
        Assert.Equal("no such file or folder", Assert.IsType<InputError>(items[0]).Reason);
        Assert.IsType<ArticleInput>(items[1]);
    }

    [Theory]
    [InlineData("", "empty article (the file is empty)")]
    [InlineData(" \n\t\r\n\u00A0\u200B", "empty article (whitespace only)")]
    public void Empty_files_are_errors(string content, string reason)
    {
        using var temp = new TestFiles.TempFolder();
        Assert.Equal(reason, Assert.IsType<InputError>(Assert.Single(Read(temp.File("e.txt", content)))).Reason);
    }

    [Theory]
    [InlineData(new byte[0], "empty article (the JSONL input has no lines)")]
    [InlineData(new byte[] { 10, 32, 10 }, "empty article (the JSONL input has no lines)")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "binary file (PNG image), not an article")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00 }, "JSONL must be UTF-8, this is UTF-16; re-save the file as UTF-8")]
    public void Unusable_jsonl_files_are_one_error(byte[] content, string reason)
    {
        using var temp = new TestFiles.TempFolder();
        Assert.Equal(reason, Assert.IsType<InputError>(Assert.Single(Read(temp.File("x.jsonl", content)))).Reason);
    }

    [Fact]
    public void Files_over_the_size_limit_are_errors_but_jsonl_streams()
    {
        using var temp = new TestFiles.TempFolder();
        var big = temp.File("big.txt", "Judul\n\n" + new string('a', 2000));
        var jsonl = temp.File("big.jsonl", string.Concat(Enumerable.Repeat("{\"text\":\"" + new string('a', 500) + "\"}\n", 10)));
        var items = TestFiles.Reader(maxArticleBytes: 1024).Read([big, jsonl], null).ToList();
        var error = Assert.IsType<InputError>(items[0]);
        Assert.Contains("too large for one article (limit 0 MB)", error.Reason);
        Assert.Equal(10, items.Skip(1).OfType<ArticleInput>().Count());
    }

    [Fact]
    public void Stdin_json_lines_are_jsonl()
    {
        var items = ReadStdin("\n  {\"text\":\"Satu.\"}\n{\"text\":\"Dua.\"}\n");
        Assert.Equal(["stdin:2", "stdin:3"], items.Select(i => i.Source));
    }

    [Fact]
    public void Stdin_html_and_text_are_one_article()
    {
        var html = Assert.IsType<ArticleInput>(Assert.Single(ReadStdin("<!DOCTYPE html><title>T</title><div class='story'><p>Isi.</p></div>"))).Article;
        Assert.Equal(("stdin:1", "T", "Isi."), (html.Source, html.Title, html.Paragraphs.Single()));
        var text = Assert.IsType<ArticleInput>(Assert.Single(ReadStdin("Judul\n\nIsi."))).Article;
        Assert.Equal(("stdin:1", "Judul", "Isi."), (text.Source, text.Title, text.Paragraphs.Single()));
    }

    [Fact]
    public void Files_are_decoded_by_their_bytes_not_their_extension()
    {
        using var temp = new TestFiles.TempFolder();
        var utf16 = temp.File("u.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Judul – é\n\nIsi “kutipan”.")]);
        var cp1252 = temp.File("w.txt", [.. "Judul "u8, 0x96, (byte)' ', 0xE9, .. "\n\nIsi "u8, 0x93, .. "kutipan"u8, 0x94, (byte)'.']);
        foreach (var item in Read(utf16, cp1252))
        {
            var a = Assert.IsType<ArticleInput>(item).Article;
            Assert.Equal(("Judul – é", "Isi “kutipan”."), (a.Title, a.Paragraphs.Single()));
        }
    }

    [Fact]
    public void Reading_is_lazy()
    {
        using var temp = new TestFiles.TempFolder();
        var a = temp.File("a.txt", "A\n\nisi");
        var b = Path.Combine(temp.Path, "b.txt");
        using var items = TestFiles.Reader().Read([a, b], null).GetEnumerator();
        Assert.True(items.MoveNext());
        File.WriteAllText(b, "B\n\ndibuat setelah bacaan dimulai");
        Assert.True(items.MoveNext());
        Assert.IsType<ArticleInput>(items.Current);
    }
}
