namespace Warta.Actors;

/// <summary>
/// The words of one language that the actor rules look at around a name: where a capital is a place
/// ("di Moskow") or an agent ("pihak Kremlin", "Moskow membantah"), which words make a nominal mention
/// ("aliansi tersebut"), and the home country of bare titles ("Menlu" in an Indonesian article).
/// Loaded from <c>data/actors/context/&lt;lang&gt;.tsv</c>.
/// </summary>
public sealed class LanguageCues
{
    /// <summary>The value of <see cref="Home"/> for a language with no home country (PETRARCH's "---").</summary>
    public const string UnknownCountry = "---";

    public string Language { get; init; } = "";
    /// <summary>Country of bare titles and generic agents when the article names none of its own;
    /// <see cref="UnknownCountry"/> when the language has no home country (English): then the article's
    /// dominant country is used (<see cref="ArticleCountry"/>), and without one no code at all.</summary>
    public string Home { get; init; } = UnknownCountry;
    public IReadOnlySet<string> PlaceBefore { get; init; } = Empty;
    public IReadOnlySet<string> AgentBefore { get; init; } = Empty;
    /// <summary>First words of an organisation's name that make it a state body ("Dinas Imigrasi AS" → USAGOV).</summary>
    public IReadOnlySet<string> GovernmentHeads { get; init; } = Empty;
    /// <summary>Words before the country a person comes from ("dari Singapura, Amos Yee" → SGPCVL).</summary>
    public IReadOnlySet<string> OriginBefore { get; init; } = Empty;
    /// <summary>Words before a country that make it its government ("pihak Somalia menolak").</summary>
    public IReadOnlySet<string> GovernmentBefore { get; init; } = Empty;
    /// <summary>"a US demand", "an Indonesian offer": a country right before one of these nouns of a state's act is its government.</summary>
    public IReadOnlySet<string> GovernmentActsAfter { get; init; } = Empty;
    /// <summary>"foreign mercenaries": an agent right after one of these words is from no country the sentence names.</summary>
    public IReadOnlySet<string> CountrylessBefore { get; init; } = Empty;
    public IReadOnlySet<string> SkipAfter { get; init; } = Empty;
    public IReadOnlyList<string> VerbPrefixes { get; init; } = [];
    public IReadOnlyList<string> VerbSuffixes { get; init; } = [];
    public IReadOnlySet<string> VerbWords { get; init; } = Empty;
    public IReadOnlySet<string> NotVerbs { get; init; } = Empty;
    public IReadOnlySet<string> DemonstrativesAfter { get; init; } = Empty;
    public IReadOnlySet<string> DemonstrativesBefore { get; init; } = Empty;
    /// <summary>Head nouns of nominal mentions ("aliansi") → the kinds of actor they can refer to.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<ActorKind>> NominalHeads { get; init; } = new Dictionary<string, IReadOnlySet<ActorKind>>();
    /// <summary>Plural nominal mentions that refer to two actors at once ("kedua negara").</summary>
    public IReadOnlyList<string> PluralNominals { get; init; } = [];
    /// <summary>Words right before an international organisation that make the agent before them its member
    /// ("tergabung dalam", "anggota"): <see cref="MemberAgents"/>.</summary>
    public IReadOnlyList<string> MemberBeforeIgo { get; init; } = [];
    /// <summary>Pronouns the quotes stage resolves with <see cref="Coreference.MostRecentPerson"/>.</summary>
    public IReadOnlySet<string> PersonPronouns { get; init; } = Empty;
    /// <summary>Leader words that with "of"/"for" and an organisation after them are that organisation acting ("the head of
    /// the UN refugee agency"), and the words linking them (<see cref="HeadsOfOrganisations"/>).</summary>
    public IReadOnlySet<string> HeadOf { get; init; } = Empty;
    public IReadOnlySet<string> HeadOfLinks { get; init; } = Empty;
    /// <summary>Titles follow the country in this language ("Moroccan King Mohammed VI"), see <see cref="CountryBeforeTitledName"/>.</summary>
    public bool CountryBeforeTitle { get; init; }
    /// <summary>Roles an agent noun titling a known person gives them over the dictionary's offices ("opposition leader, X").</summary>
    public IReadOnlySet<string> StatedRoles { get; init; } = Empty;
    /// <summary>"at the Turkish frontier": a place before these words is a border, which gives an agent no country.</summary>
    public IReadOnlySet<string> BorderWords { get; init; } = Empty;
    /// <summary>"talks between Kinshasa and the M23 rebels": after these words a capital paired with a non-place actor acts.</summary>
    public IReadOnlySet<string> SidesBefore { get; init; } = Empty;
    /// <summary>"the Heart of Moldova party": a country inside a capitalised name closed by one of these words is that country's party.</summary>
    public IReadOnlySet<string> PartyHeads { get; init; } = Empty;
    /// <summary>Epithets of a country that own an agent ("the island's president"): the country named last before.</summary>
    public IReadOnlySet<string> EpithetPossessors { get; init; } = Empty;
    /// <summary>An agent with no country of its own takes its sentence's subject's before the article's ("Belarus freed 14
    /// political prisoners" → BLROPP), see <see cref="AgentCountry.Of"/>.</summary>
    public bool AgentCountryFromSubject { get; init; }

    /// <summary>"Russian army commanders": a lower-case agent noun right before an agent modifies it, and the place before the
    /// pair is the head's country (cue <c>compound-agent-modifiers</c>, <see cref="AgentCountry.PlaceBefore"/>).</summary>
    public bool CompoundAgentModifiers { get; init; }
    /// <summary>Possessive words before an agent ("its jets", "their troops"): the agent is the last actor's named before.</summary>
    public IReadOnlySet<string> PossessiveBefore { get; init; } = Empty;
    /// <summary>Agent head nouns that name an actor only with their owner right beside them ("Chinese vessels",
    /// "Russia's positions", "Hezbollah positions"): alone ("took tough positions", "two vessels sank") they are no mention.</summary>
    public IReadOnlySet<string> OwnedAgents { get; init; } = Empty;
    /// <summary>Words before a title saying its holder no longer holds it ("mantan Kapolri", "former president").</summary>
    public IReadOnlySet<string> Former { get; init; } = Empty;

    /// <summary>Words that introduce a person as head or member of the organisation after them ("Ketua MUI X").</summary>
    public IReadOnlySet<string> LeaderBefore { get; init; } = Empty;
    /// <summary>Words that make a party name its parliamentary group ("Fraksi Partai Gerindra" → LEG).</summary>
    public IReadOnlySet<string> CaucusBefore { get; init; } = Empty;

    /// <summary>Modal words after a name that make it act ("Washington will send", "Moskow akan").</summary>
    public IReadOnlySet<string> Modals { get; init; } = Empty;
    /// <summary>Words linking an agent to its country after it ("the government of Colombia").</summary>
    public IReadOnlySet<string> AgentOf { get; init; } = Empty;

    /// <summary>Words coordinating two places that share an agent ("pasukan Korea Selatan dan AS").</summary>
    public IReadOnlySet<string> Coordinators { get; init; } = Empty;

    /// <summary>Words before the place where something happens ("di", "in"), not a direction ("ke", "to").</summary>
    public IReadOnlySet<string> LocationBefore { get; init; } = Empty;

    /// <summary>Nouns for a country that an epithet follows ("negara Teluk", "the Gulf state").</summary>
    public IReadOnlySet<string> CountryHeads { get; init; } = Empty;
    /// <summary>Words before a country noun that make it plural or generic ("sejumlah negara Teluk").</summary>
    public IReadOnlySet<string> PluralBefore { get; init; } = Empty;
    /// <summary>Words linking a country noun to its leader ("negara pimpinan Kim Jong-un").</summary>
    public IReadOnlySet<string> LedBy { get; init; } = Empty;

    /// <summary>Phrases by which a group claims an attack ("bertanggung jawab atas").</summary>
    public IReadOnlySet<string> Claims { get; init; } = Empty;
    /// <summary>Nouns for unnamed attackers that a claim identifies ("pelaku", "pria bersenjata").</summary>
    public IReadOnlySet<string> Attackers { get; init; } = Empty;

    /// <summary>Agent words that, written bare, stand for the last longer agent they opened earlier in the
    /// article ("aparat gabungan … aparat" is the joint force of the local government, not the police).</summary>
    public IReadOnlySet<string> BackHeads { get; init; } = Empty;

    /// <summary>Words after a place cue that point back to the last place named ("jaksa agung di sana").</summary>
    public IReadOnlySet<string> There { get; init; } = Empty;

    /// <summary>Agent words carrying a possessive ("warganya": its citizens): the country of the actor named
    /// last before them is theirs.</summary>
    public IReadOnlySet<string> Possessed { get; init; } = Empty;

    /// <summary>Committees of parliament named after the body they inquire into ("pansus angket"): <see cref="InquiryCommittees"/>.</summary>
    public IReadOnlySet<string> InquiryCommittees { get; init; } = Empty;
    /// <summary>Words for a party's member before its name in an epithet ("politisi PAN itu"): <see cref="PartyMemberEpithets"/>.</summary>
    public IReadOnlySet<string> PartyMemberWords { get; init; } = Empty;

    /// <summary>Nouns for a defendant or suspect that, bare, stand for the one the article names so: <see cref="DefendantNouns"/>.</summary>
    public IReadOnlySet<string> DefendantNouns { get; init; } = Empty;
    /// <summary>"X sebagai tersangka": words linking a person to a defendant noun after them.</summary>
    public IReadOnlySet<string> DefendantLinks { get; init; } = Empty;
    /// <summary>Words before a defendant noun that make it another, unnamed one ("seorang tersangka") or a predicate
    /// ("ditetapkan sebagai tersangka"), not a reference.</summary>
    public IReadOnlySet<string> DefendantNotAfter { get; init; } = Empty;
    /// <summary>Words after a defendant noun that make it another one ("tersangka lain").</summary>
    public IReadOnlySet<string> DefendantOthers { get; init; } = Empty;

    /// <summary>Perpetrator nouns ("pelaku") and the violent crimes that frame them as criminals: <see cref="PerpetratorCrimes"/>.</summary>
    public IReadOnlySet<string> Perpetrators { get; init; } = Empty;
    public IReadOnlySet<string> ViolentCrimes { get; init; } = Empty;
    /// <summary>Words between a perpetrator noun and its crime ("pelaku tindak kekerasan").</summary>
    public IReadOnlySet<string> CrimeSkip { get; init; } = Empty;

    /// <summary>Bare words for officers that stand for the force named last before them ("petugas"): <see cref="OfficerBackReference"/>.</summary>
    public IReadOnlySet<string> Officers { get; init; } = Empty;
    /// <summary>Roles of the forces such officer words can refer back to (COP, MIL, GOV).</summary>
    public IReadOnlySet<string> OfficerRoles { get; init; } = Empty;
    /// <summary>Copulas before an officer word that make it a predicate ("adalah anggota"), not the force.</summary>
    public IReadOnlySet<string> OfficerNotAfter { get; init; } = Empty;
    /// <summary>Bare words for a case's investigators ("penyidik") and the roles of the bodies they stand for (police,
    /// prosecutors: cues <c>investigators</c>, <c>investigator-roles</c>), read like <see cref="Officers"/>.</summary>
    public IReadOnlySet<string> Investigators { get; init; } = Empty;
    public IReadOnlySet<string> InvestigatorRoles { get; init; } = Empty;

    /// <summary>An agent word opening a company's name is that agent of the company's country ("Serikat Pekerja
    /// Pertamina" → IDNLAB): <see cref="CompanyStaff"/>.</summary>
    public bool AgentOpensCompany { get; init; }

    /// <summary>Words naming an unknown organisation as civil society ("advokasi", "yayasan"): <see cref="CivilSocietyNames"/>.</summary>
    public IReadOnlySet<string> CivilSocietyWords { get; init; } = Empty;
    /// <summary>First words of an association's name ("federasi", "ikatan"): with an agent noun of people inside, the name acts in that agent's role (<see cref="MemberOrganisationNames"/>).</summary>
    public IReadOnlySet<string> MemberOrganisationWords { get; init; } = Empty;
    /// <summary>An unknown person after a comma takes the role of the coded phrase before it (<see cref="PhraseBeforeName"/>).</summary>
    public bool PhraseBeforeName { get; init; }
    /// <summary>Speech verbs and counting words that may open the segment before such a phrase ("kata salah seorang").</summary>
    public IReadOnlySet<string> PhraseOpeners { get; init; } = Empty;
    /// <summary>"Menurut": may open such a phrase only when a person noun heads it and a comma closes the name.</summary>
    public IReadOnlySet<string> AccordingOpeners { get; init; } = Empty;
    /// <summary>Staff nouns that, like leader words, may open such a phrase before the organisation they serve ("auditor BPK, X").</summary>
    public IReadOnlySet<string> StaffBefore { get; init; } = Empty;
    /// <summary>Words before a person's initials ("berinisial JR"): <see cref="InitialledPeople"/>.</summary>
    public IReadOnlySet<string> InitialsBefore { get; init; } = Empty;
    /// <summary>Kin words before a coded person ("putri Setya Novanto"): a relative, a civilian (<see cref="KinOfNamed"/>).</summary>
    public IReadOnlySet<string> KinBeforeNames { get; init; } = Empty;
    /// <summary>Words that may stand between the kin word and the person ("putra sulung", "anak dari").</summary>
    public IReadOnlySet<string> KinModifiers { get; init; } = Empty;

    /// <summary>Roles held for a person ("pengacara", "manajer"): with a name apposed after the person, that name holds the
    /// role and the person is the client (<see cref="RelationalRoles"/>).</summary>
    public IReadOnlySet<string> ClientRoles { get; init; } = Empty;
    /// <summary>Squad words ("pasukan") that in sport news name a team, not troops: <see cref="SportSquads"/>, with the sport
    /// and war words counted in the article, the least different sport words, and how many times the war words they must outnumber.</summary>
    public IReadOnlySet<string> SquadWords { get; init; } = Empty;
    public IReadOnlySet<string> SportWords { get; init; } = Empty;
    public IReadOnlySet<string> WarWords { get; init; } = Empty;
    public int SportArticleMin { get; init; } = int.MaxValue;
    public int SportWarRatio { get; init; } = 1;
    /// <summary>Words naming a sport body ("PSSI", "FIFA"): a state-body name holding one is none (<see cref="StateBodyNames"/>).</summary>
    public IReadOnlySet<string> SportBodies { get; init; } = Empty;
    /// <summary>Company prefixes ("PT"): an acronym right after one is that company (<see cref="CompanyAcronyms"/>).</summary>
    public IReadOnlySet<string> CompanyPrefixes { get; init; } = Empty;

    /// <summary>An unknown organisation opened by a state-body word is a home state body: <see cref="StateBodyNames"/>.</summary>
    public bool StateBodiesAtHome { get; init; }

    /// <summary>Words of a criminal case ("tersangka", "terdakwa"): in such an article an official whose office
    /// ended shortly before keeps its role (<see cref="SuspectOfficials"/>), one of <see cref="SuspectOfficeRoles"/>.</summary>
    public IReadOnlySet<string> SuspectWords { get; init; } = Empty;
    public IReadOnlySet<string> SuspectOfficeRoles { get; init; } = Empty;

    /// <summary>Words of an organisation's board before its name ("DPD Partai Golkar") and the levels that may follow them
    /// ("DPD I"): <see cref="OrganisationBoards"/>.</summary>
    public IReadOnlySet<string> BoardWords { get; init; } = Empty;
    public IReadOnlySet<string> BoardLevels { get; init; } = Empty;
    /// <summary>Election and candidacy words after which a title is the contested office, no mention: <see cref="ElectionTitles"/>.</summary>
    public IReadOnlySet<string> TitleNotAfter { get; init; } = Empty;
    /// <summary>Candidate titles ("capres"), candidacy words ("calon") and the elected offices after them ("gubernur"): a
    /// person they introduce campaigns for a party (<see cref="CandidateTitles"/>).</summary>
    public IReadOnlySet<string> CandidateTitles { get; init; } = Empty;
    public IReadOnlySet<string> CandidacyWords { get; init; } = Empty;
    public IReadOnlySet<string> ElectedOffices { get; init; } = Empty;
    public IReadOnlySet<string> Incumbent { get; init; } = Empty;
    /// <summary>Words before a hyphenated pair of people that make it the government they lead, not a ticket
    /// ("pemerintahan Jokowi - JK"; <see cref="ElectoralTickets"/>). Empty: no ticket rule for the language.</summary>
    public IReadOnlySet<string> TicketNotAfter { get; init; } = Empty;
    /// <summary>Network and cell words before an international militant group: its local cell (<see cref="HomeCells"/>).</summary>
    public IReadOnlySet<string> CellWords { get; init; } = Empty;

    /// <summary>An acronym in brackets after a coded organisation stands for it: <see cref="BracketedAcronyms"/>.</summary>
    public bool BracketedAcronyms { get; init; }

    /// <summary>Order of preference when the language of a text is unknown and cue words tie.</summary>
    public int Rank { get; init; } = int.MaxValue;
    /// <summary>A generic agent right after a group's name is its members ("Hamas militants"): <see cref="GroupMembers"/>.</summary>
    public bool MembersAfterGroup { get; init; }
    /// <summary>Heads that make a group named before them its country's government ("Taliban authorities").</summary>
    public IReadOnlySet<string> GoverningAfterGroup { get; init; } = Empty;
    /// <summary>Head nouns that take the role of an agent noun right before them ("cartel gunmen"): <see cref="AgentModifiers"/>.</summary>
    public IReadOnlySet<string> RoleFromModifier { get; init; } = Empty;
    /// <summary>Heads that take the role of the last agent before them in the sentence ("their Belgian colleagues"): <see cref="AgentCounterparts"/>.</summary>
    public IReadOnlySet<string> RoleOfPrevious { get; init; } = Empty;
    /// <summary>A capital right after a verb is its object and stands for its government ("accused Moscow of").</summary>
    public bool CapitalObjectAgent { get; init; }
    /// <summary>"criticism from Beijing", "aid to Kyiv": prepositions after which a capital is its government unless a
    /// verb, a person or agent noun, or a <see cref="TravelWords"/> word comes right before ("flew to Kyiv").</summary>
    public IReadOnlySet<string> PlaceAfterVerb { get; init; } = Empty;
    /// <summary>Words of travel that make the capital after "to"/"from" a place ("a visit to Moscow", "flew to Kyiv").</summary>
    public IReadOnlySet<string> TravelWords { get; init; } = Empty;
    /// <summary>"at Maputo's request": a capital owning something is its government.</summary>
    public bool CapitalPossessorAgent { get; init; }
    /// <summary>The role of a people acting alone ("Haitians fled" → HTI + CVL; <see cref="ActorDictionary.Peoples"/>), or
    /// null where the language's dictionaries list no peoples.</summary>
    public string? PeopleRole { get; init; }
    /// <summary>How many lower-case modifiers may stand between a place and the agent it owns ("Chinese electric-car
    /// makers"); 0 where the language puts modifiers after the noun.</summary>
    public int ModifierReach { get; init; }
    /// <summary>An agent noun titling a name ("opposition leader Tundu Lissu") takes no country from elsewhere in the
    /// sentence: <see cref="AgentCountry"/>.</summary>
    public bool TitledNamesOwnCountry { get; init; }
    /// <summary>Diplomat nouns after which "from"/"to" + a capital is its government ("its ambassador from Abidjan").</summary>
    public IReadOnlySet<string> DiplomatWords { get; init; } = Empty;
    /// <summary>Two-word phrases after which a capital is the addressee of criticism ("out at": "lashed out at Brussels").</summary>
    public IReadOnlySet<string> AimedAt { get; init; } = Empty;
    /// <summary>Place cues of direction: a place after them is where an agent goes, not whose it is ("troops to Haiti").</summary>
    public IReadOnlySet<string> DirectionWords { get; init; } = Empty;
    /// <summary>Words before a demonym that make it an ethnicity, not a country ("ethnic Armenian fighters").</summary>
    public IReadOnlySet<string> EthnicWords { get; init; } = Empty;
    /// <summary>Place and travel words after which "the country" is a place, no mention ("leave the country").</summary>
    public IReadOnlySet<string> PlaceNominalAfter { get; init; } = Empty;
    /// <summary>Words before a nominal head that make it plural ("ketiga negara itu", "para menteri tersebut"): the nominal
    /// stands for several actors, never for the one latest actor of its kind.</summary>
    public IReadOnlySet<string> PluralNominalBefore { get; init; } = Empty;
    /// <summary>An agent coordinated after a place or a placed agent takes its country ("Colombia and the rebels").</summary>
    public bool CoordinatedAgentCountry { get; init; }
    /// <summary>Words between an agent and the first of two coordinated places that share its role ("ministers of A and B").</summary>
    public IReadOnlySet<string> CoordinationLinks { get; init; } = Empty;
    /// <summary>"to": an agent noun after it and before a <see cref="Determiners"/> word is a verb ("to outlaw the party").</summary>
    public IReadOnlySet<string> InfinitiveMarkers { get; init; } = Empty;
    public IReadOnlySet<string> Determiners { get; init; } = Empty;
    /// <summary>Capitals that stand for an IGO seated there when they act (folded name → IGO code: "brussels" → IGOEUREEC).</summary>
    public IReadOnlyDictionary<string, string> CapitalIgos { get; init; } = new Dictionary<string, string>();
    /// <summary>Function words that are never such a modifier ("Kenya to the police").</summary>
    public IReadOnlySet<string> NotModifiers { get; init; } = Empty;
    /// <summary>Demonyms ("Chinese", "Burundian"), folded: only a demonym or a possessive ("Burundi's") owns an agent past
    /// modifiers; a bare country name before lower-case words is more often a subject and its verb ("Uruguay will send troops").</summary>
    public IReadOnlySet<string> Demonyms { get; init; } = Empty;
    /// <summary>Words opening an apposition after a name ("Maria Kolesnikova, the jailed opposition figure"); empty where
    /// the language has no apposed-role rule (<see cref="ApposedRoles"/>).</summary>
    public IReadOnlySet<string> AppositionOpeners { get; init; } = Empty;
    /// <summary>Words that may follow the head of an apposition ("the last opposition force with seats …").</summary>
    public IReadOnlySet<string> AppositionEnds { get; init; } = Empty;
    /// <summary>Only role mentions head an apposition ("Yanyong Sipaseuth, wakil gubernur provinsi itu"): a title or person noun,
    /// or an organisation after a leader word ("X, anggota Komisi III DPR"), never another name; no verb before the head
    /// (<see cref="ApposedRoles"/>).</summary>
    public bool AppositionRolesOnly { get; init; }
    /// <summary>Words that end the search for an apposition's head: kin and companions ("X, istri pejabat itu"), former
    /// words, function words.</summary>
    public IReadOnlySet<string> AppositionBlockers { get; init; } = Empty;
    /// <summary>An organisation's name the NER cut short on the right ("[UN] human rights office") replaces the entity.</summary>
    public bool LongerOrganisationNames { get; init; }
    /// <summary>A one-word agent noun right before an organisation's name only describes it ("dissident FARC fighters").</summary>
    public bool AgentModifiesGroup { get; init; }
    /// <summary>A name the NER typed as a person that is wholly an organisation's name is an organisation.</summary>
    public bool OrganisationTypes { get; init; }

    /// <summary>A word typical of this language: a cue word or a verb form.</summary>
    public bool IsCueWord(Word word) =>
        PlaceBefore.Contains(word.Key) || SkipAfter.Contains(word.Key) || DemonstrativesAfter.Contains(word.Key) ||
        DemonstrativesBefore.Contains(word.Key) || (word.Case == WordCase.Lower && IsVerbLike(word));

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    /// <summary>True when the word looks like a finite verb: "membantah", "denied", "says".</summary>
    public bool IsVerbLike(Word word)
    {
        if (word.Case != WordCase.Lower) return false;
        var key = word.Key;
        if (NotVerbs.Contains(key)) return false;
        if (VerbWords.Contains(key)) return true;
        foreach (var p in VerbPrefixes)
            if (key.Length >= p.Length + 3 && key.StartsWith(p, StringComparison.Ordinal)) return true;
        foreach (var s in VerbSuffixes)
            if (key.Length >= s.Length + 3 && key.EndsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }
}
