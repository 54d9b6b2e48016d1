namespace Warta.Readers;

/// <summary>
/// Windows-1252 decoding without registering a global code-page provider: Latin-1 everywhere except
/// 0x80–0x9F, where 1252 puts typographic marks (– “ ” € …). Five bytes there are undefined.
/// </summary>
public static class Windows1252
{
    private const char Undefined = '\uFFFF';

    private static readonly char[] High =
    [
        '\u20AC', Undefined, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', Undefined, '\u017D', Undefined,
        Undefined, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', Undefined, '\u017E', '\u0178',
    ];

    /// <summary>True when <paramref name="b"/> has no character in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D).</summary>
    public static bool IsUndefined(byte b) => b is >= 0x80 and <= 0x9F && High[b - 0x80] == Undefined;

    public static string Decode(ReadOnlySpan<byte> bytes) => string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            byte b = source[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
        }
    });
}
