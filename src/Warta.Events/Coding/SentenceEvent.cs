namespace Warta.Events.Coding;

/// <summary>An event found in one sentence, before dating and merging. <see cref="Source"/> is null when
/// the clause leaves the agent implicit ("pelaku ditangkap", "penangkapan itu", a quote's "kami"): the
/// event stage then looks for it in the article (the quote's speaker, an earlier mention of the same
/// event) and drops the event when it finds none.</summary>
public sealed record SentenceEvent(
    string Code, ActorMention? Source, ActorMention? Target, int TriggerFirst, int TriggerLast, bool Negated)
{
    /// <summary>A word like "tudingan itu" / "the accusation" standing for an earlier event, used to find
    /// the target of a denial or rejection when the clause names none.</summary>
    public int? AnaphorWord { get; init; }

    /// <summary>An active predicate whose subject is not in the clause (in a quote: the speaker).</summary>
    public bool SubjectMissing { get; init; }

    /// <summary>The missing subject is a first-person pronoun ("Saya minta …", "Kami koordinasi …"): only the speaker of the
    /// quote holding it, direct or not, can be its source.</summary>
    public bool FirstPerson { get; init; }

    /// <summary>The trigger is a noun ("penangkapan", "pertempuran").</summary>
    public bool Nominal { get; init; }

    /// <summary>The source can only be the speaker of the quotation holding the trigger.</summary>
    public bool SpeakerOnly { get; init; }

    /// <summary>The sides act on each other ("pertempuran antara A dan B", "saling", "A dan B bentrok").</summary>
    public bool Mutual { get; init; }

    /// <summary>A word in the object naming an earlier act with a demonstrative ("menuntut penjelasan
    /// pelarangan tersebut"): whoever did that act is the target when the clause names none.</summary>
    public int? ReferredAct { get; init; }

    /// <summary>The target was named as the victims of the act ("X tewas dalam serangan itu"): the act's doer
    /// is whoever did the article's latest act of violence of the same kind, whatever its target was.</summary>
    public bool Victims { get; init; }

    /// <summary>An event noun with no actor of its own, named again with a demonstrative ("pembunuhan tersebut", "insiden
    /// penembakan itu"): it stands for the article's latest earlier act of its kind, whose actors it takes.</summary>
    public bool Recalled { get; init; }

    /// <summary>The pattern's target column is "none" ("yakin", "optimistis"): no target from anywhere else either.</summary>
    public bool NoTarget { get; init; }

    /// <summary>An appeal whose clause of purpose asks no actor ("meminta agar semua persyaratan dipenuhi"): <see cref="NoTarget"/>
    /// keeps bystanders out, but an authority's appeal to the public ("mengimbau agar pemudik …") still has one
    /// (<see cref="Discourse.ImpliedTargets"/>).</summary>
    public bool UnnamedAddressee { get; init; }

    /// <summary>The pattern's object is a topic ("membahas isu Afghanistan", <see cref="Patterns.EventPattern.TopicObject"/>):
    /// an actor after the trigger is what was talked about, not a partner (a partner is named with a preposition,
    /// "membahas … dengan Rusia"), so a fallback target is looked for only before the trigger ("menemui Airlangga untuk
    /// membicarakan …").</summary>
    public bool TopicObject { get; init; }

    /// <summary>This event is of the same CAMEO root as <paramref name="other"/> and its trigger words hold other's first one.</summary>
    public bool Covers(SentenceEvent other) =>
        Code.AsSpan(0, 2).SequenceEqual(other.Code.AsSpan(0, 2)) && other.TriggerFirst >= TriggerFirst && other.TriggerFirst <= TriggerLast;
}
