namespace Warta.Events.Coding;

/// <summary>The two parties an act between two sides names in its own phrase: a between-phrase ("kerja sama pendidikan antara
/// A dan B", "pertemuan antara A dengan B") and, for a reciprocal act's noun, its own party joined to the other by "dengan"
/// ("pertemuan mantan PM Singapura Lee Kuan Yew dengan Megawati").</summary>
public sealed partial class ArgumentFinder
{
    /// <summary>"pertemuan antara pimpinan KPK dengan Kapolri", "clashes between A and B": the actors of
    /// a between-phrase after the noun at <paramref name="noun"/> (its words end before <paramref name="after"/>),
    /// joined by coordinators or "dengan"/"with".</summary>
    public List<ActorMention> BetweenSides(int noun, int after)
    {
        after = BetweenWordAfter(noun, after);
        if (after < 0 || after + 1 < _s.Count && _g.Is("between-not", _s[after + 1])) return [];
        return Sides(after + 1, splitOnCoordinators: true, out _);
    }

    /// <summary>"pertemuan mantan Perdana Menteri (PM) Singapura Lee Kuan Yew dengan mantan Presiden Megawati", "bentrokan
    /// polisi dengan mahasiswa": the noun's own party — its complement, right after it past plain words — and the party a
    /// between-joiner ("dengan") adds right after that party's name: two sides, else none. A coordinator or any other
    /// preposition first ("pertemuan Jokowi di Bogor dengan …") names no pair.</summary>
    public List<ActorMention> JoinedSides(int after)
    {
        var sides = Sides(after, splitOnCoordinators: false, out bool joined);
        return joined && sides.Count == 2 ? sides : [];
    }

    /// <summary>One actor per side from word <paramref name="from"/> on, sides separated by a between-joiner and, when
    /// <paramref name="splitOnCoordinators"/>, by coordinators and commas; stops at a verb or another preposition.
    /// A side is its first actor ("pasukan pemerintah" is one side, not the army and the government), unless a person named
    /// later in it closes a title or a country before the name ("Menteri Pendidikan (Pendidikan Tinggi dan Keterampilan)
    /// Singapura Ong Ye Kung" is Ong Ye Kung). Words in parentheses are an aside: their coordinators split no side and they
    /// do not count toward the phrase's length. A place after a preposition ("… di Sudan Selatan") is where, not a side.
    /// <paramref name="joined"/>: a between-joiner separated two sides.</summary>
    private List<ActorMention> Sides(int from, bool splitOnCoordinators, out bool joined)
    {
        var sides = new List<ActorMention>();
        ActorMention? side = null;
        joined = false;
        int end = ClauseEnd(from - 1), depth = 0, counted = 0;
        void Close()
        {
            if (side is not null && sides.All(x => x.Code != side.Code)) sides.Add(side);
            side = null;
        }
        for (int i = from; i < end && counted < MaxObjectDistance; i++)
        {
            var w = _s[i];
            if (w == "(") { depth++; continue; }
            if (w == ")") { if (depth > 0) depth--; continue; }
            if (depth > 0) continue;
            counted++;
            if (IsVerbLike(i)) break;
            // the noun's own party follows it closely, in its own phrase ("pertemuan itu dengan …", "pertemuan yang …" name none)
            if (!splitOnCoordinators && side is null && sides.Count == 0
                && (counted > MaxBetweenReach || _g.Is("relative", w) || _g.Is("demonstrative", w) || _s.IsPunctuation(i))) break;
            if (_g.Is("between-joiner", w))
            {
                if (side is not null || sides.Count > 0) joined = true;
                if (side is null && sides.Count == 0 && !splitOnCoordinators) break;
                Close();
                continue;
            }
            if (_g.Is("coordinator", w) || w == ",")
            {
                if (!splitOnCoordinators) break;
                Close();
                continue;
            }
            if (_g.Is("preposition", w)) break;
            if (_s.ActorAt(i) is { } a)
            {
                if (side is null || a.IsPerson && (side.IsPerson || side.IsPlace)) side = a;
                i = a.LastWord;
            }
        }
        Close();
        return sides;
    }

    /// <summary>The between-word of a noun's between-phrase: right after it, or after a relative clause of occurring (grammar
    /// class occurring-verb, setting between-reach = occurring: "bentrokan yang berlangsung antara polisi dan pendukung MDC",
    /// "bentrokan bersenjata yang terjadi antara …"), or past a few plain modifier words ("kerja sama pendidikan dan pelatihan
    /// vokasional antara …", "kekerasan terbaru antara …") when the noun heads its phrase — no event noun right before it
    /// whose modifier it is ("kerja sama bantuan hukum antara A dan B" is the cooperation's, not the aid's); with no actor,
    /// preposition or other verb; or -1. The noun only: a verb's between-phrase is in its object ("mendiskusikan kerja sama
    /// antara A dan B").</summary>
    private int BetweenWordAfter(int noun, int after)
    {
        bool occurring = false;
        for (int k = after; k < _s.Count && k <= after + MaxBetweenReach; k++)
        {
            var w = _s[k];
            if (_g.Is("between", w)) return k == after || occurring || !ModifiesEarlierNoun(noun) ? k : -1;
            if (k == after && (_g.Setting("between-reach", "adjacent") != "occurring" || after > 0 && IsVerbLike(after - 1))) return -1;
            if (_s.IsPunctuation(k) || _s.ActorAt(k) is not null || IsPreposition(w)) return -1;
            if (!occurring && _g.Is("relative", w) && k + 1 < _s.Count && _g.Is("occurring-verb", _s[k + 1])) { occurring = true; k++; continue; }
            if (IsVerbLike(k) || _g.Is("relative", w) || _g.Is("demonstrative", w)) return -1;
        }
        return -1;
    }

    /// <summary>An event noun starts a few plain words before the noun at <paramref name="noun"/> ("kerja sama bantuan hukum":
    /// the aid is the cooperation's modifier).</summary>
    private bool ModifiesEarlierNoun(int noun)
    {
        for (int j = noun - 1; j >= 0 && j >= noun - MaxBetweenReach; j--)
        {
            if (StartsTrigger(j)) return true;
            if (_s.IsPunctuation(j) || _s.ActorAt(j) is not null || IsVerbLike(j) || _g.Is("relative", _s[j])) return false;
        }
        return false;
    }

    /// <summary>How many words past its noun a between-phrase may start (<see cref="BetweenWordAfter"/>).</summary>
    private const int MaxBetweenReach = 6;
}
