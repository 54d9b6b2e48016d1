using Warta.Events.Patterns;

namespace Warta.Events.Language;

/// <summary>
/// Indonesian verb morphology for triggers. Patterns give the active meN- form; its stem is recovered by
/// undoing the nasal assimilation of meN- (several candidates when ambiguous: "menyatakan" → satakan or
/// nyatakan) and the passive forms di-STEM / ter-STEM are generated from every candidate. A wrong candidate
/// is harmless: it only matches a word that is not Indonesian.
/// Deliberately NOT derived here (checked on unseen dev-split IndoSum articles and UD/NER news sentences): the -kan/-i
/// alternant of a meN- verb (menurut/menuruti, mendatangkan/mendatangi, menghadapi/menghadap, mendapat/mendapati
/// take other senses) and the -an nominal of a verb pattern (bagian, pasangan, kawasan, tawaran, pantauan: mostly no act
/// between actors). The peN-…-an and per-…-an nouns are derived as noun patterns of their own
/// (<see cref="PeNominalsOf"/>, <see cref="PerNominalsOf"/>) by Patterns/NominalDerivation, with the exclusions of
/// data/id/events/nominals.tsv (pengadilan, pembangunan).
/// </summary>
public sealed class IndonesianMorphology : ITriggerMorphology
{
    private static readonly string[] Clitics = ["nya", "lah", "pun", "kah"];

    public IEnumerable<TriggerForm> FormsOf(EventPattern pattern)
    {
        var head = pattern.Trigger[0];
        // "dikenai sanksi": a verb written in its di- form is passive only (its active "mengenai" is also the
        // preposition "about")
        if (pattern.Kind == TriggerKind.Verb && IsPassiveForm(head))
        {
            yield return new TriggerForm(head, Voice.Passive);
            yield break;
        }
        yield return new TriggerForm(head, Voice.Active);
        if (pattern.Kind is TriggerKind.Noun or TriggerKind.Intransitive) yield break;
        foreach (var stem in StemsOfActive(head).Distinct())
        {
            yield return new TriggerForm("di" + stem, Voice.Passive);
            yield return new TriggerForm("ter" + stem, Voice.Passive);
            if (stem.Length >= 4 && pattern.Kind == TriggerKind.Verb) yield return new TriggerForm(stem, Voice.Bare);
        }
    }

    /// <summary>A di- passive written as a verb pattern's trigger ("dikenai"); verb patterns are otherwise written in
    /// their meN- form, so no verb trigger starts with "di" by accident.</summary>
    private static bool IsPassiveForm(string word) => word.Length > 4 && word.StartsWith("di", StringComparison.Ordinal) && char.IsLetter(word[2]);

    /// <summary>Stem candidates of an active meN- verb ("menangguhkan" → "tangguhkan").</summary>
    public static IEnumerable<string> StemsOfActive(string verb)
    {
        if (!verb.StartsWith("me", StringComparison.Ordinal) || verb.Length < 5) yield break;
        string rest;
        if (verb.StartsWith("meny", StringComparison.Ordinal))
        {
            rest = verb[4..];
            yield return "s" + rest;
        }
        if (verb.StartsWith("menge", StringComparison.Ordinal)) yield return verb[5..];
        if (verb.StartsWith("meng", StringComparison.Ordinal))
        {
            rest = verb[4..];
            if (rest.Length > 0 && IsVowel(rest[0])) { yield return "k" + rest; yield return rest; }
            else if (rest.Length > 0 && rest[0] is 'g' or 'h' or 'k') yield return rest;
        }
        else if (verb.StartsWith("mem", StringComparison.Ordinal))
        {
            rest = verb[3..];
            if (rest.Length > 0 && IsVowel(rest[0])) yield return "p" + rest;
            else if (rest.Length > 0 && rest[0] is 'b' or 'p' or 'f' or 'v') yield return rest;
        }
        else if (verb.StartsWith("men", StringComparison.Ordinal) && !verb.StartsWith("meny", StringComparison.Ordinal))
        {
            rest = verb[3..];
            if (rest.Length > 0 && IsVowel(rest[0])) yield return "t" + rest;
            else if (rest.Length > 0 && rest[0] is 'd' or 'c' or 'j' or 't' or 'z' or 's') yield return rest;
        }
        // me- before l, m, n, r, w, y (and ny/ng stems): "melarang" → larang, "menyatakan" → nyatakan.
        rest = verb[2..];
        if (rest.Length > 0 && rest[0] is 'l' or 'm' or 'n' or 'r' or 'w' or 'y') yield return rest;
    }

    /// <summary>The peN-…-an nouns of a meN- verb ("menangkap" → penangkapan, "menyerahkan" → penyerahan): the verb's nasal
    /// prefix is the noun's (meny-/peny-, meng-/peng-, mem-/pem-, men-/pen-, me-/pe-), with -kan dropped; a final -i is kept
    /// and dropped both ("mencari" → pencarian, "menghadiri" → penghadiran), as it may be the root's. A form that is no
    /// Indonesian word only matches nothing. A memper- verb has a per-…-an noun instead (<see cref="PerNominalsOf"/>).</summary>
    public static IEnumerable<string> PeNominalsOf(string verb)
    {
        if (verb.StartsWith("memper", StringComparison.Ordinal) || !StemsOfActive(verb).Any()) yield break;
        foreach (var body in Unsuffixed(verb[2..])) yield return "pe" + body + "an";
    }

    /// <summary>The per-…-an noun of a ber- verb ("berdebat" → perdebatan, "bertemu" → pertemuan) or a memper- verb
    /// ("memperpanjang" → perpanjangan).</summary>
    public static IEnumerable<string> PerNominalsOf(string verb)
    {
        if (verb.StartsWith("memper", StringComparison.Ordinal) && verb.Length > 8)
            foreach (var body in Unsuffixed(verb[6..])) yield return "per" + body + "an";
        else if (verb.StartsWith("ber", StringComparison.Ordinal) && verb.Length > 5) yield return "per" + verb[3..] + "an";
    }

    private static IEnumerable<string> Unsuffixed(string body)
    {
        if (body.EndsWith("kan", StringComparison.Ordinal) && body.Length > 5) { yield return body[..^3]; yield break; }
        yield return body;
        if (body.EndsWith('i') && body.Length > 4) yield return body[..^1];
    }

    public string MergeLemma(string word)
    {
        var w = word.ToLowerInvariant();
        foreach (var c in Clitics)
            if (w.Length > c.Length + 3 && w.EndsWith(c, StringComparison.Ordinal)) { w = w[..^c.Length]; break; }
        if (w.StartsWith("me", StringComparison.Ordinal)) w = StemsOfActive(w).FirstOrDefault() ?? w;
        else if (w.StartsWith("pe", StringComparison.Ordinal) && w.EndsWith("an", StringComparison.Ordinal) && w.Length > 6)
            w = StemsOfActive("me" + w[2..^2]).FirstOrDefault() ?? w[2..^2];
        else if (w.StartsWith("di", StringComparison.Ordinal) && w.Length > 5) w = w[2..];
        else if (w.StartsWith("ter", StringComparison.Ordinal) && w.Length > 6) w = w[3..];
        else if (w.StartsWith("ber", StringComparison.Ordinal) && w.Length > 6) w = w[3..];
        if (w.EndsWith("kan", StringComparison.Ordinal) && w.Length > 6) w = w[..^3];
        else if (w.EndsWith("an", StringComparison.Ordinal) && w.Length > 5) w = w[..^2];
        else if (w.EndsWith('i') && w.Length > 5) w = w[..^1];
        return w;
    }

    public IEnumerable<string> LookupKeys(string word)
    {
        yield return word;
        foreach (var c in Clitics)
            if (word.Length > c.Length + 3 && word.EndsWith(c, StringComparison.Ordinal))
                yield return word[..^c.Length];
    }

    /// <summary>Prefix shape of a verb: a well-formed meN- (not "menteri", "media": meN- never keeps a
    /// following t, p, k or s and never precedes d, t, j, c, b, p, g, k, s directly), di-, ber-, ter-.</summary>
    public bool LooksLikeVerb(string word)
    {
        if (word.Length <= 4 || !char.IsLetter(word[^1])) return false;
        if (word.StartsWith("me", StringComparison.Ordinal))
        {
            if (word.StartsWith("meny", StringComparison.Ordinal)) return word[4] != 's';
            if (word.StartsWith("meng", StringComparison.Ordinal)) return word[4] != 'k';
            if (word.StartsWith("mem", StringComparison.Ordinal)) return true;
            if (word.StartsWith("men", StringComparison.Ordinal)) return word[3] is not ('t' or 'p' or 'k');
            return word[2] is 'l' or 'r' or 'w' or 'y' or 'm' or 'n';
        }
        return word.StartsWith("di", StringComparison.Ordinal) || word.StartsWith("ber", StringComparison.Ordinal)
            || word.StartsWith("ter", StringComparison.Ordinal) || word.StartsWith("per", StringComparison.Ordinal) && word.EndsWith("kan", StringComparison.Ordinal);
    }

    /// <summary>peN-…-an nouns of transitive verbs (penangkapan, pengusiran, pembunuhan); per-…-an nouns
    /// come from ber- verbs (pertemuan, pertempuran, perlawanan) and take their agent after them.</summary>
    public bool IsPatientNominal(string word)
    {
        var w = word.ToLowerInvariant();
        return w.Length >= 8 && w.StartsWith("pe", StringComparison.Ordinal) && w[2] != 'r' && w.EndsWith("an", StringComparison.Ordinal);
    }

    public bool LooksPassive(string word) => word.StartsWith("di", StringComparison.Ordinal) && LooksLikeVerb(word);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
