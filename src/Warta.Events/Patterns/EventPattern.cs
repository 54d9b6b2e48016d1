namespace Warta.Events.Patterns;

/// <summary>How a trigger's arguments are found (see data/events/FORMAT.md).</summary>
public enum TriggerKind : byte
{
    /// <summary>Transitive verb: subject = source, object = target; passive swaps them.</summary>
    Verb,
    /// <summary>Intransitive verb: subject = source, target only in a phrase with a target preposition.</summary>
    Intransitive,
    /// <summary>Nominalization: source from "oleh X"/possessor/light-verb subject, target from its complement.</summary>
    Noun,
    /// <summary>Reporting verb: coded only when nothing more specific is found in the sentence.</summary>
    Say,
}

/// <summary>One line of a pattern dictionary: a trigger (one or more words, lower case) with the CAMEO
/// code it stands for, an optional required object and the prepositions that mark its target.</summary>
public sealed record EventPattern(
    string Code,
    TriggerKind Kind,
    IReadOnlyList<string> Trigger,
    IReadOnlyList<string[]> Objects,
    IReadOnlyList<string[]> ExcludedObjects,
    IReadOnlyList<string> TargetPrepositions,
    bool NoTarget,
    string SourceFile,
    int Line)
{
    public bool HasObjectConstraint => Objects.Count > 0;

    /// <summary>The target column starts with "+": without a target found in its clause the trigger is no event.</summary>
    public bool RequiresTarget { get; init; }

    /// <summary>The target column starts with "&lt;": the act goes the other way — the actor in one of the phrases is its
    /// source and the subject its target ("won recognition from Kenya", "received support from the EU").</summary>
    public bool Reversed { get; init; }

    /// <summary>Kind "topic": an intransitive pattern whose direct object is what is talked about ("membahas isu
    /// Afghanistan"): an actor named after the trigger belongs to the topic and is never taken as a fallback target.</summary>
    public bool TopicObject { get; init; }

    /// <summary>Kind "verb-active": the verb is an act only in its active voice; its passive reads as background
    /// ("X diusung partai Y", a candidate's standing, while "Y mengusung X" is the nomination), so passive matches
    /// are no event.</summary>
    public bool ActiveOnly { get; init; }
    public override string ToString() => $"{Path.GetFileName(SourceFile)}:{Line} {string.Join(' ', Trigger)} → {Code}";
}
