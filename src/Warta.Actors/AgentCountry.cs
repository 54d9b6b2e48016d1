namespace Warta.Actors;

/// <summary>
/// The country of a generic agent ("polisi", "warga", "troops"), first found wins:
/// <list type="number">
/// <item>a country, capital or region right beside it: "polisi Singapura", "warga Bandung", "Russian troops",
///   "Vietnam's foreign ministry", "the government of Colombia";</item>
/// <item>a place in the same phrase: "Police in Makassar", "warga di Surabaya";</item>
/// <item>an earlier mention of the same role with its country: "pengungsi Burundi … para pengungsi";</item>
/// <item>for a company word ("perusahaan"), the home country of the last company named before it;</item>
/// <item>where the sentence says it happened: "Gunmen kidnapped two French aid workers in southern Mali";</item>
/// <item>the article's country (<see cref="ArticleCountry.Dominant"/>).</item>
/// </list>
/// Null when none is known: a code without a country (PETRARCH's "---COP") is never given.
/// </summary>
public static class AgentCountry
{
    /// <summary>How many words after the agent a place cue may come ("polisi sektor Menteng di …").</summary>
    private const int PhraseReach = 3;

    /// <summary>How many capitalised portfolio words may stand between an office and its country ("Menteri Dalam Negeri Jepang").</summary>
    private const int PortfolioReach = 3;

    public static string? Of(GenericAgent agent, NameMatch match, ActorScan scan) =>
        Possessor(match, scan) ?? Beside(match, scan) ?? LeaderAfter(match, scan) ?? PlaceInPhrase(match, scan) ?? scan.EarlierAgentCountry(agent.Role, match.First) ??
        CompanyBefore(agent, match, scan) ?? CoordinatedBefore(match, scan) ??
        (TitlesName(match, scan) ? ArticleCountry.Unambiguous(scan) :
            PlaceLaterInSentence(match, scan) ?? (scan.Cues.AgentCountryFromSubject && match.First > 0 ? SubjectBefore(match.First, scan) : null) ?? scan.MainCountry);

    /// <summary>"mediate between the government of Colombia and the rebels", "the Thai army and the rebels": an agent with
    /// no country of its own coordinated after a place or an agent that has one takes it (cue <c>coordinated-agent-country</c>).</summary>
    private static string? CoordinatedBefore(NameMatch match, ActorScan scan)
    {
        if (!scan.Cues.CoordinatedAgentCountry) return null;
        int k = match.First;
        if (k > 0 && !scan.Words[k].GapBefore && scan.Cues.DemonstrativesBefore.Contains(scan.Words[k - 1].Key)) k--;
        if (k < 2 || scan.Words[k].GapBefore || !scan.Cues.Coordinators.Contains(scan.Words[k - 1].Key) || scan.Words[k - 1].GapBefore ||
            scan.MatchEndingAt(k - 1) is not { } previous)
            return null;
        if (PlaceCode(previous) is { } place) return scan.Dictionary.Countries.ContainsKey(place) ? place : null;
        return ActorResolver.Preferred(previous.Targets) is AgentTarget ? Possessor(previous, scan) ?? Beside(previous, scan) : null;
    }

    /// <summary>"Sweden said it would freeze aid to Tanzania unless opposition leader Tundu Lissu was freed": an agent noun
    /// titling a person's name (cue <c>titled-names-own-country</c>) says nothing about the places or subject elsewhere
    /// in the sentence; with no country of its own it takes the article's only when one country leads.</summary>
    private static bool TitlesName(NameMatch match, ActorScan scan)
    {
        if (!scan.Cues.TitledNamesOwnCountry || match.End >= scan.Words.Count || scan.Words[match.End].GapBefore ||
            scan.Words[match.End].Case != WordCase.Capitalized)
            return false;
        int start = scan.Words[match.End].Start;
        return scan.Document.Entities.Any(e => e.Type == Warta.Core.EntityType.PER && e.Start == start);
    }

    /// <summary>"Fujifilm … perusahaan itu": a bare company word refers to the last company named before it, which
    /// is coded by its home country (companies do not make the article's country, <see cref="ArticleCountry"/>).</summary>
    public static string? CompanyBefore(GenericAgent agent, NameMatch match, ActorScan scan)
    {
        if (agent.Role != "BUS") return null;
        string? code = null;
        foreach (var m in scan.Matches)
        {
            if (m.First >= match.First) break;
            if (ActorResolver.Preferred(m.Targets) is ActorTarget { Actor: { Kind: ActorKind.Company, Code: { Length: >= 3 } c } } &&
                scan.Dictionary.Countries.ContainsKey(c[..3]))
                code = c[..3];
        }
        return code;
    }

    /// <summary>"pemerintahan Presiden Abdel Fattah el-Sisi", "pasukan Bashar al-Assad": a known person named
    /// right after the agent (a bare title may stand between) gives it the country of their office.</summary>
    public static string? LeaderAfter(NameMatch match, ActorScan scan)
    {
        int k = match.End;
        if (k < scan.Words.Count && !scan.Words[k].GapBefore && scan.MatchStartingAt(k) is { } title &&
            ActorResolver.Preferred(title.Targets) is TitleTarget t && t.RoleId.StartsWith("~.", StringComparison.Ordinal))
            k = title.End;
        if (k >= scan.Words.Count || scan.Words[k].GapBefore ||
            scan.MatchStartingAt(k) is not { } name || ActorResolver.Preferred(name.Targets) is not PersonTarget { Person: var person })
            return null;
        var code = scan.Dictionary.CodeOf(person, scan.Date);
        return code is { Length: >= 3 } && scan.Dictionary.Countries.ContainsKey(code[..3]) ? code[..3] : null;
    }

    /// <summary>The country of a place name (country, demonym, capital, province or city), else null.</summary>
    public static string? PlaceCode(NameMatch? match) =>
        match?.Targets.OfType<ActorTarget>().Select(t => t.Actor)
            .FirstOrDefault(a => a.Kind is ActorKind.Country or ActorKind.Capital or ActorKind.Region)?.Code;

    /// <summary>A place name written right after or right before the words (no punctuation between).</summary>
    public static string? Beside(NameMatch match, ActorScan scan)
    {
        if (match.End < scan.Words.Count && !scan.Words[match.End].GapBefore && PlaceCode(scan.MatchStartingAt(match.End)) is { } after)
            return after;
        // "Menteri Pendidikan Singapura", "Menteri Pertahanan Australia": past a portfolio in capitalised words the
        // dictionary does not know, the country the office belongs to
        for (int k = match.End, skipped = 0; k < scan.Words.Count && skipped <= PortfolioReach && !scan.Words[k].GapBefore; k++, skipped++)
        {
            if (scan.MatchStartingAt(k) is { } named) return skipped > 0 ? PlaceCode(named) : null;
            if (scan.Words[k].Case != WordCase.Capitalized) break;
        }
        if (PlaceBefore(match, scan) is { } before)
            return PlaceCode(before);
        // "the government of Colombia"
        if (match.End + 1 < scan.Words.Count && !scan.Words[match.End].GapBefore && !scan.Words[match.End + 1].GapBefore &&
            scan.Cues.AgentOf.Contains(scan.Words[match.End].Key) && PlaceCode(scan.MatchStartingAt(match.End + 1)) is { } of)
            return of;
        // "relatives of the Israeli hostages": past a demonstrative-before word (the), a demonym opening the phrase
        if (match.End + 2 < scan.Words.Count && !scan.Words[match.End].GapBefore && !scan.Words[match.End + 1].GapBefore &&
            !scan.Words[match.End + 2].GapBefore && scan.Cues.AgentOf.Contains(scan.Words[match.End].Key) &&
            scan.Cues.DemonstrativesBefore.Contains(scan.Words[match.End + 1].Key) && PlaceCode(scan.MatchStartingAt(match.End + 2)) is { } ofThe)
            return ofThe;
        return null; // "Vietnam's foreign ministry": the scanner ends "Vietnam's" before its "'s", so the place is beside
    }

    /// <summary>The place name right before the agent ("Russian troops", "Vietnam's foreign ministry"), or before up to
    /// <see cref="LanguageCues.ModifierReach"/> plain lower-case modifiers ("Chinese electric-car makers", "Kenya's top
    /// court"): no punctuation, no verb, no function word (cue <c>not-modifiers</c>) and no dictionary name between.</summary>
    public static NameMatch? PlaceBefore(NameMatch match, ActorScan scan)
    {
        bool compoundSkipped = false;
        for (int k = match.First, skipped = 0; k > 0 && !scan.Words[k].GapBefore; k--, skipped++)
        {
            // "Russian army commanders", "Israeli settler leaders": one lower-case agent noun right before the agent modifies it
            // (cue compound-agent-modifiers); the place before that noun is the agent's too
            if (scan.Cues.CompoundAgentModifiers && !compoundSkipped && skipped == 0 && scan.MatchEndingAt(k) is { } modifier
                && PlaceCode(modifier) is null && ActorResolver.Preferred(modifier.Targets) is AgentTarget
                && Enumerable.Range(modifier.First, modifier.Count).All(i => scan.Words[i].Case == WordCase.Lower))
            {
                compoundSkipped = true;
                k = modifier.First + 1;
                skipped = -1;
                continue;
            }
            // "ethnic Armenian fighters" in Azerbaijan are not Armenia's (cue ethnic-words)
            if (scan.MatchEndingAt(k) is { } before)
                return PlaceCode(before) is not null && !(before.First > 0 && scan.Cues.EthnicWords.Contains(scan.Words[before.First - 1].Key)) &&
                    (skipped == 0 || IsPossessive(before, scan) || before.Count == 1 && scan.Cues.Demonyms.Contains(scan.Words[before.First].Key)) ? before : null;
            var w = scan.Words[k - 1];
            if (skipped >= scan.Cues.ModifierReach || w.Case != WordCase.Lower || scan.Cues.NotModifiers.Contains(w.Key) ||
                scan.Cues.IsVerbLike(w) || scan.MatchStartingAt(k - 1) is not null)
                return null;
        }
        return null;
    }

    /// <summary>"Burundi's": the scanner ends the word before its "'s".</summary>
    private static bool IsPossessive(NameMatch place, ActorScan scan)
    {
        var text = scan.Document.Text;
        int end = scan.Words[place.End - 1].End;
        return end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' or 'S';
    }

    /// <summary>A location cue followed by a place later in the agent's sentence ("… in southern Mali"); not a
    /// direction ("ke arah Riyadh" is where the missile went, not where the rebels are).</summary>
    public static string? PlaceLaterInSentence(NameMatch match, ActorScan scan)
    {
        var text = scan.Document.Text;
        for (int i = match.End; i < scan.Words.Count - 1; i++)
        {
            if (EndsSentence(text, scan.Words[i - 1].End, scan.Words[i].Start)) return null;
            // "send troops to the multinational force in Haiti": past a direction word the place is where the agent goes
            if (i == match.End && scan.Cues.DirectionWords.Contains(scan.Words[i].Key)) return null;
            if (!scan.Cues.LocationBefore.Contains(scan.Words[i].Key)) continue;
            if (PlaceInName(i + 1, scan) is { } code)
            {
                // "accused officers of beating migrants at the Turkish frontier": a border is two countries' (cue border-words)
                if (IsBorderOfPlace(i + 1, scan)) continue;
                return code;
            }
        }
        return null;
    }

    /// <summary>The place name starting within reach of word <paramref name="k"/> is followed by a border word ("the Turkish frontier").</summary>
    private static bool IsBorderOfPlace(int k, ActorScan scan)
    {
        if (scan.Cues.BorderWords.Count == 0) return false;
        for (int j = k; j < Math.Min(scan.Words.Count, k + PlaceNameReach); j++)
            if (scan.MatchStartingAt(j) is { } m && PlaceCode(m) is not null)
                return m.End < scan.Words.Count && !scan.Words[m.End].GapBefore && scan.Cues.BorderWords.Contains(scan.Words[m.End].Key);
        return false;
    }

    /// <summary>How many words of a place phrase after a location cue are looked at ("di Republik Demokratik
    /// (RD) Kongo bagian timur").</summary>
    private const int PlaceNameReach = 5;

    /// <summary>A place name in the two words from <paramref name="k"/> ("di [Kongo]", "di kota [Bandung]"), or
    /// further inside a capitalized name where only a bracketed acronym may interrupt it ("di Republik
    /// Demokratik (RD) [Kongo]").</summary>
    private static string? PlaceInName(int k, ActorScan scan)
    {
        var text = scan.Document.Text;
        for (int end = Math.Min(scan.Words.Count, k + PlaceNameReach), j = k; j < end; j++)
        {
            var w = scan.Words[j];
            if (j == k ? w.GapBefore : !OnlySpacesOrBrackets(text, scan.Words[j - 1].End, w.Start)) return null;
            if (j - k >= 2 && w.Case is not (WordCase.Capitalized or WordCase.AllCaps)) return null;
            if (PlaceCodeAt(j, scan) is { } code) return code;
        }
        return null;
    }

    /// <summary>The country of the place name starting at word <paramref name="k"/>, unless an unknown capitalized
    /// word follows it: "Santiago Jamiltepec" is a town in Mexico, not Chile's capital.</summary>
    private static string? PlaceCodeAt(int k, ActorScan scan)
    {
        if (scan.MatchStartingAt(k) is not { } m || PlaceCode(m) is not { } code) return null;
        bool longerName = m.End < scan.Words.Count && !scan.Words[m.End].GapBefore && scan.Words[m.End].Case == WordCase.Capitalized &&
            scan.MatchStartingAt(m.End) is null;
        return longerName ? null : code;
    }

    private static bool OnlySpacesOrBrackets(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!(text[k] is ' ' or '(' or ')')) return false;
        return true;
    }

    private static bool EndsSentence(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (text[k] is '.' or '!' or '?' or '\n') return true;
        return false;
    }

    /// <summary>How many words back the possessor of "warganya" may be named ("Pemerintah Kanada meminta maaf
    /// kepada warganya").</summary>
    private const int PossessorReach = 12;

    /// <summary>"Pemerintah Kanada meminta maaf kepada warganya": a possessed agent word belongs to the country
    /// of the last actor named a few words before it (not a place after it: "warganya di Mesir" are still
    /// Indonesia's).
    /// "Pakistan's military dismissed reports that its jets had crossed …": in English the possessive is a word of its own
    /// before the agent (cue <c>possessive-before</c>), with the same reading.</summary>
    public static string? Possessor(NameMatch match, ActorScan scan)
    {
        int before = match.First;
        if (match.First > 0 && !scan.Words[match.First].GapBefore && scan.Cues.PossessiveBefore.Contains(scan.Words[match.First - 1].Key))
            return SubjectBefore(match.First - 1, scan);
        // "after the island's president visited …", "the kingdom's foreign minister": an epithet of a country owning the
        // agent is the country named last before it
        if (match.First > 1 && scan.Cues.EpithetPossessors.Contains(scan.Words[match.First - 1].Key) &&
            scan.Cues.DemonstrativesBefore.Contains(scan.Words[match.First - 2].Key) && IsPossessiveGap(match.First, scan))
        {
            string? last = null;
            foreach (var m in scan.Matches)
            {
                if (m.First >= match.First - 2) break;
                if (PlaceCode(m) is { } c && scan.Dictionary.Countries.ContainsKey(c)) last = c;
            }
            if (last is not null) return last;
        }
        if (match.Count != 1 || !scan.Cues.Possessed.Contains(scan.Words[match.First].Key)) return null;
        string? code = null;
        foreach (var m in scan.Matches)
        {
            if (m.First >= before) break;
            if (m.End > before - PossessorReach && ArticleCountry.CountryOfMention(m, scan) is { } c) code = c;
        }
        return code;
    }

    /// <summary>Only "'s" (or "’s") between word <paramref name="word"/> and the one before it.</summary>
    private static bool IsPossessiveGap(int word, ActorScan scan)
    {
        var gap = scan.Document.Text.AsSpan(scan.Words[word - 1].End, scan.Words[word].Start - scan.Words[word - 1].End).Trim();
        return gap is "'s" or "\u2019s";
    }

    /// <summary>"Honduras's decision to break off ties with Taiwan was announced by its foreign minister": an English "its"
    /// refers to the subject, so the first actor named in the sentence before it (a few words back at most) owns the agent.
    /// Also the last resort before the article's country (cue <c>agent-country-from-subject</c>), from the agent's own word.</summary>
    private static string? SubjectBefore(int possessive, ActorScan scan)
    {
        int at = scan.Words[possessive].Start;
        int sentence = scan.Document.SentenceAt(at);
        int sentenceStart = sentence < 0 ? 0 : scan.Document.Sentences[sentence].Start;
        foreach (var m in scan.Matches)
        {
            if (m.First >= possessive) break;
            if (scan.Words[m.First].Start < sentenceStart || m.End <= possessive - PossessorReach) continue;
            if (ArticleCountry.CountryOfMention(m, scan) is { } c) return c;
        }
        return null;
    }

    /// <summary>"jaksa agung di sana": the country of the last place named before word <paramref name="word"/>.</summary>
    private static string? LastPlaceBefore(int word, ActorScan scan)
    {
        string? code = null;
        foreach (var m in scan.Matches)
        {
            if (m.First >= word) break;
            code = PlaceCode(m) ?? code;
        }
        return code;
    }

    /// <summary>"Police in Makassar", "warga di kota Bandung": a place cue a few words after the agent,
    /// then a place name; punctuation ends the phrase.</summary>
    public static string? PlaceInPhrase(NameMatch match, ActorScan scan)
    {
        for (int i = match.End; i < Math.Min(scan.Words.Count - 1, match.End + PhraseReach); i++)
        {
            if (scan.Words[i].GapBefore) return null;
            if (!scan.Cues.PlaceBefore.Contains(scan.Words[i].Key)) continue;
            // "send troops to Haiti": where the agent goes is not whose it is (cue direction-words)
            if (scan.Cues.DirectionWords.Contains(scan.Words[i].Key)) return null;
            if (i + 1 < scan.Words.Count && !scan.Words[i + 1].GapBefore && scan.Cues.There.Contains(scan.Words[i + 1].Key))
                return LastPlaceBefore(match.First, scan);
            for (int k = i + 1; k < Math.Min(scan.Words.Count, i + 3); k++)
            {
                // "police at the Turkish border": a border gives no country (cue border-words)
                if (PlaceCodeAt(k, scan) is { } code) return IsBorderOfPlace(k, scan) ? null : code;
                if (scan.Words[k].GapBefore) break;
            }
        }
        return null;
    }
}
