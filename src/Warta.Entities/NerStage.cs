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
        var spans = new List<TextSpan>();
        var tags = new List<int>();
        var found = new List<Entity>();
        foreach (var sentence in document.Sentences)
        {
            int n = sentence.TokenCount;
            if (n == 0) continue;
            var tokenSpans = new TextSpan[n];
            for (int i = 0; i < n; i++) tokenSpans[i] = document.Tokens[sentence.FirstToken + i].Span;
            var sentenceTags = new int[n];
            tagger.Tag(document.Text, tokenSpans, sentenceTags);
            foreach (var (start, end, type) in NerTags.Chunks(sentenceTags))
                found.Add(new Entity(tokenSpans[start].Start, tokenSpans[end - 1].End, type));
        }
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        document.Entities.AddRange(DocumentConsistency.Apply(document.Text, found));
    }
}
