using System.Security.Cryptography;
using System.Text;

namespace Warta.Core;

/// <summary>Content hashes give articles without an id a stable one: same text, same id, on any machine.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
