using Warta.Core;

namespace Warta.Entities;

/// <summary>
/// Tags each sentence's tokens with IOB2 tags and adds the resulting PER/ORG/LOC entities, sorted by start.
/// Indonesian documents use the trained tagger, English ones the English tagger; documents in another
/// language go to the Indonesian tagger (Warta's input is Indonesian first, and its features rely on
/// capitalization and context more than on vocabulary). A person's name keeps one type across the
/// document (<see cref="DocumentConsistency"/>).
/// </summary>
public sealed class NerStage(ITokenTagger indonesian, ITokenTagger english) : IStage
{
    public string Name => "ner";
    public Layer Needs => Layer.Tokens | Layer.Sentences | Layer.Language;
    public Layer Adds => Layer.Entities;

    public void Process(Document document)
    {
        var tagger = document.Language == "en" ? english : indonesian;
        var found = new List<Entity>();
        // one pair of buffers for the document's sentences, sized for the longest (taggers read only the first n)
        int longest = 0;
        foreach (var sentence in document.Sentences) longest = Math.Max(longest, sentence.TokenCount);
        var tokenSpans = System.Buffers.ArrayPool<TextSpan>.Shared.Rent(Math.Max(longest, 1));
        var sentenceTags = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(longest, 1));
        try
        {
            foreach (var sentence in document.Sentences)
            {
                int n = sentence.TokenCount;
                if (n == 0) continue;
                for (int i = 0; i < n; i++) tokenSpans[i] = document.Tokens[sentence.FirstToken + i].Span;
                var tags = sentenceTags.AsSpan(0, n);
                tags.Clear();
                tagger.Tag(document.Text, tokenSpans.AsSpan(0, n), tags);
                foreach (var (start, end, type) in NerTags.Chunks(tags))
                    found.Add(new Entity(tokenSpans[start].Start, tokenSpans[end - 1].End, type));
            }
        }
        finally
        {
            System.Buffers.ArrayPool<TextSpan>.Shared.Return(tokenSpans);
            System.Buffers.ArrayPool<int>.Shared.Return(sentenceTags);
        }
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        document.Entities.AddRange(DocumentConsistency.Apply(document.Text, found));
    }
}
