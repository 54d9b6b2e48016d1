using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Coding;

/// <summary>
/// The trigger side of <see cref="EventCoder"/>: which pattern matches start at which word (the best reading per word,
/// longer and object-matched readings first), the voice of a verb trigger, and where a pattern's required object is.
/// </summary>
public sealed partial class EventCoder
{
    /// <param name="objects">Receives where each chosen trigger's required object is.</param>
    private IEnumerable<TriggerMatch> Triggers(SentenceView s, ArgumentFinder args, List<(int Start, int Length, int Trigger)> objects, Explanation? why)
    {
        // only words that start a pattern are worth explaining
        void Skip(int i, string reason) { if (why is not null && language.Patterns.IsTriggerWord(s[i])) why.Add(s, i, reason); }
        // words that a chosen trigger's required object used ("melangsungkan dialog"): not triggers again
        // (made when the first trigger with a required object needs it: most sentences have none)
        HashSet<int>? consumed = null;
        // one list for every position's matches (each is read before the next position is matched)
        var matches = new List<TriggerMatch>();
        for (int i = CrossReferenceEnd(s); i < s.Count; i++)
        {
            // most words start no pattern (cached per word): without the learned model every check below would end in
            // `continue` for them, and Skip explains only trigger words, so they are passed over before those checks
            // (the argument finder has read that for each word already)
            if (_learned is null && !args.StartsTrigger(i)) continue;
            if (consumed is not null && consumed.Contains(i)) { Skip(i, "object of an earlier trigger"); continue; }
            TriggerMatch? best = null;
            (int Start, int Length) bestObject = default;
            // "peran paling mendesak", "most urgent": after a degree word a trigger is an adjective, unless it is
            // a verb of attitude that degree words grade ("sangat mendukung", grammar class degree-verb)
            if (i > 0 && _g.Is("degree", s[i - 1]) && !_g.Is("degree-verb", s[i])) { Skip(i, "after a degree word"); continue; }
            // "lokasi pertempuran", "pelaku teror": an event noun naming a place or a person describes them
            bool describes = i > 0 && _g.Is("setting-noun", s[i - 1]);
            // "kuasa hukum", "Komisi Pemberantasan Korupsi": a word inside an actor's name is no trigger
            if (s.ActorAt(i) is not null) { Skip(i, "inside an actor name"); continue; }
            // "according to": words the grammar says are never triggers (class non-trigger)
            if (_g.Is("non-trigger", s[i])) { Skip(i, "non-trigger word"); continue; }
            TriggerMatch? learned = null;
            if (!args.StartsTrigger(i)) // most words: no pattern starts here (cached per word)
            {
                // a word the dictionary does not know may still be read as a trigger by the learned model (trigger-model.tsv)
                if (_learned?.Propose(s, i) is not { } proposed) continue;
                learned = proposed;
            }
            // "pull its troops back from", "escorted villagers back to": before a preposition or punctuation these words are
            // adverbs, not verbs ("back Ukraine"; grammar class adverb-particle)
            if (_g.Is("adverb-particle", s[i]) && (i + 1 >= s.Count || args.IsPreposition(s[i + 1]) || s.IsPunctuation(i + 1))) { Skip(i, "adverb particle"); continue; }
            // "overstayed their permits", "the last opposition force": right after an article or a possessive (grammar class
            // article), a word is a noun, so only its noun patterns apply
            bool afterArticle = i > 0 && _g.Is("article", s[i - 1]);
            matches.Clear();
            if (learned is { } l) matches.Add(l);
            else language.Patterns.AddMatchesAt(s.Words, i, matches);
            // "The recall of Israel's ambassador …", "the release of": after a determiner a word that has a noun
            // pattern is that noun, not the verb of the same form
            // ("the ECOWAS demand", "a Russian proposal": an actor between the determiner and the word modifies the noun)
            // ("the seven-year sentence", "a two-day strike": so does a hyphenated modifier)
            int beforeModifier = i > 0 && s.ActorAt(i - 1) is { } modifier ? modifier.FirstWord - 1
                : i > 1 && s[i - 1].Length > 2 && s[i - 1].IndexOf('-', 1) > 0 && char.IsLetterOrDigit(s[i - 1][^1]) ? i - 2 : i - 1;
            bool nounAfterDeterminer = beforeModifier >= 0 && _g.Is("determiner", s[beforeModifier]) && !_g.Is("complementizer", s[beforeModifier])
                && _g.Setting("possessor", "after") == "before" && matches.Any(x => x.Pattern.Kind == TriggerKind.Noun)
                // "brushed aside demands from the EU": a request or demand word (class authored-noun) with no subject before it
                || AuthoredNounReading(s, args, i) && matches.Any(x => x.Pattern.Kind == TriggerKind.Noun);
            foreach (var m in matches)
            {
                // a reading that would not be Better than the one already chosen cannot be chosen, whatever its checks and its
                // object say (Better reads only the pattern and the length, which the voice below leaves alone), so in a normal
                // run its object is not looked for; with an explanation asked for, every reading is checked and explained
                if (why is null && best is { } chosen && !Better(m, chosen)) continue;
                if ((nounAfterDeterminer || afterArticle) && m.Pattern.Kind != TriggerKind.Noun) { why?.Add(s, i, $"noun reading after a determiner ({m.Pattern.Code})"); continue; }
                // "three disputed islands", "the banned party": a participle between a determiner or number and its noun
                // describes the noun
                if (m.Pattern.Kind != TriggerKind.Noun && AttributiveParticiple(s, i)) { why?.Add(s, i, $"attributive participle ({m.Pattern.Code})"); continue; }
                // "allied militias", "alleged abuses": participles used only as adjectives before a noun (class adjective-participle;
                // "allied with", "alleged that" stay verbs)
                if (m.Pattern.Kind != TriggerKind.Noun && AdjectiveBeforeNoun(s, args, i)) { why?.Add(s, i, $"adjective before a noun ({m.Pattern.Code})"); continue; }
                // "led a march", "staged a protest": a light verb's bare sense gives way to the event noun it takes
                if (m.Pattern.Kind == TriggerKind.Verb && !m.Pattern.HasObjectConstraint && _g.Is("light-verb", s[i]) && EventNounAfter(s, i + m.Length)) { why?.Add(s, i, $"light verb before an event noun ({m.Pattern.Code})"); continue; }
                // ("dua pelaku kami tangkap", "yang sudah kami serahkan": or right after an agent pronoun, PronounAgentBefore)
                bool pronounAgent = m.Voice == Voice.Bare && !describes && PronounAgentBefore(s, i);
                if (m.Voice == Voice.Bare && !RightAfterSubject(s, i) && !pronounAgent || describes && (m.Pattern.Kind == TriggerKind.Noun || m.Voice == Voice.Bare)) { why?.Add(s, i, $"bare form not right after a subject, or describing a setting noun ({m.Pattern.Code})"); continue; }
                // "terdakwa", "terpidana": words the grammar knows as nouns are no passive or bare verb forms
                if (m.Pattern.Kind != TriggerKind.Noun && m.Voice is Voice.Passive or Voice.Bare && _g.Is("noun", s[i])) { why?.Add(s, i, $"known noun, not a verb form ({m.Pattern.Code})"); continue; }
                // "penjelasan Menlu tentang alasan itu": a bare stem that is a preposition (menentang → "tentang") is the preposition
                if (m.Voice == Voice.Bare && _g.Is("preposition", s[i])) { why?.Add(s, i, $"bare form is a preposition ({m.Pattern.Code})"); continue; }
                var voiced = m with { Voice = m.Voice == Voice.Bare ? Voice.Active : VoiceOf(s, m), PronounAgent = pronounAgent };
                // "X diusung partai Y": a verb-active pattern's passive is background, not the act
                if (voiced.Voice == Voice.Passive && m.Pattern.ActiveOnly) { why?.Add(s, i, $"passive of an active-only pattern ({m.Pattern.Code})"); continue; }
                if (ObjectMatch(s, args, voiced, why) is not { } obj) { why?.Add(s, i, $"object not matched ({m.Pattern.Code})"); continue; }
                if (best is null || Better(voiced, best.Value)) { best = voiced; bestObject = obj; }
            }
            if (best is { } b)
            {
                if (bestObject.Length > 0) objects.Add((bestObject.Start, bestObject.Length, b.Start));
                yield return b;
                // ("rejected the ECOWAS demand": a request or demand is its author's act too, so it stays a trigger)
                // ("opened fire on drivers protesting": a protest participle after an actor is that actor's act too)
                // ("menegaskan tidak sepakat dengan …": a statement's object is the content it reports, whose own trigger, with
                // its negation, is coded itself; the statement gives way to it)
                for (int k = 0; b.Pattern.Kind != TriggerKind.Say && k < bestObject.Length; k++)
                    if (!_g.Is("authored-noun", s[bestObject.Start + k]) && !AgentOfNoun(s, args, bestObject.Start + k)
                        && !(_g.Is("reduced-relative-participle", s[bestObject.Start + k]) && s.ActorAt(bestObject.Start + k - 1) is not null))
                        (consumed ??= []).Add(bestObject.Start + k);
                i += b.Length - 1;
            }
        }
    }

    private static List<SentenceEvent>? Rejected(Explanation? why, SentenceView s, TriggerMatch m, string reason)
    {
        why?.Add(s, m.Start, $"{reason} ({m.Pattern.Code})");
        return null;
    }

    private bool Better(TriggerMatch a, TriggerMatch b) =>
        a.Pattern.HasObjectConstraint != b.Pattern.HasObjectConstraint ? a.Pattern.HasObjectConstraint
        : a.Length != b.Length ? a.Length > b.Length
        : _order[a.Pattern] < _order[b.Pattern];

    /// <summary>English passives are "be" + participle; Indonesian di-/ter- forms carry their voice.</summary>
    private Voice VoiceOf(SentenceView s, TriggerMatch m)
    {
        if (m.Voice == Voice.Passive || m.Pattern.Kind != TriggerKind.Verb || s[m.Start].EndsWith("ing", StringComparison.Ordinal))
            return m.Voice;
        if (ReducedPassive(s, m)) return Voice.Passive;
        for (int k = m.Start - 1; k >= 0 && k >= m.Start - 3; k--)
        {
            if (_g.Is("passive-aux", s[k]))
            {
                var w = s[m.Start];
                var b = m.Pattern.Trigger[0];
                // a pattern may list the participle itself ("beaten", "given"): after "be" it is passive
                // ("was cut off", "were hit": participles spelt as the base form, grammar class same-participle)
                bool participle = language.Code == "en" && SuffixParticiple(w) || _g.Is("same-participle", w);
                return (w == b || w == b + "s" || w == b + "es") && !participle ? Voice.Active : Voice.Passive;
            }
            if (!_g.Is("aux", s[k]) && !_g.Is("negator", s[k])) break;
        }
        return Voice.Active;
    }

    /// <summary>"a reporter detained by Ethiopian security forces", "a bishop expelled by the Ortega government": where
    /// determiners come before nouns, a participle right after an actor and right before its agent ("by") is a reduced
    /// passive relative on that actor, so the actor is its target and the by-phrase its source.</summary>
    private bool ReducedPassive(SentenceView s, TriggerMatch m)
    {
        if (_g.Setting("possessor", "after") != "before" || m.Start == 0 || s.ActorAt(m.Start - 1) is null) return false;
        int after = m.Start + m.Length;
        if (after >= s.Count || !_g.Is("agent-preposition", s[after])) return false;
        var w = s[m.Start];
        return SuffixParticiple(w) || _g.Is("same-participle", w) || _g.Is("irregular-participle", w);
    }

    /// <summary>An English participle by its ending ("detained", "beaten"); the setting-guarded callers keep it to English.</summary>
    private static bool SuffixParticiple(string w) =>
        w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal));

    /// <summary>Checks the pattern's required/excluded objects; returns where the required object is
    /// (length 0 when none is required), or null when the pattern does not apply.</summary>
    private (int Start, int Length)? ObjectMatch(SentenceView s, ArgumentFinder args, TriggerMatch m, Explanation? why = null)
    {
        var p = m.Pattern;
        if (!p.HasObjectConstraint && p.ExcludedObjects.Count == 0) return (0, 0);
        int from = m.Start + m.Length, to = Math.Min(args.ClauseEnd(m.Start), from + 10);
        // "menuntut agar Ahok dihukum penjara": what is demanded or appealed for is the clause of purpose right after
        // the verb, so its object is looked for there
        // ("mengaku bahwa dirinya menerima uang", "menilai bahwa langkah itu keliru": so is what is admitted or judged, in
        // the that-clause right after the verb — grammar setting object-in-that-clause; English "warned that his fighters
        // would hit …" reports another act there, not the warning's object)
        if (m.Voice != Voice.Passive && to == from && from < s.Count &&
            (_g.Is("purpose", s[from]) || _g.Is("complementizer", s[from]) && _g.Setting("object-in-that-clause", "no") == "yes"))
            to = Math.Min(args.ClauseEnd(from + 1), from + 11);
        if (m.Voice == Voice.Passive) from = Math.Max(args.ClauseStart(m.Start), m.Start - 8);
        // "lima pelaku yang kami kejar": after an agent pronoun the object stands before it, as in a passive (up to the
        // clause of the relative head, when "yang" opens it)
        else if (m.PronounAgent) from = Math.Max(args.ClauseStart(args.RelativeWordBefore(AgentPronounIndex(s, m.Start)) ?? m.Start), m.Start - 8);
        // (indexed loops and a method of its own, not a closure: this runs for every candidate trigger)
        for (int x = 0; x < p.ExcludedObjects.Count; x++)
            if (FindObject(s, args, m, p.ExcludedObjects[x], from, to) >= 0) { why?.Add(s, m.Start, $"excluded object ({p.Code})"); return null; }
        if (!p.HasObjectConstraint) return (0, 0);
        (int, int)? best = null;
        for (int x = 0; x < p.Objects.Count; x++)
        {
            var o = p.Objects[x];
            int at = FindObject(s, args, m, o, from, to);
            if (at >= 0 && (best is null || o.Length > best.Value.Item2)) best = (at, o.Length);
        }
        return best;
    }

    /// <summary>Where <paramref name="phrase"/>, an object of <paramref name="m"/>'s pattern, starts between
    /// <paramref name="from"/> and <paramref name="to"/> (outside the trigger), or -1.</summary>
    private int FindObject(SentenceView s, ArgumentFinder args, TriggerMatch m, string[] phrase, int from, int to)
    {
        // "@actor": an actor right after the trigger, past determiners ("berharap Presiden …", not
        // "berharap bisa bertemu Trump")
        if (phrase is [ActorObject])
        {
            int i = m.Start + m.Length, end = to;
            // ("KPK berharap, majelis hakim …": a comma may set off the clause the actor opens)
            if (i < s.Count && s[i] == ",") end = Math.Min(args.ClauseEnd(++i), i + 10);
            while (i < end && _g.Is("determiner", s[i])) i++;
            // "berharap Presiden RI Joko Widodo …": a capitalised title the actor layer left outside the name
            for (int title = 0; title < 4 && i < end && s.ActorAt(i) is null && s.IsCapitalized(i); title++) i++;
            return i < end && s.ActorAt(i) is not null ? i : -1;
        }
        for (int i = from; i + phrase.Length <= to; i++)
        {
            if (i >= m.Start && i < m.Start + m.Length) continue;
            bool ok = true;
            for (int k = 0; k < phrase.Length && ok; k++) ok = WordIs(s[i + k], phrase[k]);
            if (ok) return i;
        }
        return -1;
    }

    private bool WordIs(string word, string form) =>
        word == form || word.Length > form.Length && word.StartsWith(form, StringComparison.Ordinal) && Array.IndexOf(language.Patterns.KeysOf(word), form) >= 0
        || language.Code == "en" && (word == form + "s" || word == form + "es");
}
