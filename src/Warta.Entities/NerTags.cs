using Warta.Core;

namespace Warta.Entities;

/// <summary>
/// The IOB2 tag set every tagger here uses: O, then B-/I- for PER, ORG, LOC. Tag index 0 is O;
/// for type k (0 = PER, 1 = ORG, 2 = LOC) B is 1 + 2k and I is 2 + 2k.
/// </summary>
public static class NerTags
{
    public const int Count = 7;
    public const int O = 0;
    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
    private static readonly EntityType[] Types = [EntityType.PER, EntityType.ORG, EntityType.LOC];

    public static string Name(int tag) => Names[tag];
    public static int Begin(EntityType type) => 1 + 2 * TypeIndex(type);
    public static int Inside(EntityType type) => 2 + 2 * TypeIndex(type);
    public static bool IsBegin(int tag) => tag != O && tag % 2 == 1;
    public static bool IsInside(int tag) => tag != O && tag % 2 == 0;
    public static EntityType TypeOf(int tag) => Types[(tag - 1) / 2];

    /// <summary>IOB2 validity: I-X only after B-X or I-X (prev = -1 at sentence start).</summary>
    public static bool Allowed(int prev, int tag) =>
        !IsInside(tag) || (prev != -1 && prev != O && TypeOf(prev) == TypeOf(tag));

    public static int Parse(string name)
    {
        int i = Array.IndexOf(Names, name);
        if (i < 0) throw new FormatException($"'{name}' is not an IOB2 tag of PER/ORG/LOC.");
        return i;
    }

    private static int TypeIndex(EntityType type) => type switch
    {
        EntityType.PER => 0,
        EntityType.ORG => 1,
        EntityType.LOC => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Only PER, ORG and LOC have tags."),
    };

    /// <summary>Drops tokens without a letter or digit (quotes, commas, dashes) from the edges of entities:
    /// a name never starts or ends with one, but a tagger may glue an unseen quote mark to a name.</summary>
    public static void TrimPunctuation(string text, ReadOnlySpan<TextSpan> tokens, Span<int> tags)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tags[i] == O || HasLetterOrDigit(text.AsSpan(tokens[i].Start, tokens[i].Length))) continue;
            bool first = IsBegin(tags[i]);
            bool last = i + 1 >= tokens.Length || !IsInside(tags[i + 1]);
            if (first && !last) tags[i + 1] = Begin(TypeOf(tags[i]));
            if (first || last) tags[i] = O;
        }
        // A trailing run of several punctuation tokens: repeat from the right.
        for (int i = tokens.Length - 1; i >= 0; i--)
        {
            if (tags[i] == O || HasLetterOrDigit(text.AsSpan(tokens[i].Start, tokens[i].Length))) continue;
            if (i + 1 >= tokens.Length || !IsInside(tags[i + 1])) tags[i] = O;
        }
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>Entity chunks (token start, token end exclusive, type) of a tag sequence. Like conlleval,
    /// an I-X that does not continue an X chunk starts a new one.</summary>
    public static List<(int Start, int End, EntityType Type)> Chunks(ReadOnlySpan<int> tags)
    {
        var chunks = new List<(int, int, EntityType)>();
        int start = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            int tag = i < tags.Length ? tags[i] : O;
            bool continues = start >= 0 && IsInside(tag) && TypeOf(tag) == TypeOf(tags[start]);
            if (continues) continue;
            if (start >= 0) chunks.Add((start, i, TypeOf(tags[start])));
            start = tag == O ? -1 : i;
        }
        return chunks;
    }
}
