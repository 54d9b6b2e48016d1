using Warta.Core;

namespace Warta.Entities;

/// <summary>
/// Feature extraction for the Indonesian tagger: for every token a fixed number (<see cref="Templates"/>)
/// of hashed feature ids in [0, 2^bits). Features: the word (lower-cased and exact), its neighbours ±2,
/// word bigrams, word shape of the token and its neighbours, prefixes and suffixes of 1–4 letters (which
/// catch meN-, di-, ber-, ter-, pe-, ke-…-an, -kan, -i, -nya), a preceding preposition with the shape
/// (di/ke/dari + Capitalized), title words at −2..0, gazetteer membership at −1..+1 and the
/// sentence-initial position. Values are hashed from spans of the text, never copied into strings.
/// </summary>
public sealed class NerFeatures(NerLexicon lexicon, int bits, EntityMemory? memory = null)
{
    /// <summary>Bump when templates change: a model records the version it was trained with.</summary>
    public const int Version = 6;
    /// <summary>Base templates per token; each is emitted twice, once shared by all corpora and once
    /// specific to the sentence's corpus (<see cref="PerToken"/> in all).</summary>
    public const int Templates = 47;
    public const int PerToken = 2 * Templates;
    /// <summary>The corpus whose annotation conventions tagging follows: idner-news-2k (news).</summary>
    public const int TargetDomain = 0;

    private const ulong Bos = 0x1234_5678_9abc_def1UL, Eos = 0x0fed_cba9_8765_4321UL;

    public int Bits { get; } = bits is >= 10 and <= 26 ? bits : throw new ArgumentOutOfRangeException(nameof(bits), bits, "Feature hash bits must be 10..26.");
    public NerLexicon Lexicon { get; } = lexicon;
    /// <summary>Names annotated in the training corpora (null: the memory features never fire).</summary>
    public EntityMemory? Memory { get; } = memory;

    /// <summary>Fills <paramref name="features"/> for one sentence: per token <see cref="Templates"/> ids when
    /// tagging, or <see cref="PerToken"/> (shared + <paramref name="domain"/>-specific copies) when
    /// <paramref name="domainCopies"/> is set for training. <paramref name="memory"/> replaces <see cref="Memory"/>
    /// (training passes each fold's jackknifed memory).</summary>
    /// <remarks>Domain-specific copies ("frustratingly easy domain adaptation", Daumé 2007) let the
    /// corpora disagree: NERGrit tags every country as a place, idner-news-2k leaves "tentara Jepang"
    /// untagged. Shared copies learn what they agree on; tagging adds the target domain's copies.</remarks>
    public void Extract(string text, ReadOnlySpan<TextSpan> tokens, Span<int> features, int domain = TargetDomain, bool domainCopies = false, EntityMemory? memory = null)
    {
        int n = tokens.Length;
        int stride = domainCopies ? PerToken : Templates;
        if (features.Length < n * stride) throw new ArgumentException("Feature buffer too small.", nameof(features));
        // Per-token values read by several templates (and by neighbours) are computed once per token.
        bool small = n <= 256;
        Span<ulong> lower = small ? stackalloc ulong[n] : new ulong[n];
        Span<ulong> shape = small ? stackalloc ulong[n] : new ulong[n];
        Span<ulong> exact = small ? stackalloc ulong[n] : new ulong[n];
        Span<ulong> prefixes = small ? stackalloc ulong[4 * n] : new ulong[4 * n]; // [4i + len - 1]
        Span<ulong> suffixes = small ? stackalloc ulong[4 * n] : new ulong[4 * n];
        Span<byte> gaz = small ? stackalloc byte[n] : new byte[n];
        Span<byte> mem = small ? stackalloc byte[n] : new byte[n];
        Span<byte> title = small ? stackalloc byte[n] : new byte[n];
        Span<ulong> wordTags = small ? stackalloc ulong[n] : new ulong[n];
        var names = memory ?? Memory;
        for (int i = 0; i < n; i++)
        {
            var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
            // the prefixes' hashes are the word's hash stopped after 1-4 characters
            lower[i] = TokenHash.Lower(w, prefixes.Slice(4 * i, 4));
            shape[i] = TokenHash.Shape(w);
            exact[i] = TokenHash.Exact(w);
            for (int len = 1; len <= 4; len++)
                suffixes[4 * i + len - 1] = TokenHash.Lower(w[^Math.Min(len, w.Length)..]);
            title[i] = Flag(Lexicon.IsTitle(lower[i]));
            wordTags[i] = names?.WordTags(lower[i]) ?? 0;
        }
        MarkGazetteer(lower, gaz);
        if (names is not null) names.Mark(lower, mem);
        else mem.Clear();

        ulong mask = (1UL << Bits) - 1;
        for (int i = 0; i < n; i++)
        {
            var f = features.Slice(i * stride, stride);
            int k = 0;
            ulong l0 = lower[i], lm1 = At(lower, i - 1), lp1 = At(lower, i + 1);
            ulong s0 = shape[i], sm1 = At(shape, i - 1), sp1 = At(shape, i + 1);
            Put(f, ref k, 1, 0);
            Put(f, ref k, 2, l0);
            Put(f, ref k, 3, exact[i]);
            Put(f, ref k, 4, lm1);
            Put(f, ref k, 5, lp1);
            Put(f, ref k, 6, At(lower, i - 2));
            Put(f, ref k, 7, At(lower, i + 2));
            Put(f, ref k, 8, TokenHash.Combine(lm1, l0));
            Put(f, ref k, 9, TokenHash.Combine(l0, lp1));
            Put(f, ref k, 10, s0);
            Put(f, ref k, 11, sm1);
            Put(f, ref k, 12, sp1);
            Put(f, ref k, 13, TokenHash.Combine(TokenHash.Combine(sm1, s0), sp1));
            Put(f, ref k, 14, TokenHash.Combine(lm1, s0));
            Put(f, ref k, 15, TokenHash.Combine(s0, lp1));
            for (int len = 1; len <= 4; len++)
            {
                Put(f, ref k, (ulong)(15 + len), prefixes[4 * i + len - 1]);
                Put(f, ref k, (ulong)(19 + len), suffixes[4 * i + len - 1]);
            }
            ulong titleBefore = i >= 1 ? title[i - 1] : 0UL;
            Put(f, ref k, 24, title[i]);
            Put(f, ref k, 25, titleBefore);
            Put(f, ref k, 26, i >= 2 ? title[i - 2] : 0UL);
            Put(f, ref k, 27, gaz[i]);
            Put(f, ref k, 28, i >= 1 ? gaz[i - 1] : 99UL);
            Put(f, ref k, 29, i + 1 < n ? gaz[i + 1] : 99UL);
            Put(f, ref k, 30, TokenHash.Combine(i == 0 ? 1UL : 0UL, s0));
            Put(f, ref k, 31, TokenHash.Combine(gaz[i], s0));
            Put(f, ref k, 32, TokenHash.Combine((ulong)Math.Min(tokens[i].Length, 12), s0));
            // the next token's 2-letter prefix and 3-letter suffix, the previous one's 3-letter suffix
            ulong nextPrefix = i + 1 < n ? prefixes[4 * (i + 1) + 1] : Eos;
            ulong nextSuffix = i + 1 < n ? suffixes[4 * (i + 1) + 2] : Eos;
            ulong prevSuffix = i >= 1 ? suffixes[4 * (i - 1) + 2] : Bos;
            Put(f, ref k, 33, TokenHash.Combine(s0, nextPrefix));
            Put(f, ref k, 34, TokenHash.Combine(s0, nextSuffix));
            Put(f, ref k, 35, TokenHash.Combine(lm1, lp1));
            Put(f, ref k, 36, TokenHash.Combine(prevSuffix, s0));
            Put(f, ref k, 37, TokenHash.Combine(i == 0 ? 1UL : 0UL, l0));
            Put(f, ref k, 38, TokenHash.Combine(TokenHash.Combine(At(shape, i - 2), sm1), s0));
            Put(f, ref k, 39, TokenHash.Combine(TokenHash.Combine(s0, sp1), At(shape, i + 2)));
            Put(f, ref k, 40, TokenHash.Combine(titleBefore, s0));
            Put(f, ref k, 41, mem[i]);
            Put(f, ref k, 42, i >= 1 ? mem[i - 1] : 99UL);
            Put(f, ref k, 43, i + 1 < n ? mem[i + 1] : 99UL);
            Put(f, ref k, 44, TokenHash.Combine(mem[i], s0));
            Put(f, ref k, 45, wordTags[i]);
            Put(f, ref k, 46, TokenHash.Combine(wordTags[i], s0));
            Put(f, ref k, 47, TokenHash.Combine(lm1, mem[i]));
            if (domainCopies)
                for (int j = 0; j < Templates; j++) f[Templates + j] = DomainCopy(f[j], domain);
        }

        void Put(Span<int> dest, ref int at, ulong template, ulong value) =>
            dest[at++] = (int)(TokenHash.Combine(template * 0x9E3779B97F4A7C15UL, value) & mask);
        static ulong At(ReadOnlySpan<ulong> a, int i) => i < 0 ? Bos : i >= a.Length ? Eos : a[i];
        static byte Flag(bool b) => b ? (byte)1 : (byte)0;
    }

    /// <summary>The bucket of a feature's copy for one corpus. It depends on the shared bucket only, so a
    /// trained model can fold the target domain's copies into the shared rows (<see cref="NerModel.FoldDomain"/>)
    /// and tagging then looks up half as many rows.</summary>
    public int DomainCopy(int bucket, int domain) =>
        (int)(TokenHash.Combine(0xD0D0_0000UL + (ulong)domain, (ulong)bucket) & ((1UL << Bits) - 1));

    /// <summary>Greedy longest match of gazetteer names; code = 1 + 2·type + (0 first token, 1 later).</summary>
    private void MarkGazetteer(ReadOnlySpan<ulong> lower, Span<byte> gaz)
    {
        gaz.Clear();
        int max = Lexicon.MaxNameTokens;
        for (int i = 0; i < lower.Length;)
        {
            int matched = 0;
            EntityType type = EntityType.MISC;
            ulong h = 0;
            for (int len = 1; len <= max && i + len <= lower.Length; len++)
            {
                h = TokenHash.Combine(h, lower[i + len - 1]);
                byte span = Lexicon.SpanAt(h);
                if ((span & NerLexicon.SpanName) != 0) { matched = len; type = (EntityType)(span & 0x3F); }
                if ((span & NerLexicon.SpanPrefix) == 0) break;
            }
            if (matched == 0) { i++; continue; }
            for (int j = 0; j < matched; j++) gaz[i + j] = (byte)(1 + 2 * (int)type + (j == 0 ? 0 : 1));
            i += matched;
        }
    }
}
