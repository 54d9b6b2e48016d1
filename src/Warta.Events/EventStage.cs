using Warta.Core;
using Warta.Events.Coding;
using Warta.Events.Discourse;
using Warta.Events.Language;
using Warta.Events.Ontology;

namespace Warta.Events;

/// <summary>
/// Adds <see cref="Document.Events"/>: codes every sentence with the coder of the document's language,
/// dates each event (<see cref="EventDates"/>: its sentence's time, else the previous sentence's, else the article's anchor day, else publication), resolves
/// targets of denials that point back at an earlier event ("membantah tudingan itu"), and merges repeats of
/// the same event (same source, target, code and polarity) into one record with a mention count.
/// </summary>
public sealed class EventStage : IStage
{
    private readonly CameoOntology _ontology;
    private readonly Dictionary<string, EventCoder> _coders;
    private readonly Dictionary<string, ImplicitActors> _implicit;
    private readonly Dictionary<string, QuotedJudgements> _judgements;
    private readonly Dictionary<string, FallbackTarget> _fallback;
    private readonly Dictionary<string, UnknownSuspects> _suspects;
    private readonly Dictionary<string, BackgroundDates> _background;
    private readonly IrregularForce? _irregular;
    private readonly IReadOnlyDictionary<string, AgentRoles>? _implicitAgents;

    public EventStage(CameoOntology ontology, IEnumerable<EventLanguage> languages, IrregularForce? irregular = null,
        IReadOnlyDictionary<string, AgentRoles>? implicitAgents = null)
    {
        _ontology = ontology;
        _irregular = irregular;
        _implicitAgents = implicitAgents;
        _coders = languages.ToDictionary(l => l.Code, l => new EventCoder(l, ontology), StringComparer.Ordinal);
        _implicit = _coders.ToDictionary(c => c.Key, c => new ImplicitActors(c.Value.Language.Morphology, implicitAgents, c.Value.Language.Grammar), StringComparer.Ordinal);
        _judgements = _coders.ToDictionary(c => c.Key, c => new QuotedJudgements(c.Value.Language.Grammar), StringComparer.Ordinal);
        _fallback = _coders.ToDictionary(c => c.Key, c => new FallbackTarget(c.Value.Language.Grammar), StringComparer.Ordinal);
        _suspects = _coders.ToDictionary(c => c.Key, c => new UnknownSuspects(c.Value.Language.Grammar, c.Value.Language.Morphology), StringComparer.Ordinal);
        _background = _coders.ToDictionary(c => c.Key, c => new BackgroundDates(c.Value.Language.Grammar), StringComparer.Ordinal);
    }

    /// <summary>The same stage with language <paramref name="code"/>'s learned trigger model replaced (null: none), so
    /// `warta train events` can score candidate models without reloading the pipeline.</summary>
    public EventStage WithTriggerModel(string code, Learned.TriggerModel? model) =>
        new(_ontology, _coders.Values.Select(c => c.Language.Code == code ? c.Language.WithTriggerModel(model) : c.Language), _irregular, _implicitAgents);

    /// <summary>The coding knowledge of a language this stage codes, or null.</summary>
    public EventLanguage? LanguageOf(string code) => _coders.TryGetValue(code, out var c) ? c.Language : null;

    public string Name => "events";
    public Layer Needs => Layer.Tokens | Layer.Sentences | Layer.Entities | Layer.Actors | Layer.Coreference | Layer.Times | Layer.Quotes;
    public Layer Adds => Layer.Events;

    /// <summary>Loads the ontology and every language folder under data/&lt;lang&gt;/events that has patterns.</summary>
    public static EventStage Load(string dataRoot, params string[] languages)
    {
        var ontology = CameoOntology.Load(Path.Combine(dataRoot, "events", "cameo.tsv"), Path.Combine(dataRoot, "events", "intent.tsv"));
        var loaded = languages
            .Select(l => (Code: l, Folder: Path.Combine(dataRoot, l, "events")))
            .Where(x => Directory.Exists(x.Folder) && Directory.GetFiles(x.Folder, "patterns*.tsv").Length > 0)
            .Select(x => EventLanguage.Load(x.Code, x.Folder, ontology));
        var irregular = Path.Combine(dataRoot, "events", "irregular-force.tsv");
        var agents = Path.Combine(dataRoot, "events", "implicit-agents.tsv");
        return new EventStage(ontology, loaded, File.Exists(irregular) ? IrregularForce.Load(irregular, ontology) : null,
            File.Exists(agents) ? LoadImplicitAgents(agents) : null);
    }

    /// <summary>data/events/implicit-agents.tsv: root or code TAB role|role|… [TAB role of the patient's country]</summary>
    public static Dictionary<string, AgentRoles> LoadImplicitAgents(string path)
    {
        var map = new Dictionary<string, AgentRoles>(StringComparer.Ordinal);
        foreach (var (line, f) in DataFile.ReadRows(path))
        {
            if (f.Length is not (2 or 3) || f[0].Length is < 2 or > 4 || !f[0].All(char.IsAsciiDigit) || f.Length == 3 && f[2].Length != 3)
                throw DataFile.Error(path, line, "expected 'code<TAB>ROLE|ROLE|…[<TAB>ROLE]' with a CAMEO root (two digits) or code (three or four).");
            map[f[0]] = new AgentRoles(f[1].Split('|'), f.Length == 3 ? f[2] : null);
        }
        return map;
    }

    public void Process(Document document)
    {
        var records = new List<EventRecord>();
        var keys = new Dictionary<(string, string?, string, bool, string), int>();
        var lemma = _coders.TryGetValue(document.Language, out var coder) ? coder.Language.Morphology : null;
        foreach (var record in Mentions(document))
        {
            // same actors, code, polarity and predicate (trigger lemma): a repeat of one event
            var key = (record.Source, record.Target, record.Code, record.Negated, lemma?.MergeLemma(record.Trigger.Split(' ')[0]) ?? "");
            if (keys.TryGetValue(key, out var at))
                records[at] = records[at] with { Mentions = records[at].Mentions + 1 };
            else
            {
                keys[key] = records.Count;
                records.Add(record);
            }
        }
        document.Events.AddRange(records);
    }

    /// <summary>Every event mention, sentence by sentence, before repeats are merged (what a per-sentence
    /// evaluation compares with its gold). Does not change the document.</summary>
    /// <param name="why">Receives why trigger words gave no event (diagnostics only).</param>
    public List<EventRecord> Mentions(Document document, Explanation? why = null)
    {
        var mentions = new List<CodedMention>();
        if (!_coders.TryGetValue(document.Language, out var coder)) return [];
        var lemma = coder.Language.Morphology;
        // "met in Doha …, their first meeting since …", "fought a gun battle": a language whose gold counts one record per
        // (source, target, root) in a sentence (GUIDELINES §4) merges a sentence's repeats (grammar setting sentence-repeats)
        bool mergeRepeats = coder.Language.Grammar.Setting("sentence-repeats", "keep") == "merge";
        bool dropProtestAims = coder.Language.Grammar.Setting("purpose-of-protest", "keep") == "drop";
        var actors = document.Entities.Where(e => e.Actor is not null).OrderBy(e => e.Start).ToList();
        int next = 0;
        for (int si = 0; si < document.Sentences.Count; si++)
        {
            var sentence = document.Sentences[si];
            while (next < actors.Count && actors[next].End <= sentence.Start) next++;
            int end = next;
            while (end < actors.Count && actors[end].Start < sentence.End) end++;
            // only the actor entities overlapping this sentence (the list is sorted by start)
            var view = new SentenceView(document, si, actors.GetRange(next, end - next));
            int first = mentions.Count;
            foreach (var ev in coder.Code(view, why))
            {
                // "Kedua negara sepakat …": the two sides of the latest event between two actors
                if (PairNominals.Sides(document, view, ev, mentions) is var (a, b))
                {
                    foreach (var (side, other, pair) in PairEvents(ev, a, b, coder.Language.Grammar))
                        mentions.Add(new CodedMention(ToRecord(document, view, ev with { Mutual = pair }, side, other), side, other) { Untargeted = ev.NoTarget });
                    continue;
                }
                if (_implicit[document.Language].Resolve(document, view, ev, mentions) is not var (source, target, recalled))
                {
                    why?.Add(view, ev.TriggerFirst, $"no source found in the article, {(ev.SubjectMissing ? "verb with no subject" : ev.Nominal ? "event noun" : "passive")} ({ev.Code})");
                    continue;
                }
                if (target is null && ev.AnaphorWord is not null && EarlierAccuser(mentions, source.Code) is { } accuser)
                    target = accuser;
                if (target is null && ev.ReferredAct is int act && AuthorOf(mentions, view[act], source.Code, lemma) is { } author)
                    target = author;
                // "Polisi mengimbau agar pemudik …": an appeal that asks no actor by name is, from an authority, to the public
                if (target is null && ev.UnnamedAddressee && coder.Language.ImpliedTargets is { } addressed)
                    target = addressed.PublicOf(view, ev.TriggerFirst, ev.TriggerLast, source, ev.Code);
                // a police act with neither agent nor patient in its clause ("Razia dilakukan …") takes no target from elsewhere
                bool untargeted = ev.NoTarget || target is null && _implicit[document.Language].PatientlessInstitutionAct(view, ev);
                mentions.Add(new CodedMention(ToRecord(document, view, ev, source, target), source, target) { Untargeted = untargeted, Recalled = recalled, TopicObject = ev.TopicObject });
            }
            // "sudah membunuh 200.000 orang": people counted as the act's own object, before the sentence's events share targets
            for (int i = first; i < mentions.Count; i++)
                if (mentions[i].Target is null && !mentions[i].Untargeted && _suspects[document.Language].Counted(view, mentions[i]) is { } counted)
                    mentions[i] = WithTarget(mentions[i], counted);
            ShareTargetsInSentence(document, view, mentions, first);
            // "Polisi menangkap Ahmad Sudirman": a person the dictionary does not know, arrested or charged, is a civilian
            for (int i = first; i < mentions.Count; i++)
                if (mentions[i].Target is null && !mentions[i].Untargeted && _suspects[document.Language].Find(document, view, mentions[i]) is { } suspect)
                    mentions[i] = WithTarget(mentions[i], suspect);
            for (int i = first; i < mentions.Count; i++)
                if (mentions[i].Target is null && !mentions[i].Untargeted && _fallback[document.Language].Find(view, view.WordIndexAt(mentions[i].Record.TriggerEnd - 1), mentions[i].Source, mentions[i].Record.Code, mentions[i].TopicObject) is { } fallback)
                    mentions[i] = WithTarget(mentions[i], fallback);
            // "PKS menolak kenaikan BBM", "Polisi menghimbau para pengguna media sosial": the policy's owner, the appeal's public
            if (coder.Language.ImpliedTargets is { } implied)
                for (int i = first; i < mentions.Count; i++)
                    if (mentions[i].Target is null && !mentions[i].Untargeted && implied.Find(view, view.WordIndexAt(mentions[i].Record.TriggerStart),
                            view.WordIndexAt(mentions[i].Record.TriggerEnd - 1), mentions[i].Source, mentions[i].Record.Code) is { } owner)
                        mentions[i] = WithTarget(mentions[i], owner);
            if (dropProtestAims) DropProtestAims(view, mentions, first, coder.Language.Grammar);
            if (mergeRepeats) MergeSentenceRepeats(mentions, first);
        }
        // after the whole article is read: a repeat dropped earlier would hide the act later sentences refer back to
        if (!mergeRepeats) MergeOnePredicate(document.Text, mentions, coder.Language.Grammar);
        foreach (var (cueStart, cueEnd, speaker, target) in _judgements[document.Language].Find(document, mentions))
            mentions.Add(new CodedMention(JudgementRecord(document, cueStart, cueEnd, speaker, target), speaker, target));
        DropLoneDyads(mentions, coder.Language.Grammar, why);
        // sport, showbiz, gadgets: only what institutions do is news there (a court ruling on a singer)
        if (coder.Language.OffTopic is { } offTopic && offTopic.IsOffTopic(document))
        {
            if (why is not null)
                foreach (var m in mentions.Where(m => !offTopic.IsInstitution(m.Source.Code)))
                    why.Add(m.Record.Sentence, m.Record.Trigger.Split(' ')[0].ToLowerInvariant(), $"off-topic article, source no institution ({m.Record.Code})");
            mentions.RemoveAll(m => !offTopic.IsInstitution(m.Source.Code));
        }
        // "ditembak oleh militan Taliban pada tahun 2012" in a 2017 article: an act dated years back is background
        var background = _background[document.Language];
        mentions.RemoveAll(m =>
        {
            if (!background.IsBackground(document, m.Record.Sentence, m.Record.TriggerStart)) return false;
            why?.Add(m.Record.Sentence, m.Record.Trigger.Split(' ')[0].ToLowerInvariant(), $"act dated years before publication, background ({m.Record.Code})");
            return true;
        });
        return mentions.OrderBy(m => m.Record.Sentence).Select(m => m.Record).ToList();
    }

    /// <summary>
    /// Meeting, cooperating, giving aid, yielding, reducing relations, intending any of these (grammar class
    /// dyadic-roots): acts between two parties. When every target pass above found no counterpart, the record is not
    /// kept: the gold sets almost never code these roots without a target (04: 2 of 141 gold events, 05: 7 of 144), and
    /// such records were nearly always wrong (3 right of 91 over the IndoSum and news tuning sets, session 13). Kept
    /// while coding the article, so later sentences can still refer back to the act; a pattern that declares no target
    /// keeps its records.
    /// </summary>
    private static void DropLoneDyads(List<CodedMention> mentions, EventGrammar grammar, Explanation? why)
    {
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Target is not null || m.Untargeted || !grammar.Is("dyadic-roots", m.Record.Root)) continue;
            why?.Add(m.Record.Sentence, m.Record.Trigger.Split(' ')[0].ToLowerInvariant(), $"act between two parties with no counterpart found ({m.Record.Code})");
            mentions.RemoveAt(i);
        }
    }

    /// <summary>"walked off the job to press for allowances", "filled the square to denounce the government": a demand, criticism
    /// or protest (grammar class protest-purpose-roots) after "to" (class control-preposition) that the same source's earlier
    /// protest (14) in the sentence is done for is that protest's aim, not another event; it lends the protest its target
    /// when the protest has none (grammar setting purpose-of-protest = drop).</summary>
    private static void DropProtestAims(SentenceView view, List<CodedMention> mentions, int first, EventGrammar grammar)
    {
        int Word(CodedMention m) => view.WordIndexAt(m.Record.TriggerStart);
        for (int i = mentions.Count - 1; i >= first; i--)
        {
            var aim = mentions[i];
            int w = Word(aim);
            if (w <= 0 || !grammar.Is("control-preposition", view[w - 1]) || !grammar.Is("protest-purpose-roots", aim.Record.Root)) continue;
            int p = -1;
            for (int j = first; j < mentions.Count && p < 0; j++)
                if (j != i && mentions[j].Record.Root == "14" && mentions[j].Source.Code == aim.Source.Code && Word(mentions[j]) < w) p = j;
            if (p < 0) continue;
            if (mentions[p].Target is null && !mentions[p].Untargeted && aim.Target is { } target) mentions[p] = WithTarget(mentions[p], target);
            mentions.RemoveAt(i);
        }
    }

    /// <summary>Drops the sentence's later mentions (from <paramref name="first"/>) that repeat an earlier one's source,
    /// target, CAMEO root and polarity ("met …, their first meeting": one meeting).</summary>
    private static void MergeSentenceRepeats(List<CodedMention> mentions, int first)
    {
        var seen = new HashSet<(string, string?, string, bool)>();
        int kept = first;
        for (int i = first; i < mentions.Count; i++)
        {
            var r = mentions[i].Record;
            if (seen.Add((r.Source, r.Target, r.Root, r.Negated))) mentions[kept++] = mentions[i];
        }
        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>
    /// One record per actor pair and predicate: of two mentions in one sentence with the
    /// same source, target, root and polarity, one is dropped when their triggers stand next to each other with nothing
    /// but spaces and brackets between — one predicate read twice: a light verb and the event noun it carries
    /// ("Penangkapan dilakukan", "melakukan penggeledahan"), a verb and its event-noun object ("dijatuhi vonis"), a
    /// name and its abbreviation ("Operasi Tangkap Tangan (OTT)"). The noun is kept over a light verb (grammar classes
    /// light-verb, passive-light-verb, patient-light-verb), else the more specific code. Triggers with words between
    /// them are distinct predicates even of one root ("menyelidiki dan memintai keterangan"; "Selain penggerebekan,
    /// polisi juga melakukan penangkapan"), which is why the whole-sentence merge (sentence-repeats) is not used here.
    /// </summary>
    private static void MergeOnePredicate(string text, List<CodedMention> mentions, EventGrammar grammar)
    {
        bool Light(EventRecord r)
        {
            var word = r.Trigger.Split(' ')[0].ToLowerInvariant();
            return grammar.Is("light-verb", word) || grammar.Is("passive-light-verb", word) || grammar.Is("patient-light-verb", word);
        }
        bool Adjacent(EventRecord a, EventRecord b)
        {
            var (left, right) = a.TriggerStart <= b.TriggerStart ? (a, b) : (b, a);
            if (right.TriggerStart < left.TriggerEnd) return true; // nested triggers ("Operasi Tangkap Tangan" and "Tangkap")
            for (int c = left.TriggerEnd; c < right.TriggerStart; c++)
                if (!char.IsWhiteSpace(text[c]) && text[c] is not ('(' or ')' or '[' or ']')) return false;
            return true;
        }
        // mentions come sentence by sentence: a pair is looked for among the same sentence's earlier mentions
        for (int i = mentions.Count - 1; i > 0; i--)
            for (int j = i - 1; j >= 0 && mentions[j].Record.Sentence == mentions[i].Record.Sentence; j--)
            {
                var (a, b) = (mentions[j].Record, mentions[i].Record);
                if (a.Source != b.Source || a.Target != b.Target || a.Root != b.Root || a.Negated != b.Negated) continue;
                // one trigger read for two sides of a reciprocal act ("Golkar dan Demokrat bertemu"): two records by design
                if (a.TriggerStart == b.TriggerStart && a.TriggerEnd == b.TriggerEnd) continue;
                if (!Adjacent(a, b)) continue;
                // keep the noun over its light verb, else the more specific code, else the earlier mention
                bool keepLater = Light(a) != Light(b) ? Light(a) : b.Code.Length > a.Code.Length;
                if (keepLater) mentions[j] = mentions[i];
                mentions.RemoveAt(i);
                break;
            }
    }

    /// <summary>The events of a pair of sides: each acts on the clause's own target; with none, a reciprocal act
    /// (grammar class mutual-roots: meet, agree, cooperate, fight) is done by each to the other, any other act by each alone.</summary>
    private static IEnumerable<(ActorRef Side, ActorRef? Target, bool Mutual)> PairEvents(SentenceEvent ev, ActorRef a, ActorRef b, EventGrammar grammar)
    {
        // ("Kedua negara saling mengusir diplomat negara rivalnya": a target of either side's country is the other side)
        if (ev.Target is { } t && !SameCountry(t.Code, a.Code) && !SameCountry(t.Code, b.Code))
        {
            var target = new ActorRef(t.Code, t.Start, t.End);
            return [(a, target, false), (b, target, false)];
        }
        if (!ev.NoTarget && (ev.Target is not null || grammar.Is("mutual-roots", ev.Code[..2]))) return [(a, b, true), (b, a, true)];
        return [(a, null, false), (b, null, false)];
    }

    private static bool SameCountry(string x, string y) => x.Length >= 3 && y.Length >= 3 && x.AsSpan(0, 3).SequenceEqual(y.AsSpan(0, 3));

    /// <summary>The source of the latest earlier event whose predicate is the referred word's ("pelarangan
    /// tersebut" → the earlier "melarang"), when it is not <paramref name="source"/> itself.</summary>
    private static ActorRef? AuthorOf(List<CodedMention> earlier, string word, string source, Language.ITriggerMorphology morphology)
    {
        var wanted = morphology.MergeLemma(word);
        for (int i = earlier.Count - 1; i >= 0; i--)
            if (morphology.MergeLemma(earlier[i].Record.Trigger.Split(' ')[0]) == wanted && earlier[i].Source.Code != source)
                return earlier[i].Source;
        return null;
    }

    /// <summary>"Mereka menuntut legalisasi cantrang serta mendesak Presiden …": an untargeted event of a
    /// sentence is aimed where the same source's other event in that sentence is (the later one too).</summary>
    private void ShareTargetsInSentence(Document doc, SentenceView s, List<CodedMention> mentions, int first)
    {
        for (int i = first; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Target is not null || m.Untargeted) continue;
            for (int j = first; j < mentions.Count; j++)
            {
                if (mentions[j].Target is not { } target || mentions[j].Source.Code != m.Source.Code || target.Code == m.Source.Code) continue;
                mentions[i] = WithTarget(m, target);
                break;
            }
        }
    }

    /// <summary>The mention aimed at <paramref name="target"/>, its evidence reaching the target's words.</summary>
    private static CodedMention WithTarget(CodedMention m, ActorRef target) => m with
    {
        Record = m.Record with { Target = target.Code, Start = Math.Min(m.Record.Start, target.Start), End = Math.Max(m.Record.End, target.End) },
        Target = target,
    };

    /// <summary>The source of the latest earlier event aimed at the same country or organisation as
    /// <paramref name="denier"/> (RUSGOV denies what was said about RUS).</summary>
    private static ActorRef? EarlierAccuser(List<CodedMention> earlier, string denier)
    {
        var prefix = denier.Length >= 3 ? denier[..3] : denier;
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            var r = earlier[i].Record;
            if (r.Target is { } t && t.StartsWith(prefix, StringComparison.Ordinal) && r.Root is "11" or "10" or "09" or "13")
                return earlier[i].Source;
        }
        return null;
    }

    /// <summary>The record of one event mention; its evidence spans the trigger and both actors' mentions,
    /// reaching back to an earlier sentence when an actor was implicit in this one.</summary>
    private EventRecord ToRecord(Document doc, SentenceView s, SentenceEvent ev, ActorRef source, ActorRef? target)
    {
        // a one-sided attack by an irregular actor is unconventional violence (18x), not fighting (19x)
        // (and state security forces using force on protesters or dissidents repress: 175)
        var code = ev.Mutual || _irregular is null ? ev.Code : _irregular.Recode(ev.Code, source.Code, target?.Code);
        var record = NewRecord(doc, code, s.Index, s.WordStart(ev.TriggerFirst), s.WordEnd(ev.TriggerLast), source, target) with { Negated = ev.Negated };
        // "membantah tudingan itu": the evidence reaches the word that points back at the accusation
        return ev.Target is null && ev.AnaphorWord is int a && target is not null ? record with { End = Math.Max(record.End, s.WordEnd(a)) } : record;
    }

    /// <summary>A speaker's quoted disapproval of an actor (<see cref="QuotedJudgements"/>): the cue word is the
    /// trigger; the evidence spans the cue, the speaker and the actor judged.</summary>
    private EventRecord JudgementRecord(Document doc, int cueStart, int cueEnd, ActorRef speaker, ActorRef target) =>
        NewRecord(doc, QuotedJudgements.Code, doc.SentenceAt(cueStart), cueStart, cueEnd, speaker, target);

    /// <summary>An event record with the code's ontology values, dated from its sentence, its evidence
    /// spanning the trigger and both actors.</summary>
    private EventRecord NewRecord(Document doc, string cameo, int sentence, int trigStart, int trigEnd, ActorRef source, ActorRef? target)
    {
        var code = _ontology[cameo];
        int start = Math.Min(trigStart, source.Start), end = Math.Max(trigEnd, source.End);
        if (target is { } t) { start = Math.Min(start, t.Start); end = Math.Max(end, t.End); }
        return new EventRecord(source.Code, target?.Code, code.Code)
        {
            QuadClass = code.QuadClass,
            Goldstein = code.Goldstein,
            Plover = code.Plover,
            Date = EventDates.Of(doc, sentence, trigStart, code.QuadClass is 1 or 3),
            Sentence = sentence,
            Start = start,
            End = end,
            Trigger = doc.Text[trigStart..trigEnd],
            TriggerStart = trigStart,
            TriggerEnd = trigEnd,
        };
    }

    /// <summary>"2021-10-18T14:30" → "2021-10-18"; "2021-10" and "2021" stay; anything else (weeks,
    /// PRESENT_REF) is not a calendar date.</summary>
    internal static string? DatePart(string value)
    {
        static bool Digits(string v, int from, int count) =>
            v.Length >= from + count && v.AsSpan(from, count).IndexOfAnyExceptInRange('0', '9') < 0;
        if (!Digits(value, 0, 4)) return null;
        if (value.Length >= 10 && value[4] == '-' && Digits(value, 5, 2) && value[7] == '-' && Digits(value, 8, 2)) return value[..10];
        if (value.Length >= 7 && value[4] == '-' && Digits(value, 5, 2)) return value[..7];
        return value[..4];
    }
}
