namespace Warta.Core;

/// <summary>
/// One article and everything Warta learns about it. <see cref="Text"/> is normalized once, when the
/// document is made; every layer after that is spans into it. Stages fill the layers in pipeline order,
/// and <see cref="Layers"/> records which ones are present so the pipeline can check its order.
/// </summary>
public sealed class Document
{
    public Document(string text, string source, string? id = null)
    {
        Text = text;
        Source = source;
        Id = id ?? ContentHash.Of(text);
        Layers = Layer.Text;
    }

    /// <summary>Stable id: the input's own id, else a hash of the text.</summary>
    public string Id { get; }
    /// <summary>Where the article came from: a path, a URL or <c>stdin:N</c>.</summary>
    public string Source { get; }
    /// <summary>Normalized text: title + "\n\n" + paragraphs joined by "\n\n". All offsets refer to it.</summary>
    public string Text { get; }
    public string? Url { get; init; }

    /// <summary>The title line, or null when the input had none.</summary>
    public TextSpan? Title { get; init; }
    /// <summary>Body paragraphs (the title is not one of them).</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; init; } = [];

    public DateOnly? Published { get; set; }
    /// <summary>True when <see cref="Published"/> was inferred from the text rather than given.</summary>
    public bool PublishedInferred { get; set; }
    /// <summary>A language the input declared (JSONL <c>lang</c>, <c>--lang</c>); null to detect it.</summary>
    public string? DeclaredLanguage { get; init; }
    /// <summary><c>id</c>, <c>en</c> or <c>other</c>.</summary>
    public string Language { get; set; } = "other";

    public List<Token> Tokens { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    public List<Entity> Entities { get; } = [];
    public List<TimeExpression> Times { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<EventRecord> Events { get; } = [];

    public Layer Layers { get; private set; }
    public void MarkAdded(Layer layers) => Layers |= layers;
    public bool Has(Layer layers) => (Layers & layers) == layers;

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);
    public ReadOnlySpan<char> Slice(int start, int end) => Text.AsSpan(start, end - start);
    public string TitleText => Title is { } t ? this[t] : "";

    /// <summary>A value computed from the document once and then shared by every stage that asks with the same
    /// <paramref name="key"/> (the actor stages' word scan of <see cref="Text"/>): only for values that depend on what
    /// no stage changes (the text, the language, loaded data), and to be treated as read-only by whoever gets it.</summary>
    public T Derived<T>(object key, Func<Document, T> make) where T : class
    {
        _derived ??= [];
        if (_derived.TryGetValue(key, out var known)) return (T)known;
        var made = make(this);
        _derived[key] = made;
        return made;
    }

    private Dictionary<object, object>? _derived;

    /// <summary>Index of the sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

/// <summary>The layers a stage can need or add. The pipeline checks them before running anything.</summary>
[Flags]
public enum Layer
{
    None = 0,
    Text = 1,
    Language = 2,
    Tokens = 4,
    Sentences = 8,
    Entities = 16,
    Actors = 32,
    Coreference = 64,
    Times = 128,
    Published = 256,
    Quotes = 512,
    Events = 1024,
}
