using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Warta.Readers;

/// <summary>The text of an input, or why it is not text. <see cref="Encoding"/> names what was detected.</summary>
public sealed record DecodedText(string? Text, string? Error, string Encoding)
{
    public static DecodedText Fail(string error) => new(null, error, "none");
}

/// <summary>
/// Finds the encoding from the bytes, never from the file name: a byte-order mark (UTF-8, UTF-16 LE/BE)
/// wins; otherwise binary content is refused, valid UTF-8 is UTF-8, and bytes that are not UTF-8 but read
/// as plain Windows-1252 text (the usual legacy encoding of Indonesian and English pages) are decoded so.
/// Bytes that are neither — UTF-8 with broken sequences mixed into real ones, or bytes 1252 does not
/// define — are reported rather than guessed, because a wrong guess silently corrupts names and quotes.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return FromUtf8(bytes[3..], "UTF-8 (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Utf16(bytes[2..], littleEndian: true, "UTF-16LE (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Utf16(bytes[2..], littleEndian: false, "UTF-16BE (BOM)");

        if (BinarySniffer.Describe(bytes) is { } binary) return DecodedText.Fail(binary);
        if (Utf8.IsValid(bytes)) return FromUtf8(bytes, "UTF-8");

        int invalidAt = FirstInvalidUtf8(bytes);
        if (HasValidMultiByteUtf8(bytes))
            return DecodedText.Fail($"invalid UTF-8 (byte 0x{bytes[invalidAt]:X2} at offset {invalidAt}) in text that is otherwise UTF-8; re-save the file as UTF-8");
        for (int i = 0; i < bytes.Length; i++)
        {
            if (Windows1252.IsUndefined(bytes[i]))
                return DecodedText.Fail($"not valid UTF-8 (byte 0x{bytes[invalidAt]:X2} at offset {invalidAt}) and not Windows-1252 either (byte 0x{bytes[i]:X2} at offset {i} is undefined there); re-save the file as UTF-8");
        }
        return new DecodedText(Windows1252.Decode(bytes), null, "Windows-1252");
    }

    private static DecodedText FromUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        try { return new DecodedText(StrictUtf8.GetString(bytes), null, name); }
        catch (DecoderFallbackException)
        {
            int at = FirstInvalidUtf8(bytes);
            return DecodedText.Fail($"invalid UTF-8 after a UTF-8 byte-order mark (offset {at}); re-save the file as UTF-8");
        }
    }

    private static DecodedText Utf16(ReadOnlySpan<byte> bytes, bool littleEndian, string name)
    {
        if (bytes.Length % 2 != 0) return DecodedText.Fail($"{name} text with an odd number of bytes; the file is truncated or not UTF-16");
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try { return new DecodedText(encoding.GetString(bytes), null, name); }
        catch (DecoderFallbackException) { return DecodedText.Fail($"invalid {name} text (unpaired surrogate); re-save the file as UTF-8"); }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out int read, out _, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? bytes.Length : Math.Min(read, bytes.Length - 1);
        }
        finally { ArrayPool<char>.Shared.Return(buffer); }
    }

    /// <summary>True when the bytes hold at least one well-formed 2–4 byte UTF-8 sequence.</summary>
    private static bool HasValidMultiByteUtf8(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            int length = b is >= 0xC2 and <= 0xDF ? 2 : b is >= 0xE0 and <= 0xEF ? 3 : b is >= 0xF0 and <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.Length) continue;
            if (Utf8.IsValid(bytes.Slice(i, length))) return true;
        }
        return false;
    }
}
