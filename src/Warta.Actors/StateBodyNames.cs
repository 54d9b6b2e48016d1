using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Komisi Nasional Pengendalian Zoonosis", "Dinas Kehutanan", "Badan Kebijakan Fiskal": an organisation the
/// dictionary does not know whose name opens with a state-body word (cue <c>government-heads</c>) is a state
/// body of the language's home country (GOV) — in articles about that country only —, as the guidelines code ministries and state agencies. Only in
/// languages with a home country, only names of two words or more, and not a numbered parliamentary commission
/// ("Komisi II": the parliament's, not the government's). Such a name the NER missed altogether (a run of
/// capitalised words, "dan" allowed inside, outside every entity) is added as an organisation.
/// A missed name closed by a country the dictionary knows ("Departemen Pemilu Singapura", "Otoritas Moneter
/// Singapura") is that country's state body (GOV), in news about any country: the name says whose it is.
/// A name holding a sport body's word ("Komisi Disiplin PSSI", cue <c>sport-bodies</c>) is none: a federation's organ.
/// </summary>
public static class StateBodyNames
{
    private static readonly HashSet<string> RomanNumerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"];

    public static void Apply(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.Home == LanguageCues.UnknownCountry || !cues.StateBodiesAtHome) return;
        // In news about another country its own bodies are named the same way ("Badan Cuaca Nasional" of the US):
        // only a name closed by its country is coded there.
        bool atHome = scan.MainCountry is not { } main || main == cues.Home;
        if (atHome) CodeHomeBodies(scan);
        AddMissed(scan, atHome);
    }

    private static void CodeHomeBodies(ActorScan scan)
    {
        var cues = scan.Cues;
        foreach (var entity in scan.Document.Entities)
        {
            if (entity.Type != EntityType.ORG || entity.Actor is not null || entity.IsNominal) continue;
            var words = WordScanner.Scan(scan.Document.Text, entity.Start, entity.End);
            if (words.Count < 2 || words[0].Case != WordCase.Capitalized || !cues.GovernmentHeads.Contains(words[0].Key) ||
                RomanNumerals.Contains(words[1].Key) || words.Any(w => cues.SportBodies.Contains(w.Key)))
                continue;
            entity.Actor = cues.Home + "GOV";
        }
    }

    /// <param name="atHome">In news about the home country a name with no country in it is a home body.</param>
    private static void AddMissed(ActorScan scan, bool atHome)
    {
        var cues = scan.Cues;
        var words = scan.Words;
        var entities = scan.Document.Entities;
        var added = new List<Entity>();
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Case != WordCase.Capitalized || !cues.GovernmentHeads.Contains(words[i].Key)) continue;
            int end = i + 1;
            while (end < words.Count && !words[end].GapBefore &&
                   (words[end].Case == WordCase.Capitalized ||
                    cues.Coordinators.Contains(words[end].Key) && end + 1 < words.Count && !words[end + 1].GapBefore && words[end + 1].Case == WordCase.Capitalized))
                end++;
            if (end - i < 2 || RomanNumerals.Contains(words[i + 1].Key) || SportBody(i, end, scan)) { i = end - 1; continue; }
            if (ClosingCountry(i, end, scan) is { } country)
            {
                // The NER may have kept pieces of it ("Departemen Pemilu [Singapura]"): the body's name replaces them when
                // they are uncoded or the bare country; a piece already coded ("[Badan Keamanan Transportasi] Amerika
                // Serikat" is USAGOV, ActorStage) stays.
                var named = scan.SpanOf(i, country.End);
                string code = AgentCountry.PlaceCode(country)!;
                var inside = entities.Where(e => named.Contains(e.Span)).ToList();
                if (inside.All(e => e.Actor is null || e.Actor == code) &&
                    !entities.Any(e => !inside.Contains(e) && e.Span.Overlaps(named)))
                {
                    entities.RemoveAll(inside.Contains);
                    added.Add(new Entity(named.Start, named.End, EntityType.ORG) { Actor = code + "GOV", CanonicalName = scan.Document.Text[named.Start..named.End] });
                }
                i = country.End - 1;
                continue;
            }
            var span = scan.SpanOf(i, end);
            if (atHome && !SpanChecks.OverlapsAnyEntity(entities, span) && scan.NamesIn(i, end).Count == 0)
                added.Add(new Entity(span.Start, span.End, EntityType.ORG) { Actor = cues.Home + "GOV", CanonicalName = scan.Document.Text[span.Start..span.End] });
            i = end - 1;
        }
        entities.AddRange(added);
    }

    /// <summary>"Komisi Disiplin PSSI", "Departemen Personalia PSSI": a name holding a sport body's word (cue
    /// <c>sport-bodies</c>) is a sport federation's organ, no state body.</summary>
    internal static bool SportBody(int first, int end, ActorScan scan)
    {
        for (int k = first; k < end; k++)
            if (scan.Cues.SportBodies.Contains(scan.Words[k].Key)) return true;
        return false;
    }

    /// <summary>The country name closing the state body's name that opens at word <paramref name="first"/> (its run of
    /// capitalised words ends at <paramref name="end"/>): the first dictionary name inside the run, after at least one word
    /// of the body's own, when it is a country ("Departemen Pemilu [Singapura]"). A known name before it ("Kementerian Luar
    /// Negeri Malaysia" is a ministry the dictionary codes with the country beside it) or a name that is no country
    /// ("Dinas Pendidikan Jawa Barat") gives none.</summary>
    private static NameMatch? ClosingCountry(int first, int end, ActorScan scan)
    {
        // "Otoritas Moneter Singapura": the head word alone may be a generic agent ("otoritas"); it does not name the body.
        var names = scan.NamesIn(first, end).Where(m => !(m.First == first && m.Count == 1)).ToList();
        if (names.Count == 0) return null;
        var firstName = names.MinBy(m => m.First);
        if (firstName.First < first + 2 || names.Any(m => m.First < firstName.First + firstName.Count && m.First != firstName.First)) return null;
        return ActorResolver.Preferred(firstName.Targets) is ActorTarget { Actor.Kind: ActorKind.Country } target &&
               scan.Dictionary.Countries.ContainsKey(target.Actor.Code) ? firstName : null;
    }
}
