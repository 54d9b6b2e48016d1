using System.Text;
using System.Text.Json;

namespace Warta.Cli.Tests;

/// <summary>
/// Bad inputs through the real program: each one is reported on standard error with its path and the
/// reason, the good input given beside it is still analyzed, and the exit code is 1 (contract).
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-cli-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs <c>analyze BAD SEED</c>: the bad one must be reported, the seed still analyzed.</summary>
    private static WartaProcess.Result ExpectReported(string badPath, string reason)
    {
        var r = WartaProcess.Run("analyze", badPath, WartaProcess.Seed);
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}: {r.Stderr}");
        Assert.Contains($"{badPath}: {reason}", r.Stderr);
        var line = Assert.Single(r.Lines);
        Assert.Empty(ContractValidator.Check(line));
        return r;
    }

    private static JsonElement Analyze(string path)
    {
        var r = WartaProcess.Run("analyze", path);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return JsonDocument.Parse(Assert.Single(r.Lines)).RootElement.Clone();
    }

    [Fact]
    public void Empty_file() => ExpectReported(Write("empty.txt", []), "empty article");

    [Fact]
    public void Whitespace_only_file() => ExpectReported(Write("blank.txt", "  \n\t\r\n \u00A0 \n"u8.ToArray()), "empty article");

    [Fact]
    public void Png_file() =>
        ExpectReported(Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8]), "binary file (PNG image), not an article");

    [Fact]
    public void File_of_50_megabytes()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var f = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("Kalimat panjang yang diulang untuk membuat berkas besar sekali.\n");
            while (f.Length < 50L * 1024 * 1024) f.Write(line);
        }
        var r = ExpectReported(path, "50 MB is too large for one article (limit 16 MB)");
        Assert.Contains("JSONL", r.Stderr);
    }

    [Fact]
    public void Invalid_utf8() =>
        ExpectReported(Write("broken.txt", [.. "Judul caf"u8, 0xC3, 0xA9, .. "\n\nIsi "u8, 0xC3, 0x28, .. " rusak."u8]), "invalid UTF-8");

    [Fact]
    public void Utf16_le_with_bom_is_read()
    {
        var doc = Analyze(Write("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Menteri Bertemu Duta Besar\r\n\r\nMenteri luar negeri bertemu duta besar Jepang di Jakarta pada Senin.")]));
        Assert.Equal("Menteri Bertemu Duta Besar", doc.GetProperty("title").GetString());
        Assert.Equal("Menteri Bertemu Duta Besar\n\nMenteri luar negeri bertemu duta besar Jepang di Jakarta pada Senin.", doc.GetProperty("text").GetString());
    }

    [Fact]
    public void Windows_1252_text_is_read()
    {
        byte[] bytes = [.. "Jakarta "u8, 0x96, (byte)' ', 0x93, .. "kata"u8, 0x94, (byte)' ', 0xE9, .. "\n\nPresiden berkata "u8, 0x93, .. "kita siap"u8, 0x94, .. " di Jakarta."u8];
        var doc = Analyze(Write("cp1252.txt", bytes));
        Assert.Equal("Jakarta – “kata” é", doc.GetProperty("title").GetString());
        Assert.EndsWith("Presiden berkata “kita siap” di Jakarta.", doc.GetProperty("text").GetString());
    }

    [Fact]
    public void Html_with_no_body() =>
        ExpectReported(Write("nobody.html", "<!DOCTYPE html><html><head><title>Judul Saja - Kompas.com</title><script>var x = 1;</script></head></html>"u8.ToArray()),
            "no article text found in the HTML page");

    [Fact]
    public void Jsonl_with_a_malformed_line_in_the_middle()
    {
        var path = Write("batch.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\":\"a\",\"text\":\"Presiden meresmikan jembatan baru.\"}\n" +
            "{\"id\":\"b\",\"text\":\"Menteri bertemu wartawan.\"}\n" +
            "{\"id\":\"c\",\"text\": \"Kalimat tanpa penutup\n" +
            "{\"id\":\"d\",\"text\":\"Gubernur membuka pasar.\"}\n" +
            "{\"id\":\"e\",\"text\":\"Polisi menangkap pencuri.\"}\n"));
        var r = WartaProcess.Run("analyze", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{path}:3: malformed JSON", r.Stderr);
        var ids = r.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(["a", "b", "d", "e"], ids);
        Assert.All(r.Lines, l => Assert.Empty(ContractValidator.Check(l)));
    }

    [Fact]
    public void Jsonl_on_standard_input_with_a_malformed_line()
    {
        var r = WartaProcess.RunWithInput("{\"text\":\"Satu.\"}\nnot json\n{\"text\":\"Tiga.\",\"published\":\"2021-10-21T10:00:00+07:00\"}\n", "analyze", "-", "--published", "2020-01-01");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("stdin:2: malformed JSON", r.Stderr);
        var docs = r.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["stdin:1", "stdin:3"], docs.Select(d => d.GetProperty("source").GetString()));
        // --published fills only inputs without their own date.
        Assert.Equal(["2020-01-01", "2021-10-21"], docs.Select(d => d.GetProperty("published").GetString()));
    }

    [Fact]
    public void Missing_path_among_good_ones() => ExpectReported(Path.Combine(_dir, "nowhere.txt"), "no such file or folder");

    [Fact]
    public void Unreadable_file_in_a_folder()
    {
        Write("folder/a.txt", "Banjir di Bekasi\n\nBanjir merendam ratusan rumah di Bekasi pada Senin."u8.ToArray());
        File.CreateSymbolicLink(Path.Combine(_dir, "folder", "b.txt"), Path.Combine(_dir, "folder", "gone.txt"));
        Write("folder/sub/c.txt", "Gempa di Cianjur\n\nGempa mengguncang Cianjur pada Selasa pagi."u8.ToArray());
        var r = WartaProcess.Run("analyze", Path.Combine(_dir, "folder"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("b.txt: cannot read: a symbolic link to a missing file", r.Stderr);
        Assert.Equal(["Banjir di Bekasi", "Gempa di Cianjur"], r.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()));
    }

    [NotRootFact]
    public void File_without_read_permission_in_a_folder()
    {
        var secret = Write("perm/secret.txt", "Rahasia\n\nIsi."u8.ToArray());
        Write("perm/open.txt", "Terbuka\n\nIsi terbuka."u8.ToArray());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(secret, UnixFileMode.None);
        var r = WartaProcess.Run("analyze", Path.Combine(_dir, "perm"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("secret.txt: cannot read: permission denied", r.Stderr);
        Assert.Single(r.Lines);
    }

    [Fact]
    public void Seed_reads_with_its_title_13_paragraphs_and_language_id()
    {
        var doc = Analyze(WartaProcess.Seed);
        var text = doc.GetProperty("text").GetString()!;
        Assert.Equal("Sekjen NATO: Hubungan NATO dengan Rusia Berada di Titik Terendah", doc.GetProperty("title").GetString());
        var body = text.Split("\n\n").Skip(1).ToList();
        Assert.Equal(13, body.Count);
        Assert.DoesNotContain("0", body);
        Assert.DoesNotContain("11", body);
        Assert.Equal("id", doc.GetProperty("language").GetString());
    }

    [Fact]
    public void Plain_text_on_standard_input()
    {
        var r = WartaProcess.RunWithInput("Gubernur Meresmikan Pasar\n\nGubernur meresmikan pasar tradisional yang baru dibangun.\n", "analyze", "-");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var doc = JsonDocument.Parse(Assert.Single(r.Lines)).RootElement;
        Assert.Equal(("stdin:1", "Gubernur Meresmikan Pasar"), (doc.GetProperty("source").GetString(), doc.GetProperty("title").GetString()));
    }
}

/// <summary>A fact that is skipped when the tests run as root, where file permissions do not stop reading.</summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (IsRoot()) Skip = "running as root: permissions do not stop root from reading (the dangling-link test covers unreadable files)";
    }

    private static bool IsRoot()
    {
        if (!OperatingSystem.IsLinux()) return false;
        var uid = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return uid is not null && uid.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[2] == "0";
    }
}
