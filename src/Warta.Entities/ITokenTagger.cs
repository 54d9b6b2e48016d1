using Warta.Core;

namespace Warta.Entities;

/// <summary>Assigns IOB2 tag indices (<see cref="NerTags"/>) to the tokens of one sentence.</summary>
public interface ITokenTagger
{
    void Tag(string text, ReadOnlySpan<TextSpan> tokens, Span<int> tags);
}

public static class TokenTaggerExtensions
{
    /// <summary>Tags a sentence given as separate token strings (CoNLL input): they are laid out in one
    /// text with single spaces, so taggers see the same spans as in a document.</summary>
    public static int[] Tag(this ITokenTagger tagger, IReadOnlyList<string> tokens)
    {
        var (text, spans) = Layout(tokens);
        var tags = new int[tokens.Count];
        tagger.Tag(text, spans, tags);
        return tags;
    }

    public static (string Text, TextSpan[] Spans) Layout(IReadOnlyList<string> tokens)
    {
        var sb = new System.Text.StringBuilder();
        var spans = new TextSpan[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            spans[i] = new TextSpan(sb.Length, sb.Length + tokens[i].Length);
            sb.Append(tokens[i]);
        }
        return (sb.ToString(), spans);
    }
}

/// <summary>The trained tagger: <see cref="NerFeatures"/> scored by a <see cref="NerModel"/>.</summary>
public sealed class PerceptronTagger(NerFeatures features, NerModel model) : ITokenTagger
{
    public NerFeatures Features { get; } = features.Bits == model.Bits ? features
        : throw new ArgumentException($"Features hash into 2^{features.Bits} buckets but the model has 2^{model.Bits}.", nameof(features));
    public NerModel Model { get; } = model;

    public void Tag(string text, ReadOnlySpan<TextSpan> tokens, Span<int> tags)
    {
        int size = tokens.Length * NerFeatures.PerToken;
        int[] buffer = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(size, 1));
        try
        {
            Features.Extract(text, tokens, buffer.AsSpan(0, size));
            Model.Decode(buffer.AsSpan(0, size), NerFeatures.PerToken, tokens.Length, tags);
            NerTags.TrimPunctuation(text, tokens, tags);
        }
        finally { System.Buffers.ArrayPool<int>.Shared.Return(buffer); }
    }
}
