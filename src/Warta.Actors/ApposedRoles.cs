using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// A name the dictionaries do not know, followed by an apposition that states its role, acts in that role:
/// "Maria Kolesnikova, the jailed opposition figure," → the figure's code (BLROPP); "Tundu Lissu, the leader of
/// Tanzania's main opposition party," → TZAOPP; "Codelco, Chile's state copper company," → CHLBUS. A party the
/// apposition calls opposition is the opposition ("the Candlelight Party, the last opposition force" → OPP).
/// The apposition opens with a comma and an opener word (cue <c>apposition-openers</c>: the/a/an) or directly with
/// the coded mention; only modifiers and "leader of"-links (cues <c>not-modifiers</c>, <c>head-of</c>, <c>head-of-links</c>)
/// may stand before its head mention, and after it punctuation or a word of cue <c>apposition-ends</c> must follow
/// ("X, the police said" is no apposition). A sentence-initial capitalised run the NER left untagged ("Codelco, …") is
/// added as a mention. Runs after every entity and nominal has its code.
/// Where only roles head an apposition (cue <c>apposition-roles-only</c>, Indonesian: "Yanyong Sipaseuth, wakil gubernur
/// provinsi itu" → IDNGOV-like codes of the title; "Budi, anggota Komisi III DPR," → IDNLEG), the head is a title or person
/// noun, or an organisation after a leader word (cue <c>leader-before</c>), never another name (a list of names is no
/// apposition); no verb, kin or former word (cue <c>apposition-blockers</c>: "X, istri pejabat itu") may stand before it,
/// and no untagged sentence opening is added ("Namun, polisi …"). A people noun ("warga", "mahasiswa") heads it when it says
/// whose or where ("Desi Wulandari (19), warga Jalan Dukuh" → CVL; an age after the name is passed over).
/// </summary>
public static class ApposedRoles
{
    /// <summary>How many words the apposition may hold before its head mention ("the leader of Tanzania's …").</summary>
    private const int Reach = 6;
    /// <summary>How many capitalised words an untagged sentence-initial name may have.</summary>
    private const int MaxUntaggedName = 3;
    /// <summary>How many nouns may close the apposition after its head mention.</summary>
    private const int TrailingNouns = 2;

    public static void Apply(ActorScan scan)
    {
        if (scan.Cues.AppositionOpeners.Count == 0 && !scan.Cues.AppositionRolesOnly) return;
        var entities = scan.Document.Entities;
        var added = new List<Entity>();
        foreach (var name in entities)
        {
            if (name.IsNominal || name.Type is not (EntityType.PER or EntityType.ORG)) continue;
            bool party = name.Actor is { } known && known.EndsWith("PTY", StringComparison.Ordinal);
            if (name.Actor is not null && !party) continue;
            if (ApposedMention(name.End, scan) is not { } head) continue;
            if (party && !head.Actor!.EndsWith("OPP", StringComparison.Ordinal) && !head.Actor.EndsWith("REB", StringComparison.Ordinal)) continue;
            name.Actor = party ? head.Actor![..^3] + "OPP" : head.Actor;
        }
        if (scan.Cues.AppositionRolesOnly) return;
        // (a document not segmented yet is one sentence)
        var sentences = scan.Document.Sentences.Count > 0 ? scan.Document.Sentences : [new Sentence(0, scan.Document.Text.Length, 0, 0)];
        foreach (var sentence in sentences)
            if (UntaggedOpening(sentence, scan) is { } span && ApposedMention(span.End, scan) is { } head)
                added.Add(new Entity(span.Start, span.End, head.Type == EntityType.ORG ? EntityType.ORG : EntityType.PER) { Actor = head.Actor });
        entities.AddRange(added);
    }

    /// <summary>The coded mention heading an apposition that starts right after offset <paramref name="end"/>, or null.</summary>
    private static Entity? ApposedMention(int end, ActorScan scan)
    {
        var words = scan.Words;
        var cues = scan.Cues;
        if (cues.AppositionRolesOnly) end = PastAge(end, scan);
        int w = scan.WordAtOrAfter(end);
        if (w >= words.Count || !IsComma(scan.Document.Text, end, words[w].Start)) return null;
        // ("salah seorang pejabat": openers may follow one another)
        int k = w;
        while (k < words.Count && k - w < 2 && cues.AppositionOpeners.Contains(words[k].Key) && words[k].Case == WordCase.Lower) k++;
        bool led = false;
        for (int limit = Math.Min(words.Count, k + Reach); k < limit; k++)
        {
            if (k > w && words[k].GapBefore) return null;
            var start = words[k].Start;
            Entity? head = null;
            foreach (var e in scan.Document.Entities)
                if (e.Start == start && e.Actor is { Length: > 3 } && (head is null || e.End > head.End)) head = e;
            if (head is not null)
            {
                if (cues.AppositionRolesOnly && head.Type == EntityType.MISC)
                    return head.IsNominal && SaysWhose(head.End, scan) ? head : null; // (what follows is the place or body it names)
                if (cues.AppositionRolesOnly && !(head.Type == EntityType.PER && head.IsNominal || led && head.Type == EntityType.ORG))
                    return null;
                return EndsApposition(head.End, scan) ? head : null;
            }
            var key = words[k].Key;
            if (cues.HeadOf.Contains(key) && k + 1 < words.Count && cues.HeadOfLinks.Contains(words[k + 1].Key)) { k++; continue; }
            if (cues.AppositionRolesOnly)
            {
                // "anggota Komisi III DPR", "kepala delegasi ICRC": a leader word, then the unit it leads; before it only a former
                // word ("mantan menteri pertanian"). "Selain X, ada seorang pejabat lain" is no apposition.
                if (cues.LeaderBefore.Contains(key)) { led = true; continue; }
                if (!led && cues.Former.Contains(key)) continue;
                if (!led || cues.AppositionBlockers.Contains(key) || cues.IsVerbLike(words[k])) return null;
                continue;
            }
            if (cues.NotModifiers.Contains(key) || words[k].Case != WordCase.Lower) return null;
        }
        return null;
    }

    /// <summary>"Desi Wulandari (19), warga …", "Desi Wulandari, 19, warga …": the offset past an age written after the name.</summary>
    private static int PastAge(int end, ActorScan scan)
    {
        var text = scan.Document.Text;
        int k = end;
        while (k < text.Length && text[k] == ' ') k++;
        bool bracket = k < text.Length && text[k] == '(';
        if (!bracket && !(k < text.Length && text[k] == ',')) return end;
        k++;
        while (k < text.Length && text[k] == ' ') k++;
        int digits = k;
        while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
        if (k == digits || k - digits > 3) return end;
        while (k < text.Length && text[k] == ' ') k++;
        if (bracket)
        {
            if (k >= text.Length || text[k] != ')') return end;
            return k + 1;
        }
        return k; // the comma after the age opens the apposition
    }

    /// <summary>A people noun ("warga", "mahasiswa", "aktivis") heads an apposition only when it says whose or where it is:
    /// punctuation, an apposition-ends word or a capitalised name right after it, or one lower-case word and then a name
    /// ("warga desa Sukamaju"); "kata Budi, warga sudah resah" opens a new clause.</summary>
    private static bool SaysWhose(int end, ActorScan scan)
    {
        int next = scan.WordAtOrAfter(end);
        if (next >= scan.Words.Count) return true;
        var word = scan.Words[next];
        if (word.GapBefore || word.Case != WordCase.Lower || scan.Cues.AppositionEnds.Contains(word.Key)) return true;
        return next + 1 < scan.Words.Count && !scan.Words[next + 1].GapBefore && scan.Words[next + 1].Case != WordCase.Lower && !scan.Cues.IsVerbLike(word);
    }

    /// <summary>Punctuation or an apposition-ends word follows the head mention, past at most
    /// <see cref="TrailingNouns"/> lower-case words that are no verbs ("… main opposition] party,").</summary>
    private static bool EndsApposition(int end, ActorScan scan)
    {
        int next = scan.WordAtOrAfter(end);
        for (int k = next; k < scan.Words.Count && k <= next + TrailingNouns; k++)
        {
            var word = scan.Words[k];
            if (word.GapBefore || scan.Cues.AppositionEnds.Contains(word.Key)) return true;
            if (word.Case != WordCase.Lower || scan.Cues.NotModifiers.Contains(word.Key) || scan.Cues.IsVerbLike(word)) return false;
        }
        return next >= scan.Words.Count;
    }

    /// <summary>The capitalised words opening a sentence up to a comma that no entity covers ("Codelco, Chile's …").</summary>
    private static TextSpan? UntaggedOpening(Sentence sentence, ActorScan scan)
    {
        int first = scan.WordAtOrAfter(sentence.Start);
        if (first >= scan.Words.Count) return null;
        int end = first;
        while (end < scan.Words.Count && end - first < MaxUntaggedName && scan.Words[end].Case != WordCase.Lower && (end == first || !scan.Words[end].GapBefore)) end++;
        if (end == first || end >= scan.Words.Count || !scan.Words[end].GapBefore) return null;
        var span = scan.SpanOf(first, end);
        if (span.End > sentence.End || scan.Document.Entities.Any(e => e.Span.Overlaps(span))) return null;
        if (scan.MatchStartingAt(first) is not null) return null;
        return span;
    }

    private static bool IsComma(string text, int from, int to) =>
        from <= to && text.AsSpan(from, to - from).Trim().SequenceEqual(",");
}
