namespace Warta.Quotes;

internal enum MentionKind
{
    /// <summary>A person's name as written ("Jens Stoltenberg", "Stoltenberg").</summary>
    Name,
    /// <summary>An organisation or country speaking ("KPK", "Polda Metro Jaya").</summary>
    Organization,
    /// <summary>ia, dia, beliau, the -nya of katanya / menurutnya: refers to a person named earlier.</summary>
    Pronoun,
    /// <summary>A title or noun phrase that refers back ("Sekjen NATO itu", "Politisi Partai Gerindra itu").</summary>
    Nominal,
    /// <summary>An unnamed speaker described by a phrase ("otoritas setempat", "seorang pejabat").</summary>
    Phrase,
}

/// <summary>The words in the text that name or refer to a speaker: character span and token range.</summary>
internal sealed record SpeakerMention(int Start, int End, MentionKind Kind, string Text);
