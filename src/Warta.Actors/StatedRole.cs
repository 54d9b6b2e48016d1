namespace Warta.Actors;

/// <summary>
/// The role the text itself gives a known person by the title before their name ("Kapolri Jenderal Polisi
/// Tito Karnavian"): it beats the role the dictionary finds at the article's date, which for an undated
/// article is the latest one (Tito as minister of home affairs). A title of one of the person's own spells counts,
/// not after a "former" word ("mantan Kapolri"). Another title counts only where the dictionary knows no office for the
/// person: the text is undated, or none of their spells covers its date ("Wakil Ketua DPR Pramono Anung" in 2011, before
/// any office the dictionary lists) — then the title the text gives is the best evidence of the role.
/// </summary>
internal static class StatedRole
{
    /// <summary>Ranks and initials allowed between title and name ("Jenderal Polisi", "H.").</summary>
    private const int MaxWordsBetween = 3;

    public static string? CodeOf(Person person, NameMatch name, ActorScan scan)
    {
        var words = scan.Words;
        for (int k = name.First - 1; k >= Math.Max(0, name.First - 1 - MaxWordsBetween); k--)
        {
            // "Iran's foreign minister, Mohammad Javad Zarif": a title in apposition right before the name counts too
            if (words[k + 1].GapBefore && !(k + 1 == name.First && ActorStage.IsAppositionGap(scan.Document.Text, words[k].End, words[k + 1].Start)))
                return null;
            if (scan.MatchEndingAt(k + 1) is { } m && m.End == k + 1 && m.Targets.OfType<TitleTarget>().FirstOrDefault() is { } title)
            {
                // a bare title ("President Widodo") is of the home country, or, in a language without one (English), of the person's
                var home = scan.Cues.Home != LanguageCues.UnknownCountry ? scan.Cues.Home : person.Nationality ?? scan.Cues.Home;
                var roleId = title.RoleId.StartsWith("~.", StringComparison.Ordinal) ? home + title.RoleId[1..] : title.RoleId;
                if (m.First > 0 && scan.Cues.Former.Contains(words[m.First - 1].Key)) return FormerOffice(person, roleId, home, scan);
                if (person.Spells.Any(s => string.Equals(s.Target, roleId, StringComparison.Ordinal)))
                    return scan.Dictionary.RoleFor(roleId, home).Code;
                return TitleOutsideSpells(person, title.RoleId, scan);
            }
            // "President Widodo" in English, where "president" is an agent noun, not a title: the person's own office with
            // that role (only in a language without a home country, whose bare titles are agent nouns)
            if (scan.Cues.Home == LanguageCues.UnknownCountry && k + 1 == name.First && scan.MatchEndingAt(k + 1) is { } noun &&
                ActorResolver.Preferred(noun.Targets) is AgentTarget { Agent.Role: var role } &&
                person.Spells.Select(s => scan.Dictionary.RoleFor(s.Target, scan.Cues.Home).Code)
                    .FirstOrDefault(c => c.EndsWith(role, StringComparison.Ordinal) && c.Length == 3 + role.Length) is { } office)
                return office;
            // "Albania's opposition leader, Sali Berisha": a role the text states that a person's dictionary offices cannot
            // be at once (cue stated-roles: opposition) beats them; the dictionary's open-ended spells go stale.
            if (scan.Cues.Home == LanguageCues.UnknownCountry && k + 1 == name.First && scan.MatchEndingAt(k + 1) is { } stated &&
                ActorResolver.Preferred(stated.Targets) is AgentTarget { Agent.Role: var statedRole } && scan.Cues.StatedRoles.Contains(statedRole) &&
                person.Nationality is { Length: 3 } nationality)
                return nationality + statedRole;
            if (words[k].Case is not (WordCase.Capitalized or WordCase.AllCaps)) return null;
        }
        return null;
    }

    /// <summary>
    /// "Mantan Kabareskrim Polri Komjen Susno Duadji menegaskan …": a former office of the person's own, where they hold
    /// none at the text's date (the dictionary gives only their country), is the role the Indonesian annotators code them
    /// in (IDNCOP). Only an office of the home country, in a language with one: a foreign former head of government keeps
    /// the nationality ("Mantan Perdana Menteri Yordania X" -> JOR), as English keeps "former President X". A
    /// current office, even another one, is kept ("mantan Menteri ESDM" running for governor is their party's).
    /// </summary>
    private static string? FormerOffice(Person person, string roleId, string home, ActorScan scan)
    {
        if (scan.Cues.Home == LanguageCues.UnknownCountry || !person.Spells.Any(s => string.Equals(s.Target, roleId, StringComparison.Ordinal)))
            return null;
        if (scan.Dictionary.CodeOf(person, scan.Date) is not { Length: 3 } || person.Spells.Any(s => s.Covers(scan.Date))) return null;
        var code = scan.Dictionary.RoleFor(roleId, home).Code;
        return code.Length > 3 && code.StartsWith(scan.Cues.Home, StringComparison.Ordinal) ? code : null;
    }

    /// <summary>The code of a title that is none of the person's spells, when the dictionary gives no office at the text's
    /// date (undated, or no spell covering it). A bare title ("Presiden") is of the person's own country; a title of
    /// another country than theirs says nothing sure about them.</summary>
    private static string? TitleOutsideSpells(Person person, string roleId, ActorScan scan)
    {
        if (scan.Document.Published is not null && person.Spells.Any(s => s.Covers(scan.Date))) return null;
        if (person.Nationality is not { Length: 3 } nationality) return null;
        var code = scan.Dictionary.RoleFor(roleId, nationality).Code;
        bool national = code.Length >= 3 && scan.Dictionary.Countries.ContainsKey(code[..3]);
        return !national || code.StartsWith(nationality, StringComparison.Ordinal) ? code : null;
    }
}
