using System.Text;

namespace Warta.Readers.Tests;

public class TextDecodingTests
{
    private const string Sample = "Jakarta – “kata” é";

    [Fact]
    public void Utf8_without_bom()
    {
        var d = TextDecoding.Decode(Encoding.UTF8.GetBytes(Sample));
        Assert.Equal((Sample, "UTF-8"), (d.Text, d.Encoding));
    }

    [Fact]
    public void Utf8_with_bom_drops_the_mark()
    {
        var d = TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.Equal(Sample, d.Text);
    }

    [Fact]
    public void Utf16_le_and_be_with_bom()
    {
        var le = TextDecoding.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]);
        var be = TextDecoding.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]);
        Assert.Equal((Sample, "UTF-16LE (BOM)"), (le.Text, le.Encoding));
        Assert.Equal((Sample, "UTF-16BE (BOM)"), (be.Text, be.Encoding));
    }

    [Fact]
    public void Utf16_with_odd_length_is_reported()
    {
        var d = TextDecoding.Decode([0xFF, 0xFE, 0x41, 0x00, 0x42]);
        Assert.Null(d.Text);
        Assert.Contains("odd number of bytes", d.Error);
    }

    [Fact]
    public void Windows_1252_bytes_are_decoded_as_1252()
    {
        // "Jakarta – “kata” é" in Windows-1252: en dash 0x96, curly quotes 0x93/0x94, é 0xE9.
        byte[] bytes = [.. "Jakarta "u8, 0x96, (byte)' ', 0x93, .. "kata"u8, 0x94, (byte)' ', 0xE9];
        var d = TextDecoding.Decode(bytes);
        Assert.Equal((Sample, "Windows-1252"), (d.Text, d.Encoding));
    }

    [Fact]
    public void Latin1_accents_without_1252_marks_are_decoded()
    {
        var d = TextDecoding.Decode([.. "caf"u8, 0xE9, .. " na"u8, 0xEF, .. "ve"u8]);
        Assert.Equal("café naïve", d.Text);
    }

    [Fact]
    public void Broken_utf8_mixed_with_real_utf8_is_reported_with_its_offset()
    {
        // Real UTF-8 "é" (C3 A9) and a stray continuation byte: damaged UTF-8, not 1252 text.
        byte[] bytes = [.. "caf"u8, 0xC3, 0xA9, (byte)' ', 0xA9, .. "x"u8];
        var d = TextDecoding.Decode(bytes);
        Assert.Null(d.Text);
        Assert.Contains("invalid UTF-8", d.Error);
        Assert.Contains("offset 6", d.Error);
    }

    [Fact]
    public void Bytes_undefined_in_1252_are_reported()
    {
        var d = TextDecoding.Decode([.. "abc "u8, 0x81, 0x8D, .. " def"u8]);
        Assert.Null(d.Text);
        Assert.Contains("not Windows-1252", d.Error);
        Assert.Contains("0x81", d.Error);
    }

    [Fact]
    public void Png_is_binary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8];
        var d = TextDecoding.Decode(png);
        Assert.Null(d.Text);
        Assert.Equal("binary file (PNG image), not an article", d.Error);
    }

    [Fact]
    public void Nul_bytes_without_a_utf16_bom_are_binary()
    {
        var d = TextDecoding.Decode([.. "abc"u8, 0, .. "def"u8]);
        Assert.Contains("NUL bytes", d.Error);
    }

    [Fact]
    public void Text_with_a_few_control_bytes_is_still_text()
    {
        var d = TextDecoding.Decode([.. "Judul\fHalaman dua berisi teks yang cukup panjang untuk dibaca."u8]);
        Assert.NotNull(d.Text);
    }
}
