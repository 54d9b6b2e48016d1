using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// Gives every entity an actor code (<see cref="Entity.Actor"/>) and canonical name, using the article
/// date for people and titles (<see cref="Document.Published"/>; without one, the latest date the text states with a
/// year, else the dictionary's latest date: the most recent holders it knows — <see cref="UndatedReferenceDate"/>). Then adds the dictionary mentions the NER missed — titles
/// ("Sekjen NATO", "Kapolri"), seats of power ("pihak Kremlin"), countries inside "warga Rusia",
/// generic agents ("polisi") — keeping <see cref="Document.Entities"/> sorted by start.
/// A title may contain a name the NER found ("Sekjen [NATO]"): the title is added around it.
/// </summary>
public sealed class ActorStage(ActorDictionary dictionary) : IStage
{
    public string Name => "actors";
    public Layer Needs => Layer.Entities | Layer.Language;
    public Layer Adds => Layer.Actors;

    public void Process(Document document)
    {
        var scan = new ActorScan(document, dictionary);
        var introduced = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in document.Entities) ResolveEntity(entity, scan, introduced);
        RetypeOrganisations(scan);
        CivilSocietyNames.Apply(scan);
        MemberOrganisationNames.Apply(scan);
        StateBodyNames.Apply(scan);
        CaucusNames.Apply(scan);
        InquiryCommittees.Apply(scan);
        // A person the article introduces as "Ketua MUI" acts for MUI in all of it ("… kata Amin"), also where the NER typed
        // the short name an organisation ("Ketua Umum Partai Hanura, Oesman Sapta Odang (OSO)": "OSO" is the same man, PTY).
        foreach (var entity in document.Entities)
            if (entity.Type is EntityType.PER or EntityType.ORG or EntityType.MISC && !entity.IsNominal && entity.CanonicalName is { } name && introduced.TryGetValue(name, out var code))
                entity.Actor = code;
        EarlierFullNames.Apply(scan);
        LeaderPlaceNames.Apply(scan);
        AddMissedMentions(scan);
        // sport news or not depends on the article's words only: counted once for both sport passes
        bool sportNews = SportSquads.IsSportNews(scan);
        SportSquads.Apply(scan, sportNews);
        KinOfNamed.Apply(scan);
        OrganisationBoards.Apply(scan);
        CountryEpithets.Add(scan);
        PerpetratorCrimes.Apply(scan);
        AgentCoordination.Apply(scan);
        GroupMembers.Apply(scan);
        AgentModifiers.Apply(scan);
        OfficerBackReference.Add(scan);
        BracketedAcronyms.Apply(scan);
        CompanyAcronyms.Apply(scan);
        // after the acronyms: "Wadi, Humas FBTPBI" names the organisation by the acronym its full name introduced
        ApposedLeadership.Apply(scan);
        PhraseBeforeName.Apply(scan);
        AgentCounterparts.Apply(scan);
        HeadsOfOrganisations.Apply(scan);
        CountryBeforeTitledName.Apply(scan);
        StateActNouns.Apply(scan);
        CountryNamedBodies.Apply(scan);
        ApposedRoles.Apply(scan);
        HomeCells.Apply(scan);
        InitialledPeople.Apply(scan);
        SportSquads.DropCapitalGovernments(scan, sportNews);
        DropEthnicDemonyms(scan);
        DropGroupModifiers(scan);
        document.Entities.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
    }

    /// <param name="introduced">Filled with the people the text introduces by their place in an
    /// organisation (canonical name → the organisation's code).</param>
    private static void ResolveEntity(Entity entity, ActorScan scan, Dictionary<string, string> introduced)
    {
        int first = scan.WordAtOrAfter(entity.Start), end = first;
        while (end < scan.Words.Count && scan.Words[end].End <= entity.End) end++;
        if (end == first) return;

        // The dictionary names inside the entity's own words, scanned anew so a name is not cut by the
        // entity's edges; a person beats a title, a title beats the rest, then the longest wins.
        var inside = scan.NamesIn(first, end);
        NameMatch? best = null;
        foreach (var m in inside)
            if (best is null || Rank(m) > Rank(best.Value)) best = m;

        // The NER may cut a name short ("Pakta Pertahanan [Atlantik Utara]"): a dictionary name starting up
        // to four words earlier and covering the entity stands for it (names only, not titles or nouns).
        best ??= CoveringName(first, end, scan);
        // "The Indonesian [Red Cross]": a longer organisation name the NER cut short wins over the organisation it
        // kept (a kept place stays a place: "Pemerintah [RI]").
        if (best is { } kept && kept.First == first && AgentCountry.PlaceCode(kept) is null && CoveringName(first, end, scan) is { } longer && longer.Count > kept.Count &&
            ActorResolver.Preferred(longer.Targets) is ActorTarget { Actor.Kind: ActorKind.Igo or ActorKind.Group or ActorKind.Institution or ActorKind.Party or ActorKind.Company or ActorKind.Mission })
            best = longer;
        // "in eastern [Congo]": a longer country name around a country the NER kept ("eastern Congo" is the DRC)
        if (best is { } keptCountry && keptCountry.First == first && keptCountry.End == end && CoveringName(first, end, scan) is { } wider && wider.Count > keptCountry.Count &&
            ActorResolver.Preferred(keptCountry.Targets) is ActorTarget { Actor.Kind: ActorKind.Country } &&
            ActorResolver.Preferred(wider.Targets) is ActorTarget { Actor.Kind: ActorKind.Country })
            best = wider;
        // "Pemerintah Suriah", "Kepolisian Daerah Jawa Barat": a generic agent beside the place it belongs to
        // stands for the whole name.
        if (best is { } place && AgentCountry.PlaceCode(place) is not null &&
            inside.FirstOrDefault(m => m.Targets.Any(t => t is AgentTarget) && (m.End == place.First || place.End == m.First)) is { Count: > 0 } agent)
            best = agent;
        if (best is { } d && d.Targets.Any(t => t is DiscardTarget)) return;
        // "Serikat Pekerja Pertamina": the agent opening a company's name, not the company (CompanyStaff).
        if (entity.Type is EntityType.ORG or EntityType.MISC && CompanyStaff.CodeOf(first, end, inside, scan) is { } staff)
        {
            entity.Actor = staff;
            return;
        }
        // "Keisuke Honda", "Eep Saefulloh Fatah": a company's (or, at the end, a party's) name inside a longer person's
        // name is a surname; "Bupati [Garut Rudy
        // Gunawan]": a place the NER glued to a name is where the title belongs, not the person (who then takes
        // the title before, TitledNames).
        // A place at the end stays ("Kabupaten [Sukabumi]" is a place the NER took for a person).
        if (entity.Type == EntityType.PER && best is { } inner && inner.Count < end - first &&
            ActorResolver.Preferred(inner.Targets) is ActorTarget { Actor.Kind: var kind } &&
            (kind == ActorKind.Company || (kind is ActorKind.Country or ActorKind.Capital or ActorKind.Region && inner.End < end)
             // "Eep Saefulloh Fatah": a party's or group's name closing a longer person's name is a surname
             || (kind is ActorKind.Party or ActorKind.Group && inner.First > first && inner.End == end)))
            best = null;
        // "[Raden Prabowo Argo Yuwono]": a known person's name followed by unknown capitalized names is someone else.
        if (entity.Type == EntityType.PER && best is { } p && ActorResolver.Preferred(p.Targets) is PersonTarget && p.End < end &&
            !inside.Any(m => m.First >= p.End) && scan.Words[p.End].Case == WordCase.Capitalized)
            best = null;
        // "Kementerian Unifikasi Korea Selatan": an organisation's name opened by an agent word and closed by a
        // country is that country's agent; opened by a state-body word ("Dinas Imigrasi AS"), its government.
        if (entity.Type == EntityType.ORG && best is { } closing && closing.End == end && closing.First > first &&
            AgentCountry.PlaceCode(closing) is { } owner)
        {
            if (inside.FirstOrDefault(m => m.First == first && m.End < closing.First) is { Count: > 0 } opening &&
                ActorResolver.Preferred(opening.Targets) is AgentTarget { Agent: { CountryOnly: false } opener })
            {
                entity.Actor = owner + opener.Role;
                return;
            }
            if (scan.Cues.GovernmentHeads.Contains(scan.Words[first].Key) && scan.Words[first].Case == WordCase.Capitalized &&
                scan.Dictionary.Countries.ContainsKey(owner))
            {
                // "Komisi Disiplin Persatuan Sepakbola Seluruh Indonesia": a sport federation's organ is no state body, nor its
                // country (StateBodyNames.SportBody)
                entity.Actor = StateBodyNames.SportBody(first, end, scan) ? null : owner + "GOV";
                return;
            }
        }
        // "Universitas Islam Indonesia Yogyakarta": an organisation's name opened by an organisation agent word with a
        // place further inside is that place's country's agent (the place says whose it is, it does not act).
        if (entity.Type == EntityType.ORG && best is { } within && within.First > first && AgentCountry.PlaceCode(within) is { Length: >= 3 } where &&
            scan.Dictionary.Countries.ContainsKey(where[..3]) && scan.Words[first].Case == WordCase.Capitalized &&
            inside.FirstOrDefault(m => m.First == first && m.End < within.First) is { Count: > 0 } opens &&
            ActorResolver.Preferred(opens.Targets) is AgentTarget { Agent: { CountryOnly: false, Type: EntityType.ORG } institution })
        {
            entity.Actor = where[..3] + institution.Role;
            return;
        }
        // "[Badan Keamanan Transportasi] Amerika Serikat", "[Kementerian Unifikasi] Korea Selatan": the NER cut the
        // country off a state body's name.
        if (entity.Type == EntityType.ORG && (best is null || ActorResolver.Preferred(best.Value.Targets) is AgentTarget) &&
            CountryAfterName(end, scan) is { } country)
        {
            if (inside.FirstOrDefault(m => m.First == first) is { Count: > 0 } opening &&
                ActorResolver.Preferred(opening.Targets) is AgentTarget { Agent: { CountryOnly: false } head })
            {
                entity.Actor = country + head.Role;
                return;
            }
            if (scan.Cues.GovernmentHeads.Contains(scan.Words[first].Key) && scan.Words[first].Case == WordCase.Capitalized)
            {
                entity.Actor = country + "GOV";
                return;
            }
        }
        if (best is { } b && !(entity.Type == EntityType.PER && Rank(b) < 2 && b.Count < end - first))
        {
            var r = ActorResolver.Resolve(ActorResolver.Preferred(b.Targets), b, scan);
            // "Congress" in English is any country's legislature (an agent noun), but with no country in sight the
            // named organisation it also is (the US Congress)
            if (r.Code is null && ActorResolver.Preferred(b.Targets) is AgentTarget && b.Targets.OfType<ActorTarget>().FirstOrDefault() is { } named)
                r = ActorResolver.Resolve(named, b, scan);
            entity.Actor = r.Code;
            // A suspect whose office ended shortly before keeps its role (SuspectOfficials).
            if (ActorResolver.Preferred(b.Targets) is PersonTarget { Person: var suspect } && SuspectOfficials.CodeOf(suspect, scan) is { } office)
                entity.Actor = office;
            // A known person introduced as "Ketua MUI", "Kapolri" or "calon gubernur": the text says the role they act in here,
            // which beats the dictionary's office at the date (or the latest office, for an undated article).
            if (ActorResolver.Preferred(b.Targets) is PersonTarget { Person: var person } &&
                (Leadership.CodeBefore(b.First, scan) ?? CandidateTitles.CodeOf(person, b.First, scan) ?? ElectoralTickets.CodeOf(person, b, scan) ?? StatedRole.CodeOf(person, b, scan)) is { } stated &&
                !SuspectOfficials.KeepsOffice(person, stated, scan))
            {
                entity.Actor = stated;
                introduced[person.Canonical] = stated;
            }
            entity.CanonicalName = r.Canonical;
            // (Only when the title ends inside the entity: a title the NER cut, "Menteri [Desa X]", names no one after it.)
            if (entity.Type == EntityType.PER && b.Targets[0] is TitleTarget && b.Count < end - first && b.End < end)
                entity.CanonicalName = scan.Document.Text[scan.Words[b.End].Start..entity.End];
            return;
        }
        // A bare home title ("Presiden Hassan Rouhani") says nothing sure about a foreign name: only
        // titles that name their country or organisation pass their role on.
        if (entity.Type == EntityType.PER && ApposedTitle(first, end, scan) is { } title && !title.RoleId.StartsWith("~.", StringComparison.Ordinal))
        {
            // "Menlu Rusia Sergei X": an unknown name takes the role of the title beside it.
            entity.Actor = ActorResolver.ResolveTitle(title, scan).Code;
            entity.CanonicalName = scan.Document.Text[entity.Start..entity.End];
        }
        else if (entity.Type is EntityType.PER or EntityType.MISC && PersonRole(first, end, scan, entity) is { } role)
            entity.Actor = role;
        else if (entity.Type is EntityType.PER or EntityType.MISC && Leadership.CodeBefore(first, scan) is { } led)
            entity.Actor = led;
        else if (entity.Type == EntityType.PER && OriginBefore(first, scan) is { } origin)
            entity.Actor = origin + "CVL";
    }

    /// <summary>"ethnic Armenian fighters" (in Karabakh): a demonym after an ethnic word (cue <c>ethnic-words</c>) names an
    /// ethnicity, not the country; it is no actor.</summary>
    private static void DropEthnicDemonyms(ActorScan scan)
    {
        if (scan.Cues.EthnicWords.Count == 0) return;
        foreach (var m in scan.Matches)
        {
            if (m.First == 0 || scan.Words[m.First].GapBefore || !scan.Cues.EthnicWords.Contains(scan.Words[m.First - 1].Key) ||
                ActorResolver.Preferred(m.Targets) is not ActorTarget { Actor.Kind: ActorKind.Country })
                continue;
            var span = scan.SpanOf(m.First, m.End);
            foreach (var e in scan.Document.Entities)
                if (e.Span == span) e.Actor = null;
        }
    }

    /// <summary>"[Boko Haram] said … that it had abducted": a name the NER took for a person that is wholly an organisation's
    /// name in the dictionary is an organisation (cue <c>organisation-types</c>), so pronouns and roles treat it as one.</summary>
    private static void RetypeOrganisations(ActorScan scan)
    {
        if (!scan.Cues.OrganisationTypes) return;
        var entities = scan.Document.Entities;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type != EntityType.PER || e.IsNominal || e.Actor is null) continue;
            int first = scan.WordAtOrAfter(e.Start);
            if (scan.MatchStartingAt(first) is not { } m || scan.Words[m.End - 1].End != e.End) continue;
            if (ActorResolver.Preferred(m.Targets) is ActorTarget { Actor.Kind: ActorKind.Group or ActorKind.Igo or ActorKind.Party or ActorKind.Company or ActorKind.Institution })
                entities[i] = e with { Type = EntityType.ORG };
        }
    }

    /// <summary>"dissident FARC fighters", "rebel M23 forces": a one-word agent noun right before an organisation's name only
    /// describes it; the organisation is the mention (cue <c>agent-modifies-group</c>).</summary>
    private static void DropGroupModifiers(ActorScan scan)
    {
        if (!scan.Cues.AgentModifiesGroup) return;
        var entities = scan.Document.Entities;
        foreach (var modifier in entities)
        {
            if (!modifier.IsNominal || modifier.Actor is null) continue;
            int first = scan.WordAtOrAfter(modifier.Start);
            if (first + 1 >= scan.Words.Count || scan.Words[first].End != modifier.End || scan.Words[first].Case != WordCase.Lower ||
                scan.Words[first + 1].GapBefore)
                continue;
            int next = scan.Words[first + 1].Start;
            if (entities.Any(e => e.Start == next && e.Type == EntityType.ORG && !e.IsNominal && e.Actor is not null))
                modifier.Actor = null;
        }
    }

    /// <summary>"Blogger kontroversial dari Singapura, Amos Yee": a person with no known office introduced by the
    /// country they come from (cue <c>origin-before</c>) is a civilian of it.</summary>
    private static string? OriginBefore(int first, ActorScan scan)
    {
        if (scan.MatchEndingAt(first) is not { } place || AgentCountry.PlaceCode(place) is not { } code ||
            !scan.Dictionary.Countries.ContainsKey(code) || place.First == 0 || scan.Words[place.First].GapBefore ||
            !scan.Cues.OriginBefore.Contains(scan.Words[place.First - 1].Key))
            return null;
        var text = scan.Document.Text;
        return text.AsSpan(scan.Words[place.End - 1].End, scan.Words[first].Start - scan.Words[place.End - 1].End).Trim().SequenceEqual(",") ? code : null;
    }

    /// <summary>
    /// A person named with a generic role word: "[Gubernur Papua Lukas Enembe]" (all in the entity) or
    /// "Gubernur Papua [Lukas Enembe]", "Bupati [Ahmad]" (right before it): the role's code.
    /// </summary>
    /// <param name="person">The name's entity: a role held for a person with a name apposed after it ("Pengacara Nelly, Scott
    /// Rosenblum") is not the name's (<see cref="RelationalRoles"/>).</param>
    private static string? PersonRole(int first, int end, ActorScan scan, Entity person)
    {
        NameMatch? role = scan.MatchStartingAt(first) is { } inside && inside.End < end ? inside : null;
        int gapFrom = -1;
        if (role is null && scan.MatchEndingAt(first) is { } before)
        {
            gapFrom = scan.Words[before.End - 1].End;
            role = AgentCountry.PlaceCode(before) is not null && !scan.Words[before.First].GapBefore && scan.MatchEndingAt(before.First) is { } beforePlace
                ? beforePlace : before;
        }
        if (role is not { } r || ActorResolver.Preferred(r.Targets) is not AgentTarget { Agent.Type: EntityType.PER } ||
            gapFrom >= 0 && !IsAppositionGap(scan.Document.Text, gapFrom, scan.Words[first].Start))
            return null;
        if (RelationalRoles.ApposedHolder(scan.SpanOf(r.First, r.End), person, scan.Document, scan.Cues) is not null) return null;
        return ActorResolver.Resolve(ActorResolver.Preferred(r.Targets), r, scan).Code;
    }

    /// <summary>A dictionary name covering the entity's words [first, end) and more: starting up to four words
    /// earlier, or at the same word and running on ("[Abdel Fattah] el - Sisi", "[Kim Jong] - un").</summary>
    private static NameMatch? CoveringName(int first, int end, ActorScan scan)
    {
        for (int start = first - 1; start >= Math.Max(0, first - 4); start--)
        {
            if (scan.Words[start + 1].GapBefore) break;
            if (scan.LongestNameAt(start) is { } m && m.End >= end &&
                m.Targets.All(t => t is ActorTarget or PersonTarget))
                return m;
        }
        return scan.LongestNameAt(first) is { } on && on.End > end &&
            on.Targets.All(t => t is ActorTarget or PersonTarget) ? on : null;
    }

    /// <summary>How many unknown capitalised words of a state body's name the NER may have left between the
    /// entity and its country ("[Kementerian] Unifikasi Korea Selatan").</summary>
    private const int NameTailReach = 2;

    /// <summary>The country named right after word <paramref name="end"/>, or after up to <see cref="NameTailReach"/>
    /// capitalised words that match nothing in the dictionary (no punctuation between).</summary>
    private static string? CountryAfterName(int end, ActorScan scan)
    {
        for (int k = end; k < scan.Words.Count && k <= end + NameTailReach; k++)
        {
            if (scan.Words[k].GapBefore) return null;
            if (AgentCountry.PlaceCode(scan.MatchStartingAt(k)) is { } country)
                return scan.Dictionary.Countries.ContainsKey(country) ? country : null;
            if (scan.Words[k].Case != WordCase.Capitalized || scan.MatchStartingAt(k) is not null) return null;
        }
        return null;
    }

    private static int Rank(NameMatch m) =>
        (m.Targets.Any(t => t is DiscardTarget) ? 4 : m.Targets.Any(t => t is PersonTarget) ? 3 : m.Targets.Any(t => t is TitleTarget) ? 2 : m.Targets.Any(t => t is AgentTarget) ? 0 : 1) * 100 + m.Count;

    /// <summary>A title right before the words [first, end) ("Presiden Rusia Vladimir Putin", "Sekjen NATO,
    /// Jens Stoltenberg", "Sekretaris Jenderal Pakta … (NATO), Jens Stoltenberg") or right after
    /// ("Jens Stoltenberg, Sekjen NATO,").</summary>
    private static TitleTarget? ApposedTitle(int first, int end, ActorScan scan)
    {
        var text = scan.Document.Text;
        for (int back = 1; back <= 3 && first - back >= 0; back++)
        {
            // Allow one bracketed acronym between title and name: "… Atlantik Utara (NATO), Jens".
            if (scan.MatchEndingAt(first - back + 1) is { } m && m.End == first - back + 1 &&
                m.Targets.OfType<TitleTarget>().FirstOrDefault() is { } t &&
                IsAppositionGap(text, scan.Words[m.End - 1].End, scan.Words[first].Start))
                return t;
        }
        if (scan.MatchStartingAt(end) is { } after && after.Targets.OfType<TitleTarget>().FirstOrDefault() is { } t2 &&
            text.AsSpan(scan.Words[end - 1].End, scan.Words[end].Start - scan.Words[end - 1].End).Trim().SequenceEqual(","))
            return t2;
        return null;
    }

    internal static bool IsAppositionGap(string text, int from, int to)
    {
        if (to < from || to - from > 16) return false;
        var gap = text.AsSpan(from, to - from);
        int open = gap.IndexOf('('), close = gap.IndexOf(')');
        if (open >= 0 && close > open) gap = string.Concat(gap[..open], gap[(close + 1)..]);
        foreach (var c in gap) if (c != ' ' && c != ',') return false;
        return true;
    }

    private static void AddMissedMentions(ActorScan scan)
    {
        var entities = scan.Document.Entities;
        var taken = entities.Select(e => e.Span).ToList();
        var added = new List<Entity>();
        foreach (var m in scan.Matches)
        {
            var span = scan.SpanOf(m.First, m.End);
            var target = ActorResolver.Preferred(m.Targets);
            if (target is DiscardTarget || IsPartOfOtherName(m, target, scan)) continue;
            // "Chinese vessels", "Hezbollah positions": these heads are a mention only beside their owner (cue owned-agents)
            // (the whole agent noun: "opposition leader" is a mention of its own, a bare "leader" is not)
            if (target is AgentTarget && scan.Cues.OwnedAgents.Contains(string.Join(' ', scan.Words.Skip(m.First).Take(m.Count).Select(w => w.Key))) &&
                !HasOwnerBeside(m, scan)) continue;
            // "threatened to outlaw the Awami League": an agent noun between "to" and a determiner is a verb (cue infinitive-markers)
            if (target is AgentTarget && IsInfinitive(m, scan)) continue;
            // A province or city is a mention of its own only when it acts ("Surabaya menolak"); otherwise it
            // only tells generic agents their country.
            if (target is ActorTarget { Actor.Kind: ActorKind.Region } && !ActorResolver.IsAgentUse(m, scan)) continue;
            // A generic agent takes in the place beside it: "warga Rusia", "Cambodian police" are one mention
            // (the place keeps a mention of its own inside it).
            if (target is AgentTarget && PlaceBeside(m, scan) is { } place)
            {
                var whole = new TextSpan(Math.Min(span.Start, scan.Words[place.First].Start), Math.Max(span.End, scan.Words[place.End - 1].End));
                if (!taken.Any(t => t.Overlaps(whole) && !whole.Contains(t)))
                {
                    span = whole;
                    var placeSpan = scan.SpanOf(place.First, place.End);
                    if (!taken.Any(t => t.Overlaps(placeSpan)))
                    {
                        var p = ActorResolver.Resolve(ActorResolver.Preferred(place.Targets), place, scan);
                        added.Add(new Entity(placeSpan.Start, placeSpan.End, p.Type) { Actor = p.Code, CanonicalName = p.Canonical });
                        taken.Add(placeSpan);
                    }
                }
            }
            // "[UN] human rights office", "[European Court of Justice]" cut to a place: an organisation's name the NER cut short on
            // the right, starting with the entity, replaces it (cue longer-organisation-names; not over a person).
            if (scan.Cues.LongerOrganisationNames && target is ActorTarget { Actor.Kind: ActorKind.Igo or ActorKind.Group or ActorKind.Institution or ActorKind.Party or ActorKind.Company } &&
                entities.FirstOrDefault(e => e.Start == span.Start && e.End < span.End && e.Type != EntityType.PER) is { } cut &&
                !taken.Any(t => t.Overlaps(span) && !span.Contains(t)))
            {
                entities.RemoveAll(e => span.Contains(e.Span) && e.Type != EntityType.PER);
                added.RemoveAll(e => span.Contains(e.Span) && e.Type != EntityType.PER);
                taken.RemoveAll(t => span.Contains(t));
                var longer = ActorResolver.Resolve(target, m, scan);
                added.Add(new Entity(span.Start, span.End, EntityType.ORG) { Actor = longer.Code, CanonicalName = longer.Canonical });
                taken.Add(span);
                continue;
            }
            // A title or an agent may hold a found name ("Sekjen [NATO]", "warga [Rusia]"); nothing else may overlap an entity.
            bool overlaps = taken.Any(t => t.Overlaps(span) && !((target is TitleTarget || target is AgentTarget) && span.Contains(t) && t != span && !IsPerson(entities, t, scan)));
            if (overlaps) continue;
            if (target is TitleTarget && FollowedByName(m, scan, entities)) continue;
            if ((target is TitleTarget || target is AgentTarget { Agent.Type: EntityType.PER }) && ElectionTitles.Contested(m, scan)) continue;
            if (target is AgentTarget { Agent.CountryOnly: true } && HasCountryBeside(m, scan)) continue;
            var r = ActorResolver.Resolve(target, m, scan);
            var entity = new Entity(span.Start, span.End, r.Type) { IsNominal = r.IsNominal, Actor = r.Code, CanonicalName = r.Canonical };
            added.Add(entity);
            taken.Add(span);
        }
        entities.AddRange(added);
    }

    /// <summary>
    /// A one-word name glued to other capitalized words is part of a longer name the dictionary does not
    /// know: "Raden Prabowo Argo Yuwono", "Jordan Coombe", "Santiago Bernabeu", "Charoen Pokphand
    /// Indonesia"; and "US$" is a currency. The NER may still tag such words; then they are resolved as tagged.
    /// </summary>
    private static bool IsPartOfOtherName(NameMatch m, NameTarget target, ActorScan scan)
    {
        var text = scan.Document.Text;
        int end = scan.Words[m.End - 1].End;
        if (end < text.Length && char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.CurrencySymbol) return true;
        if (m.Count != 1 || scan.Words[m.First].Case != WordCase.Capitalized) return false;
        bool bareTitle = target is TitleTarget t && t.RoleId.StartsWith("~.", StringComparison.Ordinal);
        bool named = target is PersonTarget || target is ActorTarget { Actor.Kind: ActorKind.Capital or ActorKind.Country };
        // "Jordan Coombe", "Presiden Barcelona": followed by an unknown capitalized word.
        if ((named || bareTitle) && m.End < scan.Words.Count && !scan.Words[m.End].GapBefore &&
            scan.Words[m.End].Case == WordCase.Capitalized && scan.MatchStartingAt(m.End) is null)
            return true;
        // "Michael Jordan", "Unit Kerja Presiden", "Biro Penerangan Masyarakat": after one.
        if ((named || bareTitle || target is AgentTarget) && m.First > 0 && !scan.Words[m.First].GapBefore &&
            scan.Words[m.First - 1].Case == WordCase.Capitalized && scan.MatchEndingAt(m.First) is null &&
            !IsSentenceInitial(scan, m.First - 1))
            return true;
        return false;
    }

    private static bool IsInfinitive(NameMatch m, ActorScan scan) =>
        m.Count == 1 && m.First > 0 && m.End < scan.Words.Count && scan.Words[m.First].Case == WordCase.Lower &&
        !scan.Words[m.First].GapBefore && !scan.Words[m.End].GapBefore &&
        scan.Cues.InfinitiveMarkers.Contains(scan.Words[m.First - 1].Key) && scan.Cues.Determiners.Contains(scan.Words[m.End].Key);

    private static bool IsSentenceInitial(ActorScan scan, int word)
    {
        var text = scan.Document.Text;
        for (int i = scan.Words[word].Start - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c == ' ') continue;
            return c is '.' or '!' or '?' or '\n' or '"' or '\u201C' or ':' or '-' or '\u2013' or '\u2014' or ')';
        }
        return true;
    }

    /// <summary>A person the NER found there, unless its words are exactly a place's name: "angkatan laut [Sri Lanka]", "polisi
    /// [Sri Lanka]" with the country typed PER are still one agent mention of that country.</summary>
    private static bool IsPerson(List<Entity> entities, TextSpan span, ActorScan scan) =>
        entities.Any(e => e.Span == span && e.Type == EntityType.PER) && !IsPlaceName(span, scan);

    private static bool IsPlaceName(TextSpan span, ActorScan scan)
    {
        int first = scan.WordAtOrAfter(span.Start);
        return first < scan.Words.Count && scan.MatchStartingAt(first) is { } m && scan.SpanOf(m.First, m.End) == span &&
            AgentCountry.PlaceCode(m) is not null;
    }

    /// <summary>A title in apposition to a name ("Presiden Rusia Vladimir Putin") is part of that mention,
    /// not a mention of its own.</summary>
    private static bool FollowedByName(NameMatch title, ActorScan scan, List<Entity> entities)
    {
        var text = scan.Document.Text;
        int titleEnd = scan.Words[title.End - 1].End;
        foreach (var e in entities)
            if (e.Type == EntityType.PER && e.Start >= titleEnd && IsAppositionGap(text, titleEnd, e.Start)) return true;
        for (int k = title.End; k < Math.Min(title.End + 2, scan.Words.Count); k++)
            if (scan.MatchStartingAt(k) is { } m && m.Targets.Any(t => t is PersonTarget) &&
                IsAppositionGap(text, titleEnd, scan.Words[k].Start))
                return true;
        return false;
    }

    /// <summary>A place, demonym or organisation right before the agent ("Chinese vessels", "Russia's positions", "Hezbollah
    /// positions"), or a place right after it.</summary>
    private static bool HasOwnerBeside(NameMatch m, ActorScan scan) =>
        PlaceBeside(m, scan) is not null ||
        m.First > 0 && !scan.Words[m.First].GapBefore && scan.MatchEndingAt(m.First) is { } before &&
        ActorResolver.Preferred(before.Targets) is ActorTarget { Actor.Kind: ActorKind.Group or ActorKind.Igo or ActorKind.Party or ActorKind.Institution };

    private static bool HasCountryBeside(NameMatch m, ActorScan scan) => AgentCountry.Beside(m, scan) is not null;

    /// <summary>The place name right after or right before an agent (no punctuation between; before it, plain modifiers may
    /// stand between: "Chinese electric-car makers"), or null.</summary>
    private static NameMatch? PlaceBeside(NameMatch m, ActorScan scan)
    {
        if (m.End < scan.Words.Count && !scan.Words[m.End].GapBefore && scan.MatchStartingAt(m.End) is { } next && AgentCountry.PlaceCode(next) is not null)
            return next;
        return AgentCountry.PlaceBefore(m, scan);
    }
}
