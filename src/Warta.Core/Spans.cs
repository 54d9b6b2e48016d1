namespace Warta.Core;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units in <see cref="Document.Text"/>.
/// Every layer of a document is made of spans: text is stored once, never copied.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;
    public override string ToString() => $"[{Start},{End})";
}

public enum TokenKind : byte { Word, Number, Punctuation, Symbol }

/// <summary>Clitics are annotated on the token that carries them, never cut out of the text.</summary>
[Flags]
public enum Clitic : byte
{
    None = 0,
    Nya = 1,      // -nya: possessive / third person ("menurutnya", "katanya")
    Lah = 2,      // -lah: emphasis
    Kah = 4,      // -kah: question
    Ku = 8,       // ku-: first person agent ("kubaca")
    Kau = 16,     // kau-: second person agent
    Mu = 32,      // -mu
    Pun = 64,     // -pun
}

/// <summary>A token. <see cref="CliticSuffixLength"/> / <see cref="CliticPrefixLength"/> say how many
/// characters at the token's ends belong to a clitic, so the stem is [Start+prefix, End-suffix).</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, Clitic Clitics = Clitic.None,
    byte CliticPrefixLength = 0, byte CliticSuffixLength = 0)
{
    public TextSpan Span => new(Start, End);
    public TextSpan Stem => new(Start + CliticPrefixLength, End - CliticSuffixLength);
}

/// <summary>A sentence: its span and the half-open range of token indices it covers.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);
    public int EndToken => FirstToken + TokenCount;
}

public enum EntityType : byte { PER, ORG, LOC, MISC }

/// <summary>A named or titled mention. <see cref="Chain"/> groups mentions of one referent in the article.</summary>
public sealed record Entity(int Start, int End, EntityType Type)
{
    public string? Actor { get; set; }
    public string? CanonicalName { get; set; }
    public int Chain { get; set; } = -1;
    /// <summary>True for a mention that only refers (a title, "aliansi itu"), not a name.</summary>
    public bool IsNominal { get; init; }
    public TextSpan Span => new(Start, End);
}

public enum TimeType : byte { DATE, TIME, DURATION, SET }

public sealed record TimeExpression(int Start, int End, TimeType Type, string Value)
{
    /// <summary>UTC offset of a clock time written with a zone ("14.30 WIB" → "+07:00"); the value stays local time.</summary>
    public string? Zone { get; init; }
    public TextSpan Span => new(Start, End);
}

public sealed record Quote(int Start, int End, bool Direct)
{
    public string? Speaker { get; init; }
    public int? SpeakerStart { get; init; }
    public int? SpeakerEnd { get; init; }
    public string? SpeakerActor { get; init; }
    public string Cue { get; init; } = "";
    public int? CueStart { get; init; }
    public int? CueEnd { get; init; }
    /// <summary>A direct quote whose opening mark is missing or lies paragraphs before its closing one: its extent is read
    /// back from the cue, so only what its words say is the speaker's own (a first-person subject) is taken as the
    /// speaker's. Not part of the output.</summary>
    public bool Unmarked { get; init; }
    public TextSpan Span => new(Start, End);
}

public sealed record EventRecord(string Source, string? Target, string Code)
{
    public string Root => Code.Length >= 2 ? Code[..2] : Code;
    public int QuadClass { get; init; }
    public double Goldstein { get; init; }
    public string Plover { get; init; } = "";
    public string? Date { get; init; }
    public int Sentence { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public string Trigger { get; init; } = "";
    public int TriggerStart { get; init; }
    public int TriggerEnd { get; init; }
    public bool Negated { get; init; }
    public int Mentions { get; init; } = 1;
}
