namespace Warta.Entities;

/// <summary>One sentence of a tagged corpus: its tokens and their IOB2 tag indices (see <see cref="NerTags"/>).</summary>
public sealed record TaggedSentence(string[] Tokens, int[] Tags, int Domain = 0)
{
    /// <summary>Jackknife group for training-set features (<see cref="EntityMemory.Jackknife"/>); copies
    /// of one sentence share it.</summary>
    public int Fold { get; init; }

    /// <summary>A key that matches the same sentence across corpora whatever their tokenization or case.</summary>
    public string DedupKey()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var t in Tokens)
            foreach (var c in t)
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}

/// <summary>
/// Reads CoNLL-like files: one token per line, the token in the first whitespace-separated column and the
/// tag in the last, a blank line between sentences. Corpus tag names (PERSON, PLACE, ORGANISATION …) are
/// mapped to PER/ORG/LOC; types with no mapping become O.
/// </summary>
public static class ConllCorpus
{
    public static IReadOnlyList<TaggedSentence> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"NER corpus '{path}' does not exist.", path);
        var sentences = new List<TaggedSentence>();
        var tokens = new List<string>();
        var tags = new List<int>();
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }
            var cols = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            // Header comments ("# source …") have more columns than a token line and start with '#'.
            if (cols[0] == "#" && cols.Length > 3) continue;
            if (cols.Length < 2) throw new InvalidDataException($"{path}:{lineNo}: expected 'TOKEN ... TAG', found '{line}'.");
            tokens.Add(cols[0]);
            tags.Add(MapTag(cols[^1], path, lineNo));
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0) return;
            var t = tags.ToArray();
            RepairIob2(t);
            sentences.Add(new TaggedSentence([.. tokens], t));
            tokens.Clear();
            tags.Clear();
        }
    }

    /// <summary>Maps a corpus tag (IOB2 or IO, any of the corpora's type names) to a tag index.</summary>
    public static int MapTag(string tag, string path = "", int line = 0)
    {
        if (tag == "O") return NerTags.O;
        int dash = tag.IndexOf('-');
        string prefix = dash > 0 ? tag[..dash] : "I";
        string type = dash > 0 ? tag[(dash + 1)..] : tag;
        Core.EntityType? mapped = type.ToUpperInvariant() switch
        {
            "PER" or "PERSON" => Core.EntityType.PER,
            "ORG" or "ORGANIZATION" or "ORGANISATION" => Core.EntityType.ORG,
            "LOC" or "LOCATION" or "PLACE" => Core.EntityType.LOC,
            _ => null,
        };
        if (mapped is not { } m) return NerTags.O;
        return prefix switch
        {
            "B" => NerTags.Begin(m),
            "I" => NerTags.Inside(m),
            _ => throw new InvalidDataException($"{path}:{line}: tag '{tag}' is neither B-, I- nor O."),
        };
    }

    /// <summary>Turns a stray I-X (after O or another type) into B-X, so every training sequence is valid IOB2.</summary>
    public static void RepairIob2(int[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
            if (!NerTags.Allowed(i == 0 ? -1 : tags[i - 1], tags[i]))
                tags[i] = NerTags.Begin(NerTags.TypeOf(tags[i]));
    }
}
