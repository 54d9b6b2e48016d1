using Warta.Core;

namespace Warta.Quotes;

/// <summary>
/// Turns speaker mentions into names, walking the article in order: an entity's canonical name when the
/// entity layer has one; a short name completed from an earlier fuller one ("Stoltenberg" → "Jens
/// Stoltenberg"); a pronoun or referring title resolved through coreference when present, else to the last
/// speaker (or, before any, the last person named) before it.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly Document _doc;
    private readonly bool _hasEntities;
    private readonly List<(int Offset, string Name, string[] Parts)> _people;
    private readonly List<(int Offset, string Name, string[] Parts)> _speakers = [];
    /// <summary>Short forms given in parentheses after a full name: "Ahmad Heryawan (Aher)".</summary>
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);

    public SpeakerResolver(TokenView view, MentionReader reader)
    {
        _doc = view.Document;
        _hasEntities = _doc.Has(Layer.Entities);
        // People named in the article: the entity layer's persons when present, and capitalized runs that read as
        // names (the fallback finder), in text order. Written forms are kept apart from canonical ones.
        var fromRuns = PeopleFromRuns(view, reader, _aliases);
        _people = _hasEntities ? PeopleFromEntities(_doc).Concat(fromRuns).OrderBy(p => p.Item1).ToList() : fromRuns;
        _writtenPeople = _hasEntities
            ? _doc.Entities.Where(e => e.Type == EntityType.PER).Select(e => Parts(_doc.Text[e.Start..e.End])).Concat(fromRuns.Select(p => p.Item3)).ToList()
            : fromRuns.Select(p => p.Item3).ToList();
        _subjects = SentenceSubjects(view, reader).Where(IsPerson).ToList();
    }

    /// <summary>A subject counts as a person when it is a full name or part of one the article gives ("Guterres").</summary>
    private bool IsPerson((int Offset, string Name) subject)
    {
        var parts = Parts(subject.Name);
        if (parts.Length > 1) return true;
        foreach (var p in _people) if (IsPartOf(parts, p.Parts)) return true;
        return false;
    }

    private readonly List<string[]> _writtenPeople;

    /// <summary>Names that open a sentence before its verb ("Guterres menyampaikan …"): who "ia" may mean next.</summary>
    private readonly List<(int Offset, string Name)> _subjects;

    private static List<(int, string)> SentenceSubjects(TokenView view, MentionReader reader)
    {
        var subjects = new List<(int, string)>();
        foreach (var sentence in view.Document.Sentences)
        {
            int i = sentence.FirstToken;
            while (i < sentence.EndToken && (!view.IsWord(i) || view.Lexicon.FunctionWords.Contains(view.Lower[i]))) i++;
            if (i >= sentence.EndToken || !view.IsCapitalized(i) || view.InsideQuote[i] || view.Lexicon.Pronouns.Contains(view.Lower[i])) continue;
            int end = reader.RunEnd(i, sentence.EndToken);
            if (end + 1 < sentence.EndToken && view.IsWord(end + 1) && char.IsLower(view.First(end + 1))
                && reader.FromRun(i, end) is { Kind: MentionKind.Name } m)
                subjects.Add((m.Start, m.Text));
        }
        return subjects;
    }

    /// <summary>The person a pronoun at <paramref name="offset"/> means: the later of the last speaker and the last subject.</summary>
    private string? Antecedent(int offset)
    {
        var speaker = _speakers.Count > 0 ? _speakers[^1] : default;
        (int Offset, string Name) subject = default;
        for (int i = _subjects.Count - 1; i >= 0; i--) if (_subjects[i].Offset < offset) { subject = _subjects[i]; break; }
        if (subject.Name is not null && (speaker.Name is null || subject.Offset > speaker.Offset)) return Complete(subject.Name, subject.Offset);
        return speaker.Name ?? FirstPerson();
    }

    public string? LastSpeaker => _speakers.Count > 0 ? _speakers[^1].Name : null;

    /// <summary>Resolves <paramref name="mention"/> (null: a quote continuing the previous speaker's).</summary>
    public (string? Name, int? Start, int? End) Resolve(SpeakerMention? mention, int offset)
    {
        string? name;
        int? start = mention?.Start, end = mention?.End;
        var entity = mention is null ? null : EntityAt(mention.Start, mention.End);
        if (mention is null) name = LastSpeaker ?? FirstPerson();
        else if (mention.Kind is MentionKind.Pronoun or MentionKind.Nominal)
            name = ChainedPerson(entity) ?? Antecedent(mention.Start);
        else if (mention.Kind == MentionKind.Phrase) name = mention.Text;
        else if (entity?.CanonicalName is { } canonical) name = entity.Type == EntityType.PER ? Complete(canonical, mention.Start) : canonical;
        else
        {
            var text = entity is { Type: EntityType.PER or EntityType.ORG } ? _doc.Text[entity.Start..entity.End] : mention.Text;
            if (entity is { Type: EntityType.PER or EntityType.ORG }) { start = entity.Start; end = entity.End; }
            name = mention.Kind == MentionKind.Name ? Complete(text, mention.Start) : text;
        }
        if (name is not null) _speakers.Add((offset, name, Parts(name)));
        return (name, start, end);
    }

    /// <summary>
    /// The person a referring mention's coreference chain names, if that person is named in this article:
    /// a title's dictionary name ("Sekjen NATO" → today's office holder) must not replace the person the
    /// article means, and an organisation ("Partai Hanura" in "Ketua Umum Partai Hanura itu") is not a person.
    /// </summary>
    private string? ChainedPerson(Entity? entity)
    {
        if (entity is not { Type: EntityType.PER, CanonicalName: { } canonical }) return null;
        var parts = Parts(canonical);
        return _writtenPeople.Any(p => p.SequenceEqual(parts) || IsPartOf(parts, p) || IsPartOf(p, parts)) ? canonical : null;
    }

    /// <summary>The fuller earlier name this short one is part of (speakers first, most recent first).</summary>
    private string Complete(string name, int offset)
    {
        if (_aliases.TryGetValue(name, out var full)) return full;
        var parts = Parts(name);
        if (parts.Length == 0) return name;
        for (int i = _speakers.Count - 1; i >= 0; i--)
            if (IsPartOf(parts, _speakers[i].Parts)) return _speakers[i].Name;
        for (int i = _people.Count - 1; i >= 0; i--)
            if (_people[i].Offset < offset && IsPartOf(parts, _people[i].Parts)) return _people[i].Name;
        return name;
    }

    /// <summary>Every word of the short name is a word of the long one, or (4+ letters) its start: "Sandi" → "Sandiaga Uno".</summary>
    /// (Loops, not All/Any with lambdas: it is asked for every pair of names, and each lambda was an allocation.)
    private static bool IsPartOf(string[] shortName, string[] longName)
    {
        if (longName.Length <= shortName.Length) return false;
        foreach (var s in shortName)
        {
            bool found = false;
            foreach (var l in longName)
                if (l == s || (s.Length >= MinPrefix && l.StartsWith(s, StringComparison.Ordinal))) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }

    private const int MinPrefix = 4;

    /// <summary>Before anyone has spoken, "ia" and "-nya" most likely mean the person the article opens with.</summary>
    private string? FirstPerson() => _people.Count > 0 ? _people[0].Name : null;

    /// <summary>The entity a mention names: a person overlapping it first (the last one: names follow titles), else any.</summary>
    private Entity? EntityAt(int start, int end)
    {
        if (!_hasEntities) return null;
        Entity? person = null, other = null;
        foreach (var e in _doc.Entities)
        {
            if (e.Start >= end || start >= e.End) continue;
            if (e.Type == EntityType.PER) person = e; else other ??= e;
        }
        return person ?? other;
    }

    /// <summary>A name's lowercase words ("Oviedo-Joekes" → oviedo, joekes), for subset comparison.</summary>
    public static string[] Parts(string name)
    {
        // counted first, so the array is the only allocation besides the words (each lower-cased in one string)
        int count = 0;
        for (int i = 0; i < name.Length; i++)
            if (char.IsLetterOrDigit(name[i]) && (i == 0 || !char.IsLetterOrDigit(name[i - 1]))) count++;
        if (count == 0) return [];
        var parts = new string[count];
        int n = 0, start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool letter = i < name.Length && char.IsLetterOrDigit(name[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0) { parts[n++] = TokenText.LowerOf(name, start, i - start); start = -1; }
        }
        return parts;
    }

    private static List<(int, string, string[])> PeopleFromEntities(Document doc) =>
        doc.Entities.Where(e => e.Type == EntityType.PER && !e.IsNominal)
            .Select(e => (e.Start, e.CanonicalName ?? doc.Text[e.Start..e.End], Parts(e.CanonicalName ?? doc.Text[e.Start..e.End])))
            .ToList();

    /// <summary>Without an entity layer: every capitalized run that reads as a person's name.</summary>
    private static List<(int, string, string[])> PeopleFromRuns(TokenView view, MentionReader reader, Dictionary<string, string> aliases)
    {
        var people = new List<(int, string, string[])>();
        for (int i = 0; i < view.Count; i++)
        {
            if (!view.IsWord(i) || !view.IsCapitalized(i)) continue;
            int end = reader.RunEnd(i, view.Count);
            // A run right before a dash or a closing parenthesis is a dateline ("CNN Indonesia --", "(Antara)").
            bool dateline = view.IsDash(end + 1) || view.IsPunct(end + 1, ')');
            if (!dateline && reader.FromRun(i, end) is { Kind: MentionKind.Name } m && m.Text.Contains(' '))
            {
                people.Add((m.Start, m.Text, Parts(m.Text)));
                if (view.IsPunct(end + 1, '(') && view.IsCapitalized(end + 2) && view.IsPunct(end + 3, ')'))
                    aliases.TryAdd(view.Slice(end + 2, end + 2), m.Text);
            }
            i = end;
        }
        return people;
    }
}
