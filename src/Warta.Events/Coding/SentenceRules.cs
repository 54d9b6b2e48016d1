namespace Warta.Events.Coding;

/// <summary>
/// Rules over all events of one sentence, after each trigger has its arguments: appeals made by saying
/// what another "harus" do, statements aimed at their addressees, protests aimed where their demands are.
/// </summary>
public sealed class SentenceRules(Language.EventGrammar grammar)
{
    private readonly Language.EventGrammar _g = grammar;

    /// <summary>"Ia mengatakan kepada Rusia, Jepang … bahwa dia bersedia membantu menengahi": what a speaker
    /// says to addressees about their own acts (a promise, an offer, an appeal) is aimed at those addressees.</summary>
    public void AimAtAddressees(List<SentenceEvent> events, List<SentenceEvent> says)
    {
        for (int i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            if (e.Target is not null || e.Mutual) continue;
            // (journalists told something are the channel, not the addressee: "kepada wartawan")
            var to = says.Where(x => x.Target is not null && x.TriggerLast < e.TriggerFirst && !x.Target.Code.EndsWith("MED", StringComparison.Ordinal)
                && (e.Source is null || x.Source is null || x.Source.Code == e.Source.Code)).ToList();
            if (to.Count == 0) continue;
            events.RemoveAt(i);
            events.InsertRange(i, to.Select(x => x.Target!).DistinctBy(a => a.Code).Select(a => e with { Target = a }));
        }
    }

    /// <summary>"Warga turun ke jalan untuk menuntut pengunduran diri pemerintah": a protest with no
    /// target is aimed at whom the same protesters make their demand, appeal or criticism.</summary>
    public void ShareProtestTargets(List<SentenceEvent> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Target is not null || e.Source is null || !e.Code.StartsWith("14", StringComparison.Ordinal)) continue;
            var aim = events.FirstOrDefault(o => o.Target is not null && o.Source?.Code == e.Source.Code && o.Code[..2] is "02" or "10" or "11" or "12");
            // "berunjuk rasa menuntut Polda Jabar": a demand right after the protest, with no subject of its
            // own, is the protesters' — and aims the protest
            int j = aim is null ? events.FindIndex(o => o.Source is null && o.Target is not null && o.TriggerFirst > e.TriggerLast
                && o.TriggerFirst - e.TriggerLast <= 2 && o.Code[..2] is "02" or "10" or "11" or "12") : -1;
            if (j >= 0)
            {
                aim = events[j];
                events[j] = aim with { Source = e.Source, SubjectMissing = false };
            }
            if (aim is not null) events[i] = e with { Target = aim.Target };
        }
    }

    /// <summary>
    /// "Masyarakat dan pemerintah harus bekerja sama," tutur Amin; "Retno menambahkan, setiap warga harus
    /// menghormati hukum": an actor told what it must do in reported speech is appealed to (020) by the
    /// speaker — the subject of the governing reporting verb, else the quote's speaker (the stage looks it
    /// up; without a speaker there is no event). What the actor "must" do is not coded itself.
    /// </summary>
    public IEnumerable<SentenceEvent> DeonticAppeals(SentenceView s, ArgumentFinder args)
    {
        for (int i = 0; i < s.Count; i++)
        {
            if (!_g.Is("deontic", s[i])) continue;
            var addressees = args.Subject(i);
            if (addressees.Count == 0) continue;
            var speaker = args.GoverningSpeaker(i);
            foreach (var a in addressees.DistinctBy(a => a.Code))
            {
                var src = speaker.FirstOrDefault(x => x.Code != a.Code);
                if (speaker.Count > 0 && src is null) continue; // "kami harus …": the speaker's own duty
                // "DPRK harus memastikan …," kata juru bicara Kemlu Korut: the speaker's own country's duty
                if (src is not null && a.Code.Length == 3 && src.Code.StartsWith(a.Code, StringComparison.Ordinal)) continue;
                yield return new SentenceEvent("020", src, a, i, i, false) { SpeakerOnly = src is null };
            }
        }
    }

    /// <summary>
    /// "told striking lecturers they would be struck off", "Striking doctors demanded a meeting with the minister": an actor
    /// named with a strike adjective (class strike-adjective, a word or two before its mention) is on strike (setting
    /// strike-code) against the other side of the first event in the sentence it takes part in, else against the source of the
    /// sentence's first event by another actor, else against no one named.
    /// Languages without the setting get nothing.
    /// </summary>
    public IEnumerable<SentenceEvent> StrikingActors(SentenceView s, IReadOnlyList<SentenceEvent> events)
    {
        var code = _g.Setting("strike-code", "");
        if (code.Length == 0) yield break;
        var done = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < s.Count; i++)
        {
            if (!_g.Is("strike-adjective", s[i])) continue;
            // "drones striking Kyiv", "jets were striking rebel positions": after an actor or an auxiliary it is the verb of an attack
            if (i > 0 && (s.ActorAt(i - 1) is { } before && before != s.ActorAt(i) || _g.Is("aux", s[i - 1]) || _g.Is("passive-aux", s[i - 1]))) continue;
            ActorMention? striker = null;
            // the mention may hold the adjective itself or start up to two modifier words after it ("striking junior doctors")
            for (int k = i; k <= Math.Min(i + 3, s.Count - 1) && striker is null; k++)
            {
                if (k > i && s.IsPunctuation(k)) break;
                striker = s.ActorAt(k);
            }
            if (striker is null || !done.Add(striker.Code)) continue;
            if (events.Any(e => e.Source?.Code == striker.Code && e.Code.StartsWith(code[..2], StringComparison.Ordinal))) continue;
            var with = events.FirstOrDefault(e => e.Source?.Code == striker.Code && e.Target is not null && e.Target.Code != striker.Code
                                                 || e.Target?.Code == striker.Code && e.Source is not null && e.Source.Code != striker.Code);
            // ("Bowing to pressure from striking truckers, Chile's government scrapped …": with no event of its own the strike
            // is against the actor the sentence's act is by)
            var against = with is null ? events.FirstOrDefault(e => e.Source is not null && e.Source.Code != striker.Code)?.Source
                : with.Source?.Code == striker.Code ? with.Target : with.Source;
            yield return new SentenceEvent(code, striker, against, i, i, false) { NoTarget = against is null };
        }
    }
}
