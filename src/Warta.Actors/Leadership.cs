namespace Warta.Actors;

/// <summary>
/// A person introduced by their place in an organisation acts for it: "Ketua Umum Majelis Ulama Indonesia
/// (Ketum MUI) Maruf Amin" → IDNREL, "Anggota Komisi XI DPR RI X" → IDNLEG, "Juru Bicara KPK X" → IDNJUD;
/// a party after a caucus word is its parliamentary group: "Ketua Fraksi Partai Gerindra X" → IDNLEG; a party after a
/// party-member word is the party the person speaks for: "Politikus Partai Demokrat, X" → IDNPTY, even for a known
/// person whose dictionary office is another ("politisi senior PDIP Taufiq Kiemas", a lawmaker by the date).
/// The words come from the language cues (<c>leader-before</c>, <c>caucus-before</c>, <c>party-member-words</c>).
/// </summary>
public static class Leadership
{
    /// <summary>How many words back from the name the organisation may end (one bracketed acronym allowed).</summary>
    private const int NameReach = 5;
    /// <summary>How many words before the organisation the leader word may stand ("Anggota Komisi XI DPR").</summary>
    private const int LeaderReach = 3;

    /// <summary>The code of the organisation named right before word <paramref name="first"/>, when a leader
    /// or member word introduces it; else null.</summary>
    public static string? CodeBefore(int first, ActorScan scan)
    {
        var text = scan.Document.Text;
        for (int back = 1; back <= NameReach && first - back >= 0; back++)
        {
            if (scan.MatchEndingAt(first - back + 1) is not { } m) continue;
            if (!ActorStage.IsAppositionGap(text, scan.Words[m.End - 1].End, scan.Words[first].Start)) continue;
            if (ActorResolver.Preferred(m.Targets) is not ActorTarget { Actor: var org } ||
                org.Kind is not (ActorKind.Institution or ActorKind.Group or ActorKind.Party or ActorKind.Igo or ActorKind.Company or ActorKind.Mission))
                continue;
            for (int k = m.First - 1; k >= Math.Max(0, m.First - LeaderReach); k--)
            {
                if (scan.Words[k + 1].GapBefore) break;
                var key = scan.Words[k].Key;
                if (scan.Cues.CaucusBefore.Contains(key) && org.Kind == ActorKind.Party && scan.Dictionary.Countries.ContainsKey(org.Code[..3]))
                    return org.Code[..3] + "LEG";
                if (scan.Cues.PartyMemberWords.Contains(key) && org.Kind == ActorKind.Party)
                    return ActorResolver.Resolve(ActorResolver.Preferred(m.Targets), m, scan).Code;
                // "Ketua Serikat Pekerja Pertamina X": the organisation is the union opening the company's name (CompanyStaff)
                if (scan.Cues.LeaderBefore.Contains(key))
                    return CompanyStaff.CodeOf(k + 1, m.End, scan.Matches.Where(x => x.First >= k + 1 && x.End <= m.End).ToList(), scan)
                        ?? ActorResolver.Resolve(ActorResolver.Preferred(m.Targets), m, scan).Code;
            }
            return null;
        }
        return null;
    }
}
