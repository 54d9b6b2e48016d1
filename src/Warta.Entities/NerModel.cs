using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Warta.Entities;

/// <summary>
/// A linear sequence model over IOB2 tags: hashed feature weights (one row of <see cref="NerTags.Count"/>
/// per bucket) plus tag-to-tag transition weights, decoded with Viterbi under IOB2 constraints (an I-X only
/// after B-X/I-X, so output is always well formed). Saved in a compact binary format: a header naming the
/// format version, feature version and training sources, then only the non-zero rows as half floats.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "WARTANER";
    private const int FormatVersion = 1;
    private const int T = NerTags.Count;

    /// <summary>Floats per row in the tagging layout: the tags plus one zero, so a row is 32 bytes, sits in
    /// one cache line and is summed as one vector.</summary>
    private const int Stride = 8;

    public NerModel(int bits, float[] weights, float[] transitions, string description, int featureVersion = NerFeatures.Version)
    {
        if (weights.Length != (1 << bits) * T) throw new ArgumentException("Weights must have 2^bits × tags entries.", nameof(weights));
        if (transitions.Length != (T + 1) * T) throw new ArgumentException("Transitions must have (tags + 1) × tags entries.", nameof(transitions));
        Bits = bits;
        _weights = weights;
        Transitions = transitions;
        Description = description;
        FeatureVersion = featureVersion;
    }

    // A loaded model is only read: it keeps its weights in rows of Stride floats (_rows), and the plain
    // layout is made only if asked for. A model built from a weight array (training) may have that array
    // updated between decodes, so it is read in place.
    private NerModel(int bits, float[] rows, float[] transitions, string description, int featureVersion, bool padded)
    {
        if (!padded || rows.Length != (1 << bits) * Stride) throw new ArgumentException("Rows must have 2^bits × 8 entries.", nameof(rows));
        Bits = bits;
        _rows = rows;
        Transitions = transitions;
        Description = description;
        FeatureVersion = featureVersion;
    }

    private float[]? _weights;
    private readonly float[]? _rows;

    public int Bits { get; }
    /// <summary>Row per feature bucket: Weights[bucket * tags + tag].</summary>
    public float[] Weights => _weights ??= Unpad(_rows!, Bits);

    private static float[] Unpad(float[] rows, int bits)
    {
        var weights = new float[(1 << bits) * T];
        for (int b = 0; b < 1 << bits; b++) rows.AsSpan(b * Stride, T).CopyTo(weights.AsSpan(b * T, T));
        return weights;
    }
    /// <summary>Transitions[(prev + 1) * tags + tag]; prev = -1 is the sentence start.</summary>
    public float[] Transitions { get; }
    /// <summary>Free text naming the training sources and settings (stored in the file's header).</summary>
    public string Description { get; }
    public int FeatureVersion { get; }

    /// <summary>A model for tagging with base features only: each shared row gets the target domain's copy
    /// of it added (exact, since the copy's bucket is a function of the shared bucket). Rows never trained
    /// stay zero (a target-domain feature always updates its shared row too), which keeps the file small.</summary>
    public NerModel FoldDomain(NerFeatures features, int domain)
    {
        int buckets = 1 << Bits;
        var folded = new float[Weights.Length];
        for (int b = 0; b < buckets; b++)
        {
            int copy = features.DomainCopy(b, domain) * T;
            if (Weights.AsSpan(b * T, T).IndexOfAnyExcept(0f) < 0) continue;
            for (int t = 0; t < T; t++) folded[b * T + t] = Weights[b * T + t] + Weights[copy + t];
        }
        return new NerModel(Bits, folded, Transitions, Description + $"; corpus domain {domain} folded in", FeatureVersion);
    }

    /// <summary>Best tag sequence for <paramref name="n"/> tokens whose features are laid out per token.</summary>
    public void Decode(ReadOnlySpan<int> features, int perToken, int n, Span<int> tags)
    {
        if (n == 0) return;
        float[] rented = ArrayPool<float>.Shared.Rent(n * T * 2);
        int[] back = ArrayPool<int>.Shared.Rent(n * T);
        try
        {
            var emit = rented.AsSpan(0, n * T);
            var score = rented.AsSpan(n * T, n * T);
            if (_rows is { } rows) EmitPadded(rows, features, perToken, n, emit);
            else EmitPlain(Weights, features, perToken, n, emit);
            var allowed = AllowedAfter;
            for (int t = 0; t < T; t++)
                score[t] = allowed[t] ? emit[t] + Transitions[t] : float.NegativeInfinity;
            for (int i = 1; i < n; i++)
            {
                for (int t = 0; t < T; t++)
                {
                    float best = float.NegativeInfinity;
                    int arg = 0;
                    // the allowed previous tags in increasing order, as a loop over all seven skipping the others would
                    // take them (an I-X has two)
                    foreach (int p in PreviousOf[t])
                    {
                        float s = score[(i - 1) * T + p] + Transitions[(p + 1) * T + t];
                        if (s > best) { best = s; arg = p; }
                    }
                    score[i * T + t] = best + emit[i * T + t];
                    back[i * T + t] = arg;
                }
            }
            int last = 0;
            for (int t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + last]) last = t;
            for (int i = n - 1; i >= 0; i--)
            {
                tags[i] = last;
                if (i > 0) last = back[i * T + last];
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    /// <summary><see cref="NerTags.Allowed"/> as a table: [(prev + 1) * tags + tag].</summary>
    private static readonly bool[] AllowedAfter = BuildAllowed();

    /// <summary>For each tag, the tags allowed right before it (not the sentence start), in increasing order.</summary>
    private static readonly int[][] PreviousOf = [.. Enumerable.Range(0, T).Select(t => Enumerable.Range(0, T).Where(p => NerTags.Allowed(p, t)).ToArray())];

    private static bool[] BuildAllowed()
    {
        var table = new bool[(T + 1) * T];
        for (int p = -1; p < T; p++)
            for (int t = 0; t < T; t++) table[(p + 1) * T + t] = NerTags.Allowed(p, t);
        return table;
    }

    /// <summary>Emission scores from the plain layout: per tag, the features' weights summed in order.</summary>
    private static void EmitPlain(float[] w, ReadOnlySpan<int> features, int perToken, int n, Span<float> emit)
    {
        emit.Clear();
        for (int i = 0; i < n; i++)
        {
            var row = emit.Slice(i * T, T);
            foreach (int f in features.Slice(i * perToken, perToken))
            {
                int b = f * T;
                for (int t = 0; t < T; t++) row[t] += w[b + t];
            }
        }
    }

    /// <summary>The same sums from padded rows, one vector per feature: each lane adds the same floats in the
    /// same order as <see cref="EmitPlain"/>, so the scores are bit-identical.</summary>
    private static void EmitPadded(float[] rows, ReadOnlySpan<int> features, int perToken, int n, Span<float> emit)
    {
        ref float start = ref MemoryMarshal.GetArrayDataReference(rows);
        Span<float> lanes = stackalloc float[Stride];
        for (int i = 0; i < n; i++)
        {
            var sum = Vector256<float>.Zero;
            foreach (int f in features.Slice(i * perToken, perToken))
                sum += Vector256.LoadUnsafe(ref start, (nuint)((uint)f * Stride));
            sum.CopyTo(lanes);
            lanes[..T].CopyTo(emit.Slice(i * T, T));
        }
    }

    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Encoding.ASCII.GetBytes(Magic));
        w.Write(FormatVersion);
        w.Write(FeatureVersion);
        w.Write(Description);
        w.Write(Bits);
        w.Write(T);
        foreach (var v in Transitions) w.Write(v);
        int buckets = 1 << Bits;
        var rows = new List<int>();
        for (int b = 0; b < buckets; b++)
        {
            for (int t = 0; t < T; t++)
                if ((Half)Weights[b * T + t] != Half.Zero) { rows.Add(b); break; }
        }
        w.Write(rows.Count);
        int previous = 0;
        foreach (int b in rows)
        {
            w.Write7BitEncodedInt(b - previous);
            previous = b;
            for (int t = 0; t < T; t++) w.Write((Half)Weights[b * T + t]);
        }
    }

    public static NerModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"NER model '{path}' does not exist; run 'warta train ner' or rebuild so data/ is copied.", path);
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        try { return Load(stream); }
        catch (EndOfStreamException) { throw new InvalidDataException($"NER model '{path}' is truncated; re-run 'warta train ner'."); }
        catch (InvalidDataException e) { throw new InvalidDataException($"NER model '{path}': {e.Message}"); }
    }

    public static NerModel Load(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (Encoding.ASCII.GetString(r.ReadBytes(Magic.Length)) != Magic) throw new InvalidDataException("not a Warta NER model (bad magic).");
        int format = r.ReadInt32();
        if (format != FormatVersion) throw new InvalidDataException($"model format {format}, this program reads {FormatVersion}.");
        int featureVersion = r.ReadInt32();
        if (featureVersion != NerFeatures.Version)
            throw new InvalidDataException($"trained with feature version {featureVersion}, this program extracts version {NerFeatures.Version}; re-run 'warta train ner'.");
        string description = r.ReadString();
        int bits = r.ReadInt32();
        if (bits is < 10 or > 26) throw new InvalidDataException($"bad hash size 2^{bits}.");
        if (r.ReadInt32() != T) throw new InvalidDataException("tag set differs from PER/ORG/LOC IOB2.");
        var transitions = new float[(T + 1) * T];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
        var rows = new float[(1 << bits) * Stride];
        int count = r.ReadInt32();
        int bucket = 0;
        for (int i = 0; i < count; i++)
        {
            bucket += r.Read7BitEncodedInt();
            if ((uint)bucket >= (1u << bits)) throw new InvalidDataException("feature bucket out of range.");
            for (int t = 0; t < T; t++) rows[bucket * Stride + t] = (float)r.ReadHalf();
        }
        return new NerModel(bits, rows, transitions, description, featureVersion, padded: true);
    }
}
