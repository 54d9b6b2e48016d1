using System.Globalization;
using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// Reads the actor dictionary folder (<c>data/actors</c>, or a test folder with the same layout):
/// <list type="bullet">
/// <item><c>countries.tsv</c>: ISO3, canonical name, names and demonyms (|), capitals (|).</item>
/// <item><c>organizations.tsv</c> (and <c>organizations-en.tsv</c>, English news only, not in the NER gazetteer): code, kind (seat igo group institution party company mission), canonical name, variants (|); kind ministry is an institution named by its function (<see cref="NamedActor.NamedByFunction"/>).</item>
/// <item><c>roles.tsv</c>: role id, code, titles (|). <c>{C}</c> in a row makes it a template expanded for
///   every country; a template title without <c>{C}</c> is a bare title of the article's home country.</item>
/// <item><c>people.tsv</c>: canonical name, variants (|), nationality, spells (;) as <c>ROLE-OR-CODE@FROM..TO</c>.</item>
/// <item><c>agents.tsv</c>: word, role code, entity type, country-only (yes/no); <c>agents-en.tsv</c> (optional), the
///   same columns, for English documents only.</item>
/// <item><c>places.tsv</c>, <c>places-world.tsv</c> (optional; <c>places-en.tsv</c>, <c>places-world-id.tsv</c> for English or Indonesian only): ISO3, place names (|): provinces, cities, districts inside the country
///   (Indonesia's, the world's).</item>
/// <item><c>discards.tsv</c> (optional): names that hold an actor's name but are no actor ("Real Madrid").</item>
/// <item><c>context/&lt;lang&gt;.tsv</c>: key, values (|) — see <see cref="LanguageCues"/>.</item>
/// </list>
/// Lines starting with <c>#</c> are comments. A malformed line throws <see cref="InvalidDataException"/>
/// naming the file and line.
/// </summary>
public static class ActorDictionaryLoader
{
    private const string CountryPlaceholder = "{C}";

    public static ActorDictionary Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Actor dictionary folder '{folder}' does not exist; it should hold countries.tsv, organizations.tsv, roles.tsv, people.tsv, agents.tsv and context/.");
        var names = new NameIndex();
        var countries = new Dictionary<string, NamedActor>(StringComparer.Ordinal);
        var countryNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        foreach (var (row, where) in Rows(Path.Combine(folder, "countries.tsv"), 3))
        {
            var code = Code(row[0], where);
            var country = new NamedActor(code, ActorKind.Country, row[1]);
            countries[code] = country;
            var all = Split(row[2]).Prepend(row[1]).Distinct().ToList();
            countryNames[code] = all;
            foreach (var n in all) names.Add(n, new ActorTarget(country));
            // "a Liberian-flagged tanker": the flag is the country (English shipping news)
            foreach (var n in all.Where(n => !n.Contains(' ', StringComparison.Ordinal))) names.Add(n + "-flagged", new ActorTarget(country), "en");
            // "a Chinese-owned mine": a business of that country (English news), coded like a company (home country + BUS)
            var owned = new NamedActor(code + "BUS", ActorKind.Company, row[1] + " (owned)");
            foreach (var n in all.Where(n => !n.Contains(' ', StringComparison.Ordinal))) names.Add(n + "-owned", new ActorTarget(owned), "en");
            AddLedCompounds(names, all, new ActorTarget(country));
            if (row.Length > 3)
            {
                var capitals = Split(row[3]).ToList();
                if (capitals.Count > 0)
                {
                    var capital = new NamedActor(code, ActorKind.Capital, capitals[0]);
                    foreach (var c in capitals) names.Add(c, new ActorTarget(capital));
                }
            }
        }

        // organizations-en.tsv: organisations of English wire news only, kept out of the Indonesian NER gazetteer
        // (which snapshots organizations.tsv), so adding them does not move the Indonesian tagger
        // organizations-phoenix.tsv: PETRARCH2's IGOs and NGOs (generated, tools/actors/igos_from_petrarch.py), English
        // documents only, after the hand-written files (whose rows win for a name both have); parties-en.tsv: foreign
        // parties, English documents only; groups-phoenix.tsv: PETRARCH2's militant groups (generated,
        // tools/actors/groups_from_petrarch.py) and companies-phoenix.tsv (PETRARCH2's corporations, home country + BUS,
        // tools/actors/companies_from_petrarch.py), English documents only, last
        var organizationFiles = new[] { ("organizations.tsv", (string?)null), ("organizations-en.tsv", null), ("organizations-phoenix.tsv", "en"), ("parties-en.tsv", "en"), ("groups-phoenix.tsv", "en"), ("companies-phoenix.tsv", "en") }
            .Select(f => (Path: Path.Combine(folder, f.Item1), Language: f.Item2)).Where(f => f.Path.EndsWith("organizations.tsv", StringComparison.Ordinal) || File.Exists(f.Path));
        foreach (var (organizationFile, organizationLanguage) in organizationFiles)
        foreach (var (row, where) in Rows(organizationFile, 3))
        {
            var kind = row[1] switch
            {
                "seat" => ActorKind.Seat, "igo" => ActorKind.Igo, "group" => ActorKind.Group,
                "institution" => ActorKind.Institution, "party" => ActorKind.Party, "company" => ActorKind.Company,
                "mission" => ActorKind.Mission, "ministry" => ActorKind.Institution,
                _ => throw new InvalidDataException($"{where}: kind '{row[1]}' is not one of seat, igo, group, institution, party, company, mission, ministry."),
            };
            var actor = new NamedActor(Code(row[0], where), kind, row[2]) { NamedByFunction = row[1] == "ministry" };
            names.Add(row[2], new ActorTarget(actor), organizationLanguage);
            if (row.Length > 3) foreach (var v in Split(row[3])) names.Add(v, new ActorTarget(actor), organizationLanguage);
            if (actor.Kind is ActorKind.Igo) AddLedCompounds(names, (row.Length > 3 ? Split(row[3]) : []).Prepend(row[2]), new ActorTarget(actor));
        }

        var scannedCountryNames = countryNames.ToDictionary(c => c.Key, c => c.Value.Select(n => new CountryName(n)).ToList(), StringComparer.Ordinal);
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, string>(StringComparer.Ordinal);
        var roleRows = Rows(Path.Combine(folder, "roles.tsv"), 3).ToList();
        // each template title is filed for every country name, as written and in lower case
        names.Reserve(2 * countryNames.Values.Sum(l => l.Count) * roleRows.Where(r => r.Row[0].StartsWith(CountryPlaceholder + ".", StringComparison.Ordinal))
            .Sum(r => Split(r.Row[2]).Count(t => t.Contains(CountryPlaceholder, StringComparison.Ordinal))));
        foreach (var (row, where) in roleRows)
        {
            var (id, code, titles) = (row[0], row[1], Split(row[2]).ToList());
            if (id.StartsWith(CountryPlaceholder + ".", StringComparison.Ordinal))
            {
                var kind = id[(CountryPlaceholder.Length + 1)..];
                if (!code.StartsWith(CountryPlaceholder, StringComparison.Ordinal))
                    throw new InvalidDataException($"{where}: template role '{id}' needs a code starting with {{C}}, e.g. {{C}}GOV.");
                suffixes[kind] = code[CountryPlaceholder.Length..];
                // each title and each country name is scanned once and their words joined (CountryTitle), not every
                // one of the ~145,000 joined strings: the same names in the same order, a fraction of the start-up
                var templates = titles.Where(t => t.Contains(CountryPlaceholder, StringComparison.Ordinal))
                    .Select(t => (Title: t, AsWritten: CountryTitle.TryCut(t, CountryPlaceholder),
                                  Lower: CountryTitle.TryCut(t.ToLowerInvariant(), CountryPlaceholder.ToLowerInvariant()))).ToList();
                foreach (var (iso, countryNameList) in countryNames)
                {
                    var role = new Role(iso + "." + kind, iso + suffixes[kind]);
                    roles[role.Id] = role;
                    var scanned = scannedCountryNames[iso];
                    foreach (var (t, asWritten, lower) in templates)
                        foreach (var n in scanned)
                        {
                            if (asWritten is not null && asWritten.TryJoin(n, out var keys, out var cases))
                                names.AddWords(keys, cases, new TitleTarget(role.Id));
                            else
                                names.Add(t.Replace(CountryPlaceholder, n.Text, StringComparison.Ordinal), new TitleTarget(role.Id));
                            // Indonesian news writes a title with no name after it in lower case ("para menteri luar negeri
                            // Jordania dan Israel", "perdana menteri Israel"): the title's words in any case, the country's as written
                            if (lower is not null && lower.TryJoin(n, out keys, out cases))
                                names.AddWords(keys, cases, new TitleTarget(role.Id), "id");
                            else
                                names.Add(t.ToLowerInvariant().Replace(CountryPlaceholder.ToLowerInvariant(), n.Text, StringComparison.Ordinal), new TitleTarget(role.Id), "id");
                        }
                }
                foreach (var t in titles.Where(t => !t.Contains(CountryPlaceholder, StringComparison.Ordinal)))
                    names.Add(t, new TitleTarget("~." + kind));
            }
            else
            {
                roles[id] = new Role(id, Code(code, where));
                foreach (var t in titles) names.Add(t, new TitleTarget(id));
            }
        }

        var latest = DateOnly.MinValue;
        // people-en.tsv: world figures of wire news (Mugabe, Haftar, Solana), looked up in every language: Indonesian news
        // names them as English news does. Its dates do not move the reference date of undated articles (LatestDate),
        // which stays people.tsv's. It is kept out of the Indonesian NER gazetteer, which snapshots people.tsv.
        // people-petrarch.tsv: PETRARCH2's CountryInfo people (to 2014), English only: its 17,500 rows carry short
        // variants that are Indonesian words ("Jumat" for Ahmad bin Jumat)
        var peopleFiles = new[] { ("people.tsv", (string?)null, true), ("people-en.tsv", null, false), ("people-petrarch.tsv", "en", false) }
            .Select(f => (Path: Path.Combine(folder, f.Item1), Language: f.Item2, MovesLatest: f.Item3))
            .Where(f => f.MovesLatest || File.Exists(f.Path));
        foreach (var (peopleFile, peopleLanguage, movesLatest) in peopleFiles)
        foreach (var (row, where) in Rows(peopleFile, 3))
        {
            var spells = new List<RoleSpell>();
            if (row.Length > 3)
                foreach (var s in row[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    spells.Add(Spell(s, where));
            var nationality = row[2].Length == 0 ? null : Code(row[2], where);
            var person = new Person(row[0], nationality, spells);
            names.Add(row[0], new PersonTarget(person), peopleLanguage);
            foreach (var v in Split(row[1])) names.Add(v, new PersonTarget(person), peopleLanguage);
            foreach (var spell in spells)
            {
                if (movesLatest && spell.From > latest && spell.From != DateOnly.MaxValue) latest = spell.From;
                if (spell.Target.Contains('.'))
                {
                    if (!roles.TryGetValue(spell.Target, out var role))
                        throw new InvalidDataException($"{where}: role '{spell.Target}' is not defined in roles.tsv.");
                    role.Holders.Add(new RoleHolder(person, spell.From, spell.To));
                }
            }
        }

        // agents-en.tsv: English agent nouns, looked up in English documents only ("CEO" in Indonesian news is no actor)
        var agentFiles = new[] { ("agents.tsv", (string?)null), ("agents-en.tsv", "en") }
            .Select(f => (Path: Path.Combine(folder, f.Item1), Language: f.Item2)).Where(f => f.Language is null || File.Exists(f.Path));
        foreach (var (file, language) in agentFiles)
            foreach (var (row, where) in Rows(file, 4))
            {
                if (!Enum.TryParse<EntityType>(row[2], out var type))
                    throw new InvalidDataException($"{where}: entity type '{row[2]}' is not PER, ORG, LOC or MISC.");
                names.Add(row[0], new AgentTarget(new GenericAgent(row[1], type, row[3] == "yes")), language);
            }

        // places-world.tsv: places outside Indonesia (from PETRARCH): "shelled Kherson" -> UKR, "officials in Aleppo" -> SYRGOV
        // places-en.tsv: places of English wire news written by hand (not regenerated from PETRARCH), English documents only;
        // places-world-id.tsv: the same for Indonesian news (US cities and states, Mekkah …), Indonesian documents only;
        // places-not-en.tsv: Indonesian places that are English words ("Metro drivers", "Solo"), Indonesian documents only
        var notEnglish = File.Exists(Path.Combine(folder, "places-not-en.tsv"))
            ? Rows(Path.Combine(folder, "places-not-en.tsv"), 1).Select(r => r.Row[0]).ToHashSet(StringComparer.Ordinal) : [];
        foreach (var (places, placesLanguage) in new[] { ("places.tsv", (string?)null), ("places-world.tsv", null), ("places-en.tsv", "en"), ("places-world-id.tsv", "id") })
        {
            var file = Path.Combine(folder, places);
            if (!File.Exists(file)) continue;
            foreach (var (row, where) in Rows(file, 2))
            {
                var code = Code(row[0], where);
                if (!countries.ContainsKey(code))
                    throw new InvalidDataException($"{where}: country '{code}' of these places is not in countries.tsv.");
                var placeNames = Split(row[1]).ToList();
                if (placeNames.Count == 0) continue;
                var region = new NamedActor(code, ActorKind.Region, placeNames[0]);
                foreach (var n in placeNames) names.Add(n, new ActorTarget(region), placesLanguage ?? (notEnglish.Contains(n) ? "id" : null));
            }
        }

        // peoples-en.tsv: "Haitians", "Somalis" — the people of a country (English documents only)
        var peoples = new Dictionary<string, string>(StringComparer.Ordinal);
        var peoplesFile = Path.Combine(folder, "peoples-en.tsv");
        if (File.Exists(peoplesFile))
            foreach (var (row, where) in Rows(peoplesFile, 2))
            {
                var code = Code(row[0], where);
                if (!countries.TryGetValue(code, out var country))
                    throw new InvalidDataException($"{where}: country '{code}' of this people is not in countries.tsv.");
                foreach (var n in Split(row[1]))
                {
                    names.Add(n, new ActorTarget(country), "en");
                    peoples[string.Join(' ', WordScanner.Scan(n).Select(w => w.Key))] = code;
                }
            }

        var discards = Path.Combine(folder, "discards.tsv");
        if (File.Exists(discards))
            foreach (var (row, _) in Rows(discards, 1)) names.Add(row[0], DiscardTarget.Instance);

        var cues = new Dictionary<string, LanguageCues>(StringComparer.Ordinal);
        var contextFolder = Path.Combine(folder, "context");
        if (Directory.Exists(contextFolder))
            foreach (var file in Directory.GetFiles(contextFolder, "*.tsv").Order(StringComparer.Ordinal))
            {
                var language = Path.GetFileNameWithoutExtension(file);
                cues[language] = LoadCues(file, language);
            }

        return new ActorDictionary
        {
            Names = names, Roles = roles, TemplateSuffixes = suffixes, Countries = countries, Cues = cues,
            LatestDate = latest == DateOnly.MinValue ? DateOnly.FromDateTime(DateTime.UnixEpoch) : latest,
            Peoples = peoples,
        };
    }

    /// <summary>"a Saudi-led coalition", "US-led forces": a one-word name joined to "-led" is that actor (English news only).
    /// Not "-brokered"/"-mediated": the event coder then takes the broker for a party to the talks.</summary>
    private static void AddLedCompounds(NameIndex names, IEnumerable<string> actorNames, NameTarget target)
    {
        foreach (var n in actorNames.Where(n => !n.Contains(' ', StringComparison.Ordinal) && !n.Contains('-', StringComparison.Ordinal)))
            foreach (var suffix in LedSuffixes) names.Add(n + suffix, target, "en");
    }

    private static readonly string[] LedSuffixes = ["-led"];

    private static LanguageCues LoadCues(string file, string language)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var heads = new Dictionary<string, IReadOnlySet<ActorKind>>(StringComparer.Ordinal);
        foreach (var (row, where) in Rows(file, 2))
        {
            if (row[0].StartsWith("nominal:", StringComparison.Ordinal))
            {
                var kinds = new HashSet<ActorKind>();
                foreach (var k in Split(row[1]))
                    kinds.Add(Enum.TryParse<ActorKind>(k, ignoreCase: true, out var kind) ? kind
                        : throw new InvalidDataException($"{where}: '{k}' is not an actor kind ({string.Join(", ", Enum.GetNames<ActorKind>())})."));
                heads[WordScanner.Fold(row[0].AsSpan("nominal:".Length))] = kinds;
                continue;
            }
            if (!values.TryGetValue(row[0], out var list)) values[row[0]] = list = [];
            list.AddRange(Split(row[1]));
        }
        IReadOnlySet<string> Set(string key) =>
            values.TryGetValue(key, out var l) ? l.Select(v => WordScanner.Fold(v)).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();
        // role codes ("OPP") are kept as written
        IReadOnlySet<string> RoleSet(string key) =>
            values.TryGetValue(key, out var l) ? l.ToHashSet(StringComparer.Ordinal) : new HashSet<string>();
        // "brussels:IGOEUREEC" values: folded name → code
        IReadOnlyDictionary<string, string> Pairs(string key) =>
            values.TryGetValue(key, out var l)
                ? l.Select(v => v.Split(':', 2)).Where(p => p.Length == 2).ToDictionary(p => string.Join(' ', WordScanner.Scan(p[0]).Select(w => w.Key)), p => p[1], StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string> List(string key) => values.TryGetValue(key, out var l) ? l : [];
        int Int(string key, int fallback) =>
            values.TryGetValue(key, out var l) && l.Count > 0 && int.TryParse(l[0], CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;
        return new LanguageCues
        {
            Language = language,
            Home = values.TryGetValue("home", out var home) && home.Count > 0 ? home[0] : LanguageCues.UnknownCountry,
            Rank = values.TryGetValue("rank", out var rank) && rank.Count > 0 && int.TryParse(rank[0], CultureInfo.InvariantCulture, out var r) ? r : int.MaxValue,
            PlaceBefore = Set("place-before"), AgentBefore = Set("agent-before"), GovernmentBefore = Set("government-before"), GovernmentActsAfter = Set("government-acts-after"), CountrylessBefore = Set("countryless-before"), GovernmentHeads = Set("government-heads"), OriginBefore = Set("origin-before"), SkipAfter = Set("skip-after"),
            VerbPrefixes = List("verb-prefixes"), VerbSuffixes = List("verb-suffixes"), VerbWords = Set("verb-words"),
            NotVerbs = Set("not-verbs"), DemonstrativesAfter = Set("demonstratives-after"),
            DemonstrativesBefore = Set("demonstratives-before"), NominalHeads = heads,
            PluralNominals = List("plural-nominals"), MemberBeforeIgo = List("member-before-igo"), PersonPronouns = Set("person-pronouns"),
            LeaderBefore = Set("leader-before"), CaucusBefore = Set("caucus-before"),
            Modals = Set("modals"), AgentOf = Set("agent-of"), Coordinators = Set("coordinators"), LocationBefore = Set("location-before"),
            Former = Set("former"), CountryHeads = Set("country-heads"), PluralBefore = Set("plural-before"), LedBy = Set("led-by"),
            Claims = Set("claims"), Attackers = Set("attackers"), BackHeads = Set("back-heads"), There = Set("there"), Possessed = Set("possessed"),
            InquiryCommittees = Set("inquiry-committees"), PartyMemberWords = Set("party-member-words"), DefendantNouns = Set("defendant-nouns"),
            DefendantLinks = Set("defendant-links"), DefendantNotAfter = Set("defendant-not-after"), DefendantOthers = Set("defendant-others"),
            Perpetrators = Set("perpetrators"), ViolentCrimes = Set("violent-crimes"), CrimeSkip = Set("crime-skip"), PhraseOpeners = Set("phrase-openers"), AccordingOpeners = Set("according-openers"), StaffBefore = Set("staff-before"),
            MembersAfterGroup = values.ContainsKey("members-after-group"), RoleFromModifier = Set("role-from-modifier"), RoleOfPrevious = Set("role-of-previous"), GoverningAfterGroup = Set("governing-after-group"),
            CapitalObjectAgent = values.ContainsKey("capital-object-agent"),
            PlaceAfterVerb = Set("place-after-verb"), TravelWords = Set("travel-words"),
            CapitalPossessorAgent = values.ContainsKey("capital-possessor-agent"),
            ModifierReach = values.TryGetValue("modifier-reach", out var reach) && reach.Count > 0 && int.TryParse(reach[0], CultureInfo.InvariantCulture, out var n) ? n : 0,
            NotModifiers = Set("not-modifiers"), Demonyms = Demonyms(values, file), TitledNamesOwnCountry = values.ContainsKey("titled-names-own-country"),
            DiplomatWords = Set("diplomat-words"), AimedAt = Set("aimed-at"), DirectionWords = Set("direction-words"), EthnicWords = Set("ethnic-words"), PlaceNominalAfter = Set("place-nominal-after"), PluralNominalBefore = Set("plural-nominal-before"), CoordinatedAgentCountry = values.ContainsKey("coordinated-agent-country"),
            CoordinationLinks = Set("coordination-links"), AppositionOpeners = Set("apposition-openers"), AppositionEnds = Set("apposition-ends"), AppositionRolesOnly = values.ContainsKey("apposition-roles-only"), AppositionBlockers = Set("apposition-blockers"), LongerOrganisationNames = values.ContainsKey("longer-organisation-names"), AgentModifiesGroup = values.ContainsKey("agent-modifies-group"), OrganisationTypes = values.ContainsKey("organisation-types"),
            InfinitiveMarkers = Set("infinitive-markers"), Determiners = Set("determiners"), CapitalIgos = Pairs("capital-igo"),
            PeopleRole = values.TryGetValue("people-role", out var peopleRole) && peopleRole.Count > 0 ? peopleRole[0] : null,
            SuspectWords = Set("suspect-words"), SuspectOfficeRoles = values.TryGetValue("suspect-office-roles", out var offices) ? offices.ToHashSet(StringComparer.Ordinal) : new HashSet<string>(),
            BracketedAcronyms = values.ContainsKey("bracketed-acronyms"), StateBodiesAtHome = values.ContainsKey("state-bodies-at-home"),
            CivilSocietyWords = Set("civil-society-words"), MemberOrganisationWords = Set("member-organisation-words"), PhraseBeforeName = values.ContainsKey("phrase-before-name"), InitialsBefore = Set("initials-before"), KinBeforeNames = Set("kin-before-names"), KinModifiers = Set("kin-modifiers"), AgentOpensCompany = values.ContainsKey("agent-opens-company"),
            Officers = Set("officers"), OwnedAgents = Set("owned-agents"), PossessiveBefore = Set("possessive-before"), HeadOf = Set("head-of"), HeadOfLinks = Set("head-of-links"), CountryBeforeTitle = values.ContainsKey("country-before-title"), PartyHeads = Set("party-heads"), StatedRoles = RoleSet("stated-roles"), BorderWords = Set("border-words"), SidesBefore = Set("sides-before"), EpithetPossessors = Set("epithet-possessors"), AgentCountryFromSubject = values.ContainsKey("agent-country-from-subject"), CompoundAgentModifiers = values.ContainsKey("compound-agent-modifiers"), OfficerNotAfter = Set("officer-not-after"),
            Investigators = Set("investigators"), InvestigatorRoles = values.TryGetValue("investigator-roles", out var investigatorRoles) ? investigatorRoles.ToHashSet(StringComparer.Ordinal) : new HashSet<string>(),
            OfficerRoles = values.TryGetValue("officer-roles", out var roles) ? roles.ToHashSet(StringComparer.Ordinal) : new HashSet<string>(),
            BoardWords = Set("board-words"), BoardLevels = Set("board-levels"), TitleNotAfter = Set("title-not-after"),
            CandidateTitles = Set("candidate-titles"), CandidacyWords = Set("candidacy-words"), ElectedOffices = Set("elected-offices"), Incumbent = Set("incumbent-words"), TicketNotAfter = Set("ticket-not-after"), CellWords = Set("cell-words"),
            ClientRoles = Set("client-roles"), SquadWords = Set("squad-words"), SportWords = Set("sport-words"), WarWords = Set("war-words"),
            SportArticleMin = Int("sport-article-min", int.MaxValue), SportWarRatio = Int("sport-war-ratio", 1), SportBodies = Set("sport-bodies"), CompanyPrefixes = Set("company-prefixes"),
        };
    }

    /// <summary>The cue <c>demonyms</c> (inline words) and the words of the file named by <c>demonyms-file</c> (a path
    /// relative to the cue file's folder, one word a line, <c>#</c> comments: the English NER's demonym list), folded.</summary>
    private static IReadOnlySet<string> Demonyms(Dictionary<string, List<string>> values, string cueFile)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (values.TryGetValue("demonyms", out var inline)) set.UnionWith(inline.Select(v => WordScanner.Fold(v)));
        if (values.TryGetValue("demonyms-file", out var files))
            foreach (var f in files)
            {
                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(cueFile)!, f));
                if (!File.Exists(path)) throw new InvalidDataException($"{cueFile}: demonyms-file '{f}' does not exist ({path}).");
                set.UnionWith(File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Select(l => WordScanner.Fold(l)));
            }
        return set;
    }

    private static RoleSpell Spell(string text, string where)
    {
        int at = text.IndexOf('@');
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (at <= 0 || dots < at)
            throw new InvalidDataException($"{where}: spell '{text}' is not ROLE@FROM..TO (e.g. IGOWSTNAT@2014-10-01..2024-09-30; leave a date empty for an open end).");
        return new RoleSpell(text[..at], Date(text[(at + 1)..dots], DateOnly.MinValue, where), Date(text[(dots + 2)..], DateOnly.MaxValue, where));
    }

    private static DateOnly Date(string text, DateOnly open, string where) =>
        text.Length == 0 ? open
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new InvalidDataException($"{where}: '{text}' is not a date (YYYY-MM-DD).");

    private static string Code(string code, string where) =>
        code.Length >= 3 && code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-') ? code
        : throw new InvalidDataException($"{where}: '{code}' is not an actor code (capital letters and digits, e.g. RUS, IDNGOV, IGOWSTNAT).");

    private static IEnumerable<string> Split(string field) =>
        field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<(string[] Row, string Where)> Rows(string path, int minColumns)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Actor dictionary file '{path}' is missing.", path);
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var row = line.Split('\t');
            for (int i = 0; i < row.Length; i++) row[i] = row[i].Trim();
            if (row.Length < minColumns || row[0].Length == 0)
                throw new InvalidDataException($"{path}:{n}: expected at least {minColumns} tab-separated columns, found {row.Length}.");
            yield return (row, $"{path}:{n}");
        }
    }
}
