using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Polisi membekuk JR … Petugas menemukan barang bukti": a bare word for officers (cue <c>officers</c>:
/// "petugas", "anggota") that acts on its own is the security force or state body the article named last
/// before it (roles of cue <c>officer-roles</c>: police, military, government; or a police or military officer
/// named, "Kapolsek X"), else the first one named after it, with that force's code —
/// Satpol PP's officers are the local government's, Polda's are the police. Bare means the word is not
/// inside any name and goes straight on to a verb (past adverbs) or ends its clause; "petugas parkir",
/// "anggota DPR" name something else and are left alone. No force named in the article, no mention.
/// A bare word for investigators (cue <c>investigators</c>: "penyidik masih akan fokus …") stands the same way for the
/// investigating body named last, of the roles of cue <c>investigator-roles</c> (police, or KPK and prosecutors).
/// </summary>
public static class OfficerBackReference
{
    /// <summary>How many words after the officer word may be skipped (adverbs) before the verb.</summary>
    private const int VerbReach = 3;

    public static void Add(ActorScan scan)
    {
        var cues = scan.Cues;
        if ((cues.Officers.Count == 0 || cues.OfficerRoles.Count == 0) && cues.Investigators.Count == 0) return;
        var entities = scan.Document.Entities;
        var added = new List<Entity>();
        for (int i = 0; i < scan.Words.Count; i++)
        {
            var word = scan.Words[i];
            if (word.Case == WordCase.AllCaps) continue;
            var roles = cues.Officers.Contains(word.Key) ? cues.OfficerRoles : cues.Investigators.Contains(word.Key) ? cues.InvestigatorRoles : null;
            if (roles is { Count: > 0 } && OfficerAt(scan, i, entities, roles) is { } officer) added.Add(officer);
        }
        entities.AddRange(added);
    }

    /// <summary>The mention an officer word at word <paramref name="i"/> makes, if it acts alone and a force is named.
    /// (Apart from the loop over every word so that the lambdas' captures are made only for officer words.)</summary>
    private static Entity? OfficerAt(ActorScan scan, int i, List<Entity> entities, IReadOnlySet<string> roles)
    {
        var cues = scan.Cues;
        var word = scan.Words[i];
        var span = new TextSpan(word.Start, word.End);
        if (entities.Any(e => e.Span.Overlaps(span)) || !ActsAlone(i, scan)) return null;
        // "yang menyebar berita adalah anggota": a predicate names a kind of person, not the force acting
        if (i > 0 && !word.GapBefore && cues.OfficerNotAfter.Contains(scan.Words[i - 1].Key)) return null;
        // The force named last before; an article that names it only later ("Petugas menemukan … kata Kapolsek X")
        // means the first one after.
        var force = entities.Where(e => e.End <= word.Start && IsForce(e, scan, roles)).MaxBy(e => e.Start) ??
                    entities.Where(e => e.Start >= word.End && IsForce(e, scan, roles)).MinBy(e => e.Start);
        if (force is null) return null;
        return new Entity(word.Start, word.End, EntityType.ORG)
        {
            IsNominal = true, Actor = force.Actor, CanonicalName = force.CanonicalName,
        };
    }

    /// <summary>A force or state body: a code of a known country and one of the word's roles.</summary>
    /// A person counts only as an officer of the police or the military ("Kapolsek X"): a minister's officers could be anyone's,
    /// and a lawyer (JUD) has no investigators.
    private static bool IsForce(Entity e, ActorScan scan, IReadOnlySet<string> roles) =>
        e.Actor is { Length: 6 } code && scan.Dictionary.Countries.ContainsKey(code[..3]) && roles.Contains(code[3..]) &&
        (e.Type != EntityType.PER || code[3..] is "COP" or "MIL");

    /// <summary>The officer word is followed (past adverbs) by a verb or by the end of its clause.</summary>
    private static bool ActsAlone(int index, ActorScan scan)
    {
        var cues = scan.Cues;
        for (int k = index + 1; k < scan.Words.Count && k <= index + 1 + VerbReach; k++)
        {
            var w = scan.Words[k];
            if (w.GapBefore) return true; // punctuation ends the clause: "perlawanan pada petugas."
            if (cues.Modals.Contains(w.Key)) return true;
            if (cues.SkipAfter.Contains(w.Key)) continue;
            return cues.IsVerbLike(w);
        }
        return index + 1 >= scan.Words.Count;
    }
}
