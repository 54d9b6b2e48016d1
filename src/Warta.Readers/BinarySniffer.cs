namespace Warta.Readers;

/// <summary>
/// Recognizes files that are not text at all (images, archives, PDFs, executables), by magic number or
/// by NUL and control bytes that no text file (without a UTF-16 byte-order mark) contains.
/// </summary>
public static class BinarySniffer
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("%PDF"u8.ToArray(), "PDF document"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "executable"),
        ("RIFF"u8.ToArray(), "RIFF media file"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        ("BZh"u8.ToArray(), "bzip2 archive"),
    ];

    /// <summary>The reason the bytes are binary, or null when they may be text.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Signatures)
            if (bytes.StartsWith(magic)) return $"binary file ({kind}), not an article";
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        int controls = 0;
        foreach (byte b in head)
        {
            if (b == 0) return "binary file (contains NUL bytes), not an article";
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) controls++;
        }
        return controls * 20 > head.Length && head.Length > 0 ? "binary file (mostly control bytes), not an article" : null;
    }
}
