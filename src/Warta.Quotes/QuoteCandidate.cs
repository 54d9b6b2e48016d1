namespace Warta.Quotes;

/// <summary>A statement found in the text, before its speaker is resolved.</summary>
internal sealed record QuoteCandidate(int Start, int End, bool Direct, SpeakerMention? Mention, int CueToken)
{
    /// <summary>A direct quote whose extent was read back from a closing mark (<see cref="Quote.Unmarked"/>).</summary>
    public bool Unmarked { get; init; }

    /// <summary>Where the candidate sits in reading order: speakers are resolved in this order.</summary>
    public int Anchor => Mention is null ? Start : Math.Min(Start, Mention.Start);
}
