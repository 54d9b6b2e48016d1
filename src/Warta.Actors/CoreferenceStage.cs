using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// In-article coreference for names and titles. Mentions of one referent get one <see cref="Entity.Chain"/>
/// with one canonical name (and, for people, one actor code): "Jens Stoltenberg" … "Stoltenberg" …
/// "Sekjen NATO itu" (whose holder at the article date is Stoltenberg). Nominal mentions are added as
/// entities (<see cref="Entity.IsNominal"/>): a head noun with a demonstrative ("aliansi tersebut",
/// "the alliance") takes the chain of the last entity of a fitting kind before it; "kedua negara"
/// refers to two actors and gets no actor. Pronouns are left to the quotes stage
/// (<see cref="Coreference.MostRecentPerson"/>).
/// </summary>
public sealed class CoreferenceStage(ActorDictionary dictionary) : IStage
{
    public string Name => "coreference";
    public Layer Needs => Layer.Actors;
    public Layer Adds => Layer.Coreference;

    public void Process(Document document)
    {
        var words = DocumentWords.Of(document);
        var cues = dictionary.CuesFor(document.Language, words);
        var entities = document.Entities;
        ExtendTitlesWithDemonstratives(document, words, cues);
        TitledNames.Assign(document, cues);
        TitledNames.ShortenedOrganisations(document);
        OrganisationHeads.Add(document);
        ClaimedAttacks.Apply(document, words, cues);
        PartyMemberEpithets.Apply(document, words, cues);
        DefendantNouns.Apply(document, words, cues);
        AddNominals(document, words, cues);
        entities.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        BuildChains(document, words);
        MemberAgents.Apply(document, words, cues);
    }

    /// <summary>"Sekjen NATO itu": the title entity grows to take its demonstrative.</summary>
    private static void ExtendTitlesWithDemonstratives(Document document, List<Word> words, LanguageCues cues)
    {
        var entities = document.Entities;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (!e.IsNominal || e.Type != EntityType.PER) continue;
            int next = IndexAtOrAfter(words, e.End);
            if (next < words.Count && !words[next].GapBefore && words[next].Start - e.End <= 1 &&
                cues.DemonstrativesAfter.Contains(words[next].Key))
                entities[i] = e with { End = words[next].End };
        }
    }

    private static void AddNominals(Document document, List<Word> words, LanguageCues cues)
    {
        var entities = document.Entities;
        var taken = entities.Select(e => e.Span).ToList();
        var added = new List<Entity>();
        var plurals = cues.PluralNominals.Select(p => WordScanner.Scan(p)).ToList();
        for (int i = 0; i < words.Count; i++)
        {
            // "kedua negara": two actors at once.
            var plural = plurals.FirstOrDefault(p => SequenceAt(words, i, p));
            if (plural is not null)
            {
                var span = new TextSpan(words[i].Start, words[i + plural.Count - 1].End);
                if (!SpanChecks.OverlapsAny(taken, span)) { added.Add(new Entity(span.Start, span.End, EntityType.MISC) { IsNominal = true }); taken.Add(span); }
                i += plural.Count - 1;
                continue;
            }
            if (!cues.NominalHeads.TryGetValue(words[i].Key, out var kinds) || words[i].Case is not (WordCase.Lower or WordCase.Capitalized)) continue;
            // "negara - negara tersebut", "ketiga negara itu": a plural nominal is several actors, not the latest one
            if (i > 0 && (words[i].GapBefore && words[i - 1].Key == words[i].Key || !words[i].GapBefore && cues.PluralNominalBefore.Contains(words[i - 1].Key))) continue;
            TextSpan? nominal = null;
            if (i + 1 < words.Count && !words[i + 1].GapBefore && cues.DemonstrativesAfter.Contains(words[i + 1].Key))
                nominal = new TextSpan(words[i].Start, words[i + 1].End);
            else if (i > 0 && !words[i].GapBefore && cues.DemonstrativesBefore.Contains(words[i - 1].Key))
                nominal = new TextSpan(words[i - 1].Start, words[i].End);
            if (nominal is not { } n || SpanChecks.OverlapsAny(taken, n)) continue;
            // "leave the country", "back into the country": a country nominal after a place or travel word is where, not who
            if (kinds.All(k => k == ActorKind.Country) && i > 1 && n.Start == words[i - 1].Start && !words[i - 1].GapBefore &&
                cues.PlaceNominalAfter.Contains(words[i - 2].Key))
                continue;
            var antecedent = LastAntecedent(entities, n.Start, kinds);
            if (antecedent is null) continue;
            added.Add(new Entity(n.Start, n.End, antecedent.Type)
            {
                IsNominal = true, Actor = antecedent.Actor, CanonicalName = antecedent.CanonicalName,
            });
            taken.Add(n);
        }
        entities.AddRange(added);
    }

    /// <summary>The last named actor of one of <paramref name="kinds"/> ending by <paramref name="start"/> (a loop: a lambda
    /// capturing the nominal was an allocation at every word).</summary>
    private static Entity? LastAntecedent(List<Entity> entities, int start, IReadOnlySet<ActorKind> kinds)
    {
        for (int k = entities.Count - 1; k >= 0; k--)
        {
            var e = entities[k];
            if (e.End <= start && !e.IsNominal && e.Actor is not null && kinds.Contains(Coreference.KindOf(e))) return e;
        }
        return null;
    }

    private static void BuildChains(Document document, List<Word> words)
    {
        var entities = document.Entities;
        var chainOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var personChains = new List<(int Chain, HashSet<string> Words, string? Actor)>();
        var members = new List<List<Entity>>();
        foreach (var e in entities)
        {
            if (e.IsNominal && e.Type != EntityType.PER && e.Actor is null) continue; // "kedua negara"
            string key;
            int chain = -1;
            if (e.Type == EntityType.PER)
            {
                var own = FoldedWords(document, e);
                if (e.CanonicalName is { } c) key = "P:" + WordScanner.Fold(c);
                else if (e.IsNominal)
                {
                    // A title with no known holder: the last person with the same actor code.
                    var last = personChains.LastOrDefault(p => p.Actor is not null && p.Actor == e.Actor);
                    key = last.Words is null ? "T:" + e.Actor : "#" + last.Chain;
                }
                else
                {
                    // "Stoltenberg" after "Jens Stoltenberg": all its words are in an earlier person's name.
                    var earlier = personChains.LastOrDefault(p => own.Count > 0 && own.IsSubsetOf(p.Words));
                    key = earlier.Words is null ? "P:" + string.Join(' ', own) : "#" + earlier.Chain;
                }
                if (key.StartsWith('#')) chain = int.Parse(key.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
                else if (chainOfKey.TryGetValue(key, out var known)) chain = known;
                if (chain < 0)
                {
                    chain = members.Count;
                    members.Add([]);
                    chainOfKey[key] = chain;
                    personChains.Add((chain, e.IsNominal ? [] : own, e.Actor));
                }
                else if (!e.IsNominal)
                {
                    var idx = personChains.FindIndex(p => p.Chain == chain);
                    if (idx >= 0) personChains[idx].Words.UnionWith(own);
                }
            }
            else
            {
                // Names and the nominals that point back to them ("aliansi itu") share the canonical name;
                // generic agents ("polisi") have none and chain by actor code.
                key = e.CanonicalName is { } c ? "N:" + WordScanner.Fold(c)
                    : (e.IsNominal ? "A:" : "N:") + (e.Actor ?? WordScanner.Fold(document[e.Span]));
                if (!chainOfKey.TryGetValue(key, out chain))
                {
                    chain = members.Count;
                    members.Add([]);
                    chainOfKey[key] = chain;
                }
            }
            e.Chain = chain;
            members[chain].Add(e);
        }
        foreach (var chain in members) Unify(document, chain);
    }

    /// <summary>One canonical name per chain (the longest named mention's); people also get one actor
    /// code, the most frequent among their mentions. Places keep per-mention codes: "Moskow" is RUS as a
    /// place and RUSGOV as an agent.</summary>
    private static void Unify(Document document, List<Entity> chain)
    {
        if (chain.Count == 0) return;
        var named = chain.Where(e => !e.IsNominal).ToList();
        var canonical = chain.Select(e => e.CanonicalName).FirstOrDefault(c => c is not null)
            ?? named.OrderByDescending(e => e.Length()).Select(e => document[e.Span]).FirstOrDefault();
        bool person = chain[0].Type == EntityType.PER;
        var actor = chain.Where(e => e.Actor is not null).GroupBy(e => e.Actor).OrderByDescending(g => g.Count())
            .ThenBy(g => chain.IndexOf(g.First())).Select(g => g.Key).FirstOrDefault();
        foreach (var e in chain)
        {
            if (canonical is not null && (person || e.CanonicalName is null)) e.CanonicalName = canonical;
            if (actor is not null && (person || e.Actor is null)) e.Actor = actor;
        }
    }

    private static HashSet<string> FoldedWords(Document document, Entity e) =>
        WordScanner.Scan(document.Text, e.Start, e.End).Where(w => w.Case != WordCase.Lower).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);

    internal static bool SequenceAt(List<Word> words, int i, List<Word> pattern)
    {
        if (pattern.Count == 0 || i + pattern.Count > words.Count) return false;
        for (int k = 0; k < pattern.Count; k++)
            if (words[i + k].Key != pattern[k].Key || (k > 0 && words[i + k].GapBefore)) return false;
        return true;
    }

    internal static int IndexAtOrAfter(List<Word> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

internal static class EntityLength
{
    public static int Length(this Entity e) => e.End - e.Start;
}
