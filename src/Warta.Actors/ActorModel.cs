using Warta.Core;

namespace Warta.Actors;

/// <summary>What kind of thing a dictionary name stands for; decides entity type and context rules.
/// <see cref="Region"/>: a province, city or district inside a country ("Bandung", "Papua"); its code is the country's.
/// <see cref="Company"/>: a business, coded by its home country wherever it operates ("Google Indonesia" → USABUS).
/// <see cref="Mission"/>: an embassy or consulate ("KBRI"): its country's government, abroad.</summary>
public enum ActorKind : byte { Country, Capital, Seat, Igo, Group, Institution, Party, Person, Title, Agent, Region, Company, Mission }

/// <summary>
/// A named actor that is not a person. For a <see cref="ActorKind.Capital"/> <see cref="Code"/> is the
/// country (the agent reading adds GOV); for a <see cref="ActorKind.Seat"/> it is the agent code
/// (the place reading keeps its first three letters, the country).
/// </summary>
public sealed record NamedActor(string Code, ActorKind Kind, string Canonical)
{
    /// <summary>A home institution whose written-out name only says what it does ("Kementerian Dalam Negeri"):
    /// every country has one, so in an article about another country it is that country's (see
    /// <see cref="ActorResolver"/>), and it never makes the article's country. Its acronyms ("Kemendagri") stay home.</summary>
    public bool NamedByFunction { get; init; }

    /// <summary>True when the mention is the written-out name of an institution named by its function: several
    /// words, not a one-word acronym.</summary>
    public bool IsGenericMention(NameMatch match) => NamedByFunction && match.Count > 1;
}

/// <summary>A period in which a person held a role (<see cref="Target"/> is a role id such as
/// <c>RUS.FM</c>) or simply acted as an actor code (<c>IDNPTY</c>). Both ends inclusive.</summary>
public sealed record RoleSpell(string Target, DateOnly From, DateOnly To)
{
    public bool Covers(DateOnly date) => date >= From && date <= To;
}

public sealed class Person(string canonical, string? nationality, IReadOnlyList<RoleSpell> spells)
{
    public string Canonical { get; } = canonical;
    /// <summary>The country code used when the person holds no role at the article's date.</summary>
    public string? Nationality { get; } = nationality;
    public IReadOnlyList<RoleSpell> Spells { get; } = spells;
    public override string ToString() => Canonical;
}

public sealed record RoleHolder(Person Person, DateOnly From, DateOnly To);

/// <summary>An office ("Sekjen NATO", "Menlu Rusia") with its actor code and who held it when.</summary>
public sealed class Role(string id, string code)
{
    public string Id { get; } = id;
    public string Code { get; } = code;
    public List<RoleHolder> Holders { get; } = [];

    public Person? HolderAt(DateOnly date)
    {
        // The latest start wins when spells touch (hand-over day).
        RoleHolder? best = null;
        foreach (var h in Holders)
            if (date >= h.From && date <= h.To && (best is null || h.From > best.From)) best = h;
        return best?.Person;
    }
}

/// <summary>A common noun for a kind of actor ("polisi", "troops"): its role code and entity type.
/// <see cref="CountryOnly"/>: with a country named beside it the mention is just that country
/// ("warga Rusia" → RUS), as CAMEO codes a country's people.</summary>
public sealed record GenericAgent(string Role, EntityType Type, bool CountryOnly);

/// <summary>What a dictionary name points to.</summary>
public abstract record NameTarget;
public sealed record ActorTarget(NamedActor Actor) : NameTarget;
public sealed record PersonTarget(Person Person) : NameTarget;
/// <summary>A title. <see cref="RoleId"/> starting with <c>~.</c> means the article's home country
/// ("Menlu" alone in an Indonesian article is Indonesia's foreign minister).</summary>
public sealed record TitleTarget(string RoleId) : NameTarget;
public sealed record AgentTarget(GenericAgent Agent) : NameTarget;
/// <summary>A name that contains an actor's name but is no actor ("Real Madrid", "Amerika Latin"): it
/// blocks the shorter match and yields nothing.</summary>
public sealed record DiscardTarget : NameTarget
{
    public static DiscardTarget Instance { get; } = new();
}
