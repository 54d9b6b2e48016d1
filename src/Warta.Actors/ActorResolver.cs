using Warta.Core;

namespace Warta.Actors;

/// <summary>What one mention resolves to.</summary>
public readonly record struct ActorResolution(string? Code, string? Canonical, EntityType Type, ActorKind Kind)
{
    /// <summary>Titles and common nouns refer without naming.</summary>
    public bool IsNominal => Kind is ActorKind.Title or ActorKind.Agent;
}

/// <summary>
/// Turns a dictionary match into an actor code and canonical name, using the article date for roles and
/// the words around the mention for metonyms and generic agents.
/// </summary>
public static class ActorResolver
{
    public static ActorResolution Resolve(NameTarget target, NameMatch match, ActorScan scan) => target switch
    {
        ActorTarget { Actor: var a } => ResolveNamed(a, match, scan),
        PersonTarget { Person: var p } => new(scan.PersonCode(p, match.First), p.Canonical, EntityType.PER, ActorKind.Person),
        TitleTarget t => ResolveTitle(t, scan),
        AgentTarget { Agent: var g } => ResolveAgent(g, match, scan),
        _ => default,
    };

    /// <summary>The target to use when a name has several: people, then titles, then the rest, in data order.</summary>
    public static NameTarget Preferred(IReadOnlyList<NameTarget> targets) =>
        targets.FirstOrDefault(t => t is DiscardTarget) ?? targets.FirstOrDefault(t => t is PersonTarget) ?? targets.FirstOrDefault(t => t is TitleTarget) ?? targets[0];

    public static ActorResolution ResolveTitle(TitleTarget title, ActorScan scan)
    {
        // A bare title ("the minister") in an article that names no country gets no code at all.
        if (title.RoleId.StartsWith("~.", StringComparison.Ordinal) && scan.TitleCountry is null)
            return new(null, null, EntityType.PER, ActorKind.Title);
        var (code, role) = scan.Dictionary.RoleFor(title.RoleId, scan.TitleCountry ?? LanguageCues.UnknownCountry);
        return new(code, role?.HolderAt(scan.Date)?.Canonical, EntityType.PER, ActorKind.Title);
    }

    private static ActorResolution ResolveNamed(NamedActor a, NameMatch match, ActorScan scan)
    {
        switch (a.Kind)
        {
            case ActorKind.Country or ActorKind.Region when PeopleCode(a, match, scan) is { } people:
                // "Haitians fled": a people acting alone is the country's civilians.
                return new(people, a.Canonical, EntityType.LOC, a.Kind);
            case ActorKind.Country:
                // "pihak Somalia": the country's side in a dispute is its government.
                return new(IsAfterGovernmentCue(match, scan) ? a.Code + "GOV" : a.Code, a.Canonical, EntityType.LOC, a.Kind);
            case ActorKind.Capital:
                // A capital names its government when it acts ("Moskow membantah"), its country when it is a place.
                // "lashed out at Brussels": a capital that stands for an IGO seated there is that IGO when it acts (cue capital-igo).
                return new(!IsAgentUse(match, scan) ? a.Code : CapitalIgo(match, scan) ?? a.Code + "GOV", a.Canonical, EntityType.LOC, a.Kind);
            case ActorKind.Region:
                return new(a.Code, a.Canonical, EntityType.LOC, a.Kind);
            case ActorKind.Institution when ForeignCounterpart(a, match, scan) is { } code:
                // "Kementerian Luar Negeri Korea Selatan": the Indonesian institution's name with another
                // country after it is that country's institution.
                return new(code, null, EntityType.ORG, a.Kind);
            case ActorKind.Institution when a.IsGenericMention(match) && scan.MainCountry is { } main && main != a.Code[..3] &&
                                            scan.Dictionary.Countries.ContainsKey(main) &&
                                            AgentCountry.PlaceCode(scan.MatchStartingAt(match.End)) is null:
                // "Pejabat Kementerian Dalam Negeri Josue Boji" in an article about Congo: Congo's ministry.
                return new(main + a.Code[3..], null, EntityType.ORG, a.Kind);
            case ActorKind.Seat:
                // A seat of power names its institution unless it is plainly a place ("di Kremlin").
                return new(IsPlaceUse(match, scan) ? a.Code[..3] : a.Code, a.Canonical, EntityType.ORG, a.Kind);
            default:
                return new(a.Code, a.Canonical, EntityType.ORG, a.Kind);
        }
    }

    /// <summary>The code of a people named by the whole match ("Haitians", "South Africans"): its country + the language's
    /// people role, or null.</summary>
    private static string? PeopleCode(NamedActor country, NameMatch match, ActorScan scan)
    {
        if (scan.Cues.PeopleRole is not { } role || scan.Dictionary.Peoples.Count == 0) return null;
        var key = match.Count == 1 ? scan.Words[match.First].Key : string.Join(' ', scan.Words.Skip(match.First).Take(match.Count).Select(w => w.Key));
        return scan.Dictionary.Peoples.TryGetValue(key, out var code) && code == country.Code ? code + role : null;
    }

    private const string UnidentifiedArmedForce = "UAF";

    private static ActorResolution ResolveAgent(GenericAgent g, NameMatch match, ActorScan scan)
    {
        // "warga Rusia" with country-only agents is the country itself; otherwise country + role.
        if (g.CountryOnly && AgentCountry.Beside(match, scan) is { } beside)
            return new(beside, null, g.Type, ActorKind.Agent);
        // "Malian troops and foreign mercenaries": a foreign agent is not of the country around it (cue countryless-before)
        if (match.First > 0 && !scan.Words[match.First].GapBefore && scan.Cues.CountrylessBefore.Contains(scan.Words[match.First - 1].Key))
            return new(null, null, g.Type, ActorKind.Agent);
        var country = AgentCountry.Of(g, match, scan);
        var role = AgentBackReference.RoleOf(match, scan) ?? g.Role;
        // English: "Gunmen boarded a tanker in the Gulf of Guinea" — attackers nobody identifies are coded by role alone
        // (CAMEO's bare UAF, as the English gold sets write it) when no country is in sight; other roles need a country.
        if (country is null && role == UnidentifiedArmedForce && scan.Cues.Language == "en")
            return new(role, null, g.Type, ActorKind.Agent);
        return new(country is null ? null : country + role, null, g.Type, ActorKind.Agent);
    }

    /// <summary>The code of a country's institution written with another country's name right after it.</summary>
    private static string? ForeignCounterpart(NamedActor institution, NameMatch match, ActorScan scan)
    {
        if (institution.Code.Length < 3 || !scan.Dictionary.Countries.ContainsKey(institution.Code[..3])) return null;
        // "Peru's Congress", "the Peruvian Congress": another country's name right before it
        if (match.First > 0 && !scan.Words[match.First].GapBefore && ActorScan.CountryOf(scan.MatchEndingAt(match.First))?.Code is { } before &&
            before != institution.Code[..3])
            return before + institution.Code[3..];
        if (match.End >= scan.Words.Count || scan.Words[match.End].GapBefore) return null;
        var next = scan.MatchStartingAt(match.End);
        var country = ActorScan.CountryOf(next)?.Code;
        return country is null || country == institution.Code[..3] ? null : country + institution.Code[3..];
    }

    private static bool IsAfterGovernmentCue(NameMatch match, ActorScan scan) =>
        match.First > 0 && !scan.Words[match.First].GapBefore && scan.Cues.GovernmentBefore.Contains(scan.Words[match.First - 1].Key);

    /// <summary>Agent use: after an agent cue ("pihak"), or followed (past adverbs, and past a coordinated
    /// capital: "Seoul dan Washington menegaskan") by a verb.</summary>
    public static bool IsAgentUse(NameMatch match, ActorScan scan)
    {
        var cues = scan.Cues;
        // "at Maputo's request": the possessive's apostrophe follows the name's last word
        if (cues.CapitalPossessorAgent && scan.Words[match.End - 1].End is var last && last + 1 < scan.Document.Text.Length &&
            scan.Document.Text[last] is '\'' or '\u2019' && scan.Document.Text[last + 1] is 's' or 'S')
            return true;
        if (match.First > 0 && !scan.Words[match.First].GapBefore)
        {
            var before = scan.Words[match.First - 1].Key;
            if (cues.PlaceAfterVerb.Contains(before)) return !IsPlaceAfterPreposition(match.First - 1, scan);
            // "lashed out at Brussels", "a swipe at Beijing": criticism aimed at a capital is aimed at its government (cue aimed-at)
            if (match.First > 1 && !scan.Words[match.First - 1].GapBefore && cues.AimedAt.Count > 0 &&
                cues.AimedAt.Contains(scan.Words[match.First - 2].Key + " " + before))
                return true;
            if (cues.PlaceBefore.Contains(before)) return false;
            if (cues.AgentBefore.Contains(before)) return true;
            // "talks between Kinshasa and the M23 rebels": a capital paired with an actor that is no place is a side (cue
            // sides-before); "the motorway between Islamabad and Lahore" pairs two places
            if (cues.SidesBefore.Contains(before) && PairedWithActor(match, scan)) return true;
            // "Washington accused Moscow of …", "urged Seoul to …": the object of a verb is its government (cue capital-object-agent)
            if (cues.CapitalObjectAgent && cues.IsVerbLike(scan.Words[match.First - 1])) return true;
        }
        int start = match.End;
        if (start + 1 < scan.Words.Count && !scan.Words[start].GapBefore && cues.Coordinators.Contains(scan.Words[start].Key) &&
            !scan.Words[start + 1].GapBefore && scan.MatchStartingAt(start + 1) is { } other &&
            ActorResolver.Preferred(other.Targets) is ActorTarget { Actor.Kind: ActorKind.Capital })
            start = other.End;
        for (int i = start, seen = 0; i < scan.Words.Count && seen < 4; i++, seen++)
        {
            var w = scan.Words[i];
            // Punctuation right after the name ("Moskow, Rusia") ends the clause: no verb test.
            if (w.GapBefore && i == start) return false;
            if (cues.Modals.Contains(w.Key)) return true;
            if (cues.SkipAfter.Contains(w.Key)) continue;
            return cues.IsVerbLike(w);
        }
        return false;
    }

    /// <summary>The name is followed by a coordinator and (past a determiner) a known name or agent that is no place.</summary>
    private static bool PairedWithActor(NameMatch match, ActorScan scan)
    {
        int k = match.End;
        if (k + 1 >= scan.Words.Count || scan.Words[k].GapBefore || !scan.Cues.Coordinators.Contains(scan.Words[k].Key)) return false;
        k++;
        if (k + 1 < scan.Words.Count && !scan.Words[k + 1].GapBefore && scan.Cues.Determiners.Contains(scan.Words[k].Key)) k++;
        if (scan.Words[k].GapBefore || scan.MatchStartingAt(k) is not { } other) return false;
        return Preferred(other.Targets) is not (DiscardTarget or ActorTarget { Actor.Kind: ActorKind.Country or ActorKind.Capital or ActorKind.Region });
    }

    private static string? CapitalIgo(NameMatch match, ActorScan scan) =>
        scan.Cues.CapitalIgos.TryGetValue(string.Join(' ', scan.Words.Skip(match.First).Take(match.Count).Select(w => w.Key)), out var igo) ? igo : null;

    /// <summary>"flew to Kyiv", "its ambassador from Paris", "a visit to Moscow": the word before the preposition at
    /// <paramref name="preposition"/> is a verb, a dictionary name or agent, or a word of travel; "aid to Kyiv" is not.</summary>
    private static bool IsPlaceAfterPreposition(int preposition, ActorScan scan)
    {
        if (preposition == 0 || scan.Words[preposition].GapBefore) return true;
        var word = scan.Words[preposition - 1];
        // "recalled its ambassador from Abidjan", "delegations from Kinshasa": diplomats are accredited to, or sent by, the
        // government of the capital (cue diplomat-words)
        if (scan.Cues.DiplomatWords.Contains(word.Key)) return false;
        return scan.Cues.IsVerbLike(word) || scan.Cues.TravelWords.Contains(word.Key) ||
            scan.MatchEndingAt(preposition) is { } named && Preferred(named.Targets) is not DiscardTarget;
    }

    public static bool IsPlaceUse(NameMatch match, ActorScan scan) =>
        match.First > 0 && !scan.Words[match.First].GapBefore && scan.Cues.PlaceBefore.Contains(scan.Words[match.First - 1].Key);
}
