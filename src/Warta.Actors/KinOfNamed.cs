using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Putri Ketua DPR Setya Novanto, Dwina Michaella, mangkir …", "surat panggilan untuk putri Setnov": a kin word (cue
/// <c>kin-before-names</c>: putri, putra, anak, adik, menantu …) before a coded person or titled office names someone
/// else — a member of that person's family, a civilian of their country (the guidelines code family members of officials
/// CVL), never the official. Without this the phrase's only coded mention is the official's, and the event coder takes
/// the daughter's summons for the Speaker's. The kin word becomes a mention of its own ({country}CVL, as the generic
/// agent "istri" already is) spanning the phrase up to the official, so the coder's subject and object heads find the
/// relative, not the official inside; an uncoded name apposed after the
/// official (", Dwina Michaella") is that relative and takes the same code. Words the cue <c>kin-modifiers</c> lists may
/// stand between ("putra sulung", "anak kandung dari"), and the official's title in capitalised words and brackets
/// ("Putri Ketua Dewan Perwakilan Rakyat (DPR) Setya Novanto"). A kin word inside a name ("Putri Candrawathi", "Anak Agung
/// Puspayoga") is part of that name and left alone; "anak buah", "anak usaha" are no kin of a person.
/// </summary>
public static class KinOfNamed
{
    /// <summary>How many words of a title may stand between the kin word and the person ("Ketua Dewan Perwakilan Rakyat DPR").</summary>
    private const int MaxTitleWords = 8;
    private const string CivilianRole = "CVL";

    public static void Apply(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.KinBeforeNames.Count == 0) return;
        var words = scan.Words;
        var entities = scan.Document.Entities;
        var added = new List<Entity>();
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (!cues.KinBeforeNames.Contains(words[i].Key)) continue;
            var kinSpan = new TextSpan(words[i].Start, words[i].End);
            // the kin word may be a generic agent of its own ("Istri" is CVL), never part of another mention ("Putri Candrawathi")
            if (entities.Any(e => e.Span.Overlaps(kinSpan) && e.Span != kinSpan) || SpanChecks.OverlapsAnyEntity(added, kinSpan)) continue;
            if (Owner(i, scan) is not { } owner || CountryOf(owner.Actor!, scan) is not { } country) continue;
            string code = country + CivilianRole;
            // the mention spans the whole phrase, around the official's own mentions as a title is around a name ("Sekjen
            // [NATO]"): the coder reads the outer mention at each of its words, so the relative heads the phrase
            added.Add(new Entity(kinSpan.Start, owner.End, EntityType.MISC) { Actor = code });
            if (ApposedName(owner, scan) is { } relative) relative.Actor = code;
        }
        entities.AddRange(added);
    }

    /// <summary>The coded person the kin word at <paramref name="kin"/> is family of: the first PER entity after it, past kin
    /// modifiers and a capitalised title (its own coded mentions included), or, with no person, a coded title mention
    /// right after it ("istri Kapolri"). Null when anything else stands between.</summary>
    private static Entity? Owner(int kin, ActorScan scan)
    {
        var words = scan.Words;
        var text = scan.Document.Text;
        int j = kin + 1;
        while (j < words.Count && scan.Cues.KinModifiers.Contains(words[j].Key) && !words[j].GapBefore) j++;
        if (j >= words.Count || words[j].Case == WordCase.Lower) return null;
        Entity? title = null;
        for (int k = j; k < words.Count && k - j <= MaxTitleWords; k++)
        {
            // only spaces and brackets between the words of a title: "(DPR)" belongs to it, a comma ends it
            if (k > kin + 1 && words[k].GapBefore && !OnlyBrackets(text, words[k - 1].End, words[k].Start)) return title;
            if (words[k].Case == WordCase.Lower) return title;
            var at = scan.Document.Entities.FirstOrDefault(e => e.Start == words[k].Start && e.Actor is not null);
            if (at is { Type: EntityType.PER }) return at;
            if (at is { IsNominal: true } && k == j) title ??= at;
        }
        return title;
    }

    /// <summary>An uncoded person named right after the owner and a comma: "Setya Novanto, Dwina Michaella".</summary>
    private static Entity? ApposedName(Entity owner, ActorScan scan)
    {
        var text = scan.Document.Text;
        int i = owner.End;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || text[i] != ',') return null;
        i++;
        while (i < text.Length && text[i] == ' ') i++;
        return scan.Document.Entities.FirstOrDefault(e => e.Start == i && e.Type == EntityType.PER && e.Actor is null);
    }

    private static bool OnlyBrackets(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')')) return false;
        return true;
    }

    /// <summary>The country of a code when the dictionary knows it ("IDNLEG" → "IDN"); an international body's people have none.</summary>
    private static string? CountryOf(string code, ActorScan scan) =>
        code.Length >= 3 && scan.Dictionary.Countries.ContainsKey(code[..3]) ? code[..3] : null;
}
