using Warta.Core;

namespace Warta.Quotes;

/// <summary>
/// Adds <see cref="Document.Quotes"/>: direct quotations and reported speech, each with its speaker (name as
/// best resolved, canonical when the entity/coreference layers give one), the mention that names or refers
/// to the speaker (for a pronoun or -nya, that pronoun itself) and the cue word. Works from tokens and
/// sentences alone; uses entities when an earlier stage added them.
/// </summary>
public sealed class QuoteStage(IReadOnlyDictionary<string, QuoteLexicon> lexicons) : IStage
{
    public string Name => "quotes";
    public Layer Needs => Layer.Tokens | Layer.Sentences | Layer.Language;
    public Layer Adds => Layer.Quotes;

    public void Process(Document document)
    {
        // Unknown languages are read with the Indonesian lists: Warta's first language.
        if (!lexicons.TryGetValue(document.Language, out var lexicon) && !lexicons.TryGetValue("id", out lexicon)) return;
        var view = new TokenView(document, lexicon);
        var reader = new MentionReader(view);
        var candidates = new List<QuoteCandidate>();
        var usedCues = new HashSet<int>();
        new DirectQuoteFinder(view, reader).Find(candidates, usedCues);
        new ReportedSpeechFinder(view, reader).Find(candidates, usedCues);
        candidates = WithoutNestedDirect(candidates);
        candidates.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));

        var resolver = new SpeakerResolver(view, reader);
        var quotes = new List<Quote>(candidates.Count);
        foreach (var c in candidates)
        {
            var (speaker, speakerStart, speakerEnd) = resolver.Resolve(c.Mention, c.Anchor);
            var cue = c.CueToken >= 0 ? document.Tokens[c.CueToken] : default;
            quotes.Add(new Quote(c.Start, c.End, c.Direct)
            {
                Speaker = speaker,
                SpeakerStart = speakerStart,
                SpeakerEnd = speakerEnd,
                SpeakerActor = ActorOf(document, speaker, speakerStart, speakerEnd, c.Anchor),
                Cue = c.CueToken >= 0 ? document.Text[cue.Start..cue.End] : "",
                CueStart = c.CueToken >= 0 ? cue.Start : null,
                CueEnd = c.CueToken >= 0 ? cue.End : null,
                Unmarked = c.Unmarked,
            });
        }
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        document.Quotes.AddRange(quotes);
    }

    /// <summary>The actor code of the speaker (for the event coder, which lets a subjectless act in a quote be
    /// the speaker's): the actor entity at the speaker's mention, else — for "katanya", "ujarnya", a title — the
    /// latest earlier actor entity the resolved name is written as; null without the actor layer.</summary>
    private static string? ActorOf(Document doc, string? name, int? start, int? end, int anchor)
    {
        if (start is int s0 && end is int e0)
            foreach (var e in doc.Entities)
                if (e.Actor is not null && e.Start < e0 && s0 < e.End) return e.Actor;
        if (name is null) return null;
        for (int i = doc.Entities.Count - 1; i >= 0; i--)
        {
            var e = doc.Entities[i];
            if (e.Actor is null || e.Start > anchor) continue;
            var text = doc.Text[e.Start..e.End];
            if (e.CanonicalName == name || text == name || e.Type == EntityType.PER && name.Contains(text, StringComparison.Ordinal)) return e.Actor;
        }
        return null;
    }

    /// <summary>A short quotation inside a reported statement ("… mereka “untuk melindungi …”") is part of it.</summary>
    private static List<QuoteCandidate> WithoutNestedDirect(List<QuoteCandidate> candidates) =>
        candidates.Where(c => !c.Direct || !candidates.Any(o => !o.Direct && o.Start <= c.Start && c.End <= o.End + 2)).ToList();
}
