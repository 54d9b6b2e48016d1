namespace Warta.Actors;

/// <summary>
/// Everything the actor stages know, loaded once from <c>data/actors</c> (see <see cref="ActorDictionaryLoader"/>)
/// and passed to the stages: names to look up, roles with their holders over time, and per-language cues.
/// </summary>
public sealed class ActorDictionary
{
    public required NameIndex Names { get; init; }
    public required IReadOnlyDictionary<string, Role> Roles { get; init; }
    /// <summary>Role kind of a country template (<c>FM</c>) → its role code suffix (<c>GOV</c>).</summary>
    public required IReadOnlyDictionary<string, string> TemplateSuffixes { get; init; }
    public required IReadOnlyDictionary<string, NamedActor> Countries { get; init; }
    public required IReadOnlyDictionary<string, LanguageCues> Cues { get; init; }
    /// <summary>The reference date for articles without a publication date: the latest date at which any
    /// role in the dictionary starts, so "Presiden AS" means the most recent holder the dictionary knows.</summary>
    public required DateOnly LatestDate { get; init; }
    /// <summary>Peoples (<c>peoples-en.tsv</c>): a plural word for the people of a country, folded ("haitians", "south
    /// africans") → its country code. Acting alone it is the country's civilians (cue <c>people-role</c>).</summary>
    public IReadOnlyDictionary<string, string> Peoples { get; init; } = new Dictionary<string, string>();

    /// <summary>Cues for a language; languages without their own file use English's (names are names).</summary>
    public LanguageCues CuesFor(string language) =>
        Cues.TryGetValue(language, out var c) ? c : Cues.TryGetValue("en", out var en) ? en : new LanguageCues();

    /// <summary>
    /// Cues for a document's language. When the language was not identified (a short text gives the
    /// identifier too little), the language whose cue words the text uses most is taken; on a tie, the
    /// one with the lower <see cref="LanguageCues.Rank"/> (Indonesian first).
    /// </summary>
    public LanguageCues CuesFor(string language, IReadOnlyList<Word> words)
    {
        if (Cues.TryGetValue(language, out var known)) return known;
        LanguageCues? best = null;
        int bestScore = -1;
        foreach (var cues in Cues.Values.OrderBy(c => c.Rank))
        {
            int score = words.Count(cues.IsCueWord);
            if (score > bestScore) (best, bestScore) = (cues, score);
        }
        return best ?? CuesFor(language);
    }

    /// <summary>The role a title stands for, with <c>~</c> replaced by the home country; null when unknown.</summary>
    public (string Code, Role? Role) RoleFor(string roleId, string home)
    {
        if (roleId.StartsWith("~.", StringComparison.Ordinal))
        {
            var kind = roleId[2..];
            var id = home + "." + kind;
            if (Roles.TryGetValue(id, out var homeRole)) return (homeRole.Code, homeRole);
            return (home + (TemplateSuffixes.TryGetValue(kind, out var suffix) ? suffix : ""), null);
        }
        return Roles.TryGetValue(roleId, out var role) ? (role.Code, role) : (roleId, null);
    }

    /// <summary>The actor code of a person at a date: the role held then, else their nationality.</summary>
    public string? CodeOf(Person person, DateOnly date)
    {
        foreach (var spell in person.Spells)
            if (spell.Covers(date))
                return Roles.TryGetValue(spell.Target, out var role) ? role.Code : spell.Target;
        return person.Nationality;
    }
}
