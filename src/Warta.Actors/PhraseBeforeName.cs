using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Anggota kepolisian setempat, Clark Joseph Lombardo, mengatakan …", "Pelaku penembakan di … Las Vegas, Stephen
/// Paddock (64), …": an unknown person introduced by a noun phrase before them, set off by a comma, acts in the role
/// of the coded mention heading that phrase (USACOP, USACRM); coreference then carries the role to the later bare
/// surname ("Paddock bunuh diri"). The phrase must be a whole clause segment — from the sentence's start or a
/// punctuation mark up to the comma before the name, at most <see cref="MaxPhrase"/> words, no verb-like word — and
/// open with the coded mention, or with leader words (cue <c>leader-before</c>) or staff nouns (cue <c>staff-before</c>,
/// "auditor BPK") and then it ("Anggota kepolisian"), perhaps after a former word ("Mantan auditor BPK"), past
/// a speech verb or counting words (cue <c>phrase-openers</c>: "kata seorang petani, Budi").
/// The head is an organisation, an agent noun or a title, never a place or another person's name. Runs after every
/// mention has its code (cue <c>phrase-before-name</c>).
/// </summary>
public static class PhraseBeforeName
{
    /// <summary>How many words the introducing phrase may have ("Pelaku penembakan di Route 91 Harvest Festival Las Vegas").</summary>
    private const int MaxPhrase = 13;
    /// <summary>How many leader words may open the phrase before its head ("Juru Bicara Kepolisian").</summary>
    private const int MaxLeaders = 2;
    private const string UnidentifiedArmed = "UAF";

    public static void Apply(ActorScan scan)
    {
        if (!scan.Cues.PhraseBeforeName) return;
        var words = scan.Words;
        var text = scan.Document.Text;
        var entities = scan.Document.Entities;
        foreach (var person in entities)
        {
            // (a civilian only by where they come from, "nelayan asal Pati, Darmo", may still be given the phrase's role)
            if (person.Type != EntityType.PER || person.IsNominal || person.Actor is not null && !(person.CanonicalName is null && person.Actor.EndsWith("CVL", StringComparison.Ordinal)))
                continue;
            int name = scan.WordAtOrAfter(person.Start);
            if (name <= 0 || name >= words.Count || words[name].Start != person.Start ||
                !text.AsSpan(words[name - 1].End, person.Start - words[name - 1].End).Trim().SequenceEqual(","))
                continue;
            int first = name - 1;
            while (first > 0 && !words[first].GapBefore && name - first < MaxPhrase) first--;
            if (first > 0 && !words[first].GapBefore) continue; // longer than a phrase
            if (scan.Document.SentenceAt(words[first].Start) != scan.Document.SentenceAt(person.Start)) continue;
            // "…," kata salah seorang nelayan asal Pati, Darmo: a speech verb and counting words (cue phrase-openers)
            // may open the segment before the phrase
            while (first < name - 1 && scan.Cues.PhraseOpeners.Contains(words[first].Key)) first++;
            // "Menurut pengacara Aman, Asrudin Hatjani, keduanya …": after "according to" (cue according-openers) the phrase
            // introduces the name only when its head is a person noun and a comma closes the name; "Menurut polisi, Budi
            // sudah pulang" cites the police, and Budi is the clause's subject.
            bool according = false;
            if (first < name - 1 && scan.Cues.AccordingOpeners.Contains(words[first].Key))
            {
                if (!ClosedByComma(person, scan)) continue;
                according = true;
                first++;
            }
            // "Mantan auditor BPK, Sigit Yugoharto, didakwa …": a former word before a leader or staff word says the post
            // is past, yet the annotators code the person in the role of the body they served (an unknown person has no
            // current office of their own to keep)
            if (first < name - 2 && scan.Cues.Former.Contains(words[first].Key) && IsLeaderOrStaff(words[first + 1].Key, scan.Cues)) first++;
            // (a word of a coded mention is a noun however it looks: "Kuasa hukum terdakwa", "tersangka")
            bool verb = false;
            for (int k = first; k < name && !verb; k++) verb = scan.Cues.IsVerbLike(words[k]) && !InCodedMention(words[k], entities);
            if (verb) continue;
            // "Direktur Jenderal Pendidikan Agama Islam Kementerian Agama, Kamaruddin Amin": a phrase opened by a leader word
            // and closed by a named organisation is a post in it, whatever unit lies between.
            if (IsLeaderOrStaff(words[first].Key, scan.Cues) && ClosingOrganisation(words[name - 1].End, entities) is { } organisation)
            {
                person.Actor = organisation.Actor;
                continue;
            }
            int head = first;
            while (head < name - 1 && head - first < MaxLeaders && IsLeaderOrStaff(words[head].Key, scan.Cues) && HeadAt(words[head].Start, entities) is null) head++;
            if (HeadAt(words[head].Start, entities) is not { } mention) continue;
            int end = scan.WordAtOrAfter(mention.End);
            // A bare home title followed by a name says nothing sure ("Presiden Barcelona, X" is the club's president,
            // not the home country's); after leader words, the head is the organisation only when no capitalised name
            // follows it ("Direktur Media dan Hubungan Internasional PSSI, X" is PSSI's). An agent noun followed by
            // its client or case keeps its role ("kuasa hukum First Travel, Eggi Sudjana" is a lawyer).
            if ((head > first || IsBareTitle(head, scan)) && !OnlyLowerBetween(end, name, words)) continue;
            if (according && !(mention.Type == EntityType.PER && mention.IsNominal)) continue;
            person.Actor = mention.Actor;
        }
    }

    private static bool ClosedByComma(Entity person, ActorScan scan)
    {
        var text = scan.Document.Text;
        int k = person.End;
        while (k < text.Length && text[k] == ' ') k++;
        return k < text.Length && text[k] == ',';
    }

    private static bool InCodedMention(Word word, List<Entity> entities)
    {
        foreach (var e in entities)
            if (e.Actor is { Length: > 3 } && e.Start <= word.Start && word.End <= e.End) return true;
        return false;
    }

    /// <summary>A leader word (cue <c>leader-before</c>) or a staff noun (cue <c>staff-before</c>: "auditor", "pegawai").</summary>
    private static bool IsLeaderOrStaff(string key, LanguageCues cues) => cues.LeaderBefore.Contains(key) || cues.StaffBefore.Contains(key);

    private static Entity? ClosingOrganisation(int end, List<Entity> entities)
    {
        Entity? best = null;
        foreach (var e in entities)
            if (e.End == end && e.Type == EntityType.ORG && e.Actor is { Length: > 3 } && (best is null || e.Start < best.Start)) best = e;
        return best;
    }

    private static bool IsBareTitle(int word, ActorScan scan) =>
        scan.MatchStartingAt(word) is { } m && m.Targets.OfType<TitleTarget>().Any(t => t.RoleId.StartsWith("~.", StringComparison.Ordinal));

    private static bool OnlyLowerBetween(int from, int to, List<Word> words)
    {
        for (int k = from; k < to; k++)
            if (words[k].Case != WordCase.Lower) return false;
        return true;
    }

    /// <summary>The coded mention of an organisation, agent or title starting at <paramref name="start"/>, or null.</summary>
    private static Entity? HeadAt(int start, List<Entity> entities)
    {
        Entity? best = null;
        foreach (var e in entities)
            // (not armed-person nouns: "penyerang" is as often a football striker)
            if (e.Start == start && e.Actor is { Length: > 3 } actor && !actor.EndsWith(UnidentifiedArmed, StringComparison.Ordinal) && e.Type != EntityType.LOC && (e.Type != EntityType.PER || e.IsNominal) &&
                (best is null || e.End > best.End))
                best = e;
        return best;
    }
}
