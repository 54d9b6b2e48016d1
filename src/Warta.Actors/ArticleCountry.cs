namespace Warta.Actors;

/// <summary>
/// The country an article is about, for generic agents and bare titles that name none ("polisi",
/// "the minister"): the country mentioned most (countries, capitals, provinces and cities, and the
/// country part of institutions, people's roles and titles), a foreign dateline ("KUWAIT –") counting
/// <see cref="DatelineWeight"/> mentions and a home one ("Jakarta, CNN Indonesia –", the desk) one; on a tie
/// the one mentioned first.
/// </summary>
public static class ArticleCountry
{
    /// <summary>A dateline says where the reporter is; worth a few mentions, not more.</summary>
    public const int DatelineWeight = 2;

    /// <summary>How far into the text a dateline may start (title and first paragraph).</summary>
    private const int DatelineReach = 400;

    /// <summary>Mentions per country code, in order of first mention.</summary>
    public static List<(string Code, int Count)> Count(ActorScan scan)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var m in scan.Matches)
        {
            var code = CountryOfMention(m, scan);
            if (code is null || IsOriginOfPeople(m, scan)) continue;
            // A dateline in the home country ("Jakarta, CNN Indonesia –") is where the desk is, even for foreign
            // news: a plain mention.
            int weight = !IsDateline(m, scan) || code == scan.Cues.Home ? 1 : DatelineWeight;
            if (!counts.TryGetValue(code, out var c)) order.Add(code);
            counts[code] = c + weight;
        }
        return order.Select(code => (code, counts[code])).ToList();
    }

    /// <summary>
    /// The most-mentioned country; in a text of a language with a home country (Indonesian: IDN), the
    /// home country unless a foreign one is mentioned more often. Null when no country is mentioned and
    /// the language has no home country.
    /// </summary>
    public static string? Dominant(ActorScan scan)
    {
        var counts = Count(scan);
        string? home = scan.Cues.Home == LanguageCues.UnknownCountry ? null : scan.Cues.Home;
        int homeCount = home is null ? 0 : counts.Where(c => c.Code == home).Sum(c => c.Count);
        (string Code, int Count)? best = null;
        foreach (var c in counts)
            if (best is null || c.Count > best.Value.Count) best = c;
        if (best is null) return home;
        if (home is not null && best.Value.Code != home && best.Value.Count <= homeCount) return home;
        return best.Value.Code;
    }

    /// <summary>The most-mentioned country when no other is mentioned as often (no tie), else null.</summary>
    public static string? Unambiguous(ActorScan scan)
    {
        var counts = Count(scan);
        if (counts.Count == 0) return null;
        int max = counts.Max(c => c.Count);
        return counts.Count(c => c.Count == max) == 1 ? counts.First(c => c.Count == max).Code : null;
    }

    /// <summary>Roles of people named by where they come from ("pengungsi Burundi", "warga Korut").</summary>
    private static readonly HashSet<string> PeopleRoles = new(StringComparer.Ordinal) { "REF", "CVL" };

    /// <summary>"pengungsi [Burundi]", "warga [Korut]": the country people come from says who they are, not
    /// where the story happens (refugees shot in Congo are news about Congo).</summary>
    private static bool IsOriginOfPeople(NameMatch m, ActorScan scan) =>
        m.First > 0 && !scan.Words[m.First].GapBefore && scan.MatchEndingAt(m.First) is { } before &&
        ActorResolver.Preferred(before.Targets) is AgentTarget { Agent: { CountryOnly: false } agent } && PeopleRoles.Contains(agent.Role);

    /// <summary>The country a dictionary mention belongs to, or null (international organisations, common nouns).</summary>
    public static string? CountryOfMention(NameMatch m, ActorScan scan)
    {
        var target = ActorResolver.Preferred(m.Targets);
        string? code = target switch
        {
            // An embassy ("KBRI New York") says the story is abroad, not at home.
            // "Kementerian Dalam Negeri" exists in every country: it cannot say which one the story is about.
            // A company is coded by its home country wherever it operates ("Instagram", "Honda" in Indonesian news).
            ActorTarget { Actor: var a } => a.Kind is ActorKind.Igo or ActorKind.Mission or ActorKind.Company || a.IsGenericMention(m) ? null : a.Code,
            PersonTarget { Person: var p } => scan.Dictionary.CodeOf(p, scan.Date),
            TitleTarget t when !t.RoleId.StartsWith("~.", StringComparison.Ordinal) => scan.Dictionary.RoleFor(t.RoleId, LanguageCues.UnknownCountry).Code,
            _ => null,
        };
        if (code is null || code.Length < 3) return null;
        var country = code[..3];
        return scan.Dictionary.Countries.ContainsKey(country) ? country : null;
    }

    /// <summary>A place at the start of a line near the top, followed by a dash, a comma or a bracket:
    /// "KUWAIT – …", "Jakarta, CNN Indonesia – …", "Tokyo (ANTARA) – …".</summary>
    private static bool IsDateline(NameMatch m, ActorScan scan) =>
        ActorResolver.Preferred(m.Targets) is ActorTarget { Actor.Kind: ActorKind.Country or ActorKind.Capital or ActorKind.Region } &&
        IsDateline(scan.Document.Text, scan.Words[m.First].Start, scan.Words[m.End - 1].End);

    /// <summary>How far after the place the dash of a dateline may come ("Jakarta, CNN Indonesia --").</summary>
    private const int DatelineTail = 40;

    /// <summary>True when text[start..end) opens a line near the top and a dateline dash follows within a few
    /// words, with no sentence end before it.</summary>
    public static bool IsDateline(string text, int start, int end)
    {
        if (start > DatelineReach || (start > 0 && text[start - 1] != '\n')) return false;
        for (int i = end; i < Math.Min(text.Length, end + DatelineTail); i++)
        {
            char c = text[i];
            if (c is '-' or '\u2013' or '\u2014') return i == end || text[i - 1] == ' ' || text[i - 1] == ')';
            if (c is '.' or '\n' or '"' or '\u201C') return false;
        }
        return false;
    }
}
