using Warta.Events.Ontology;

namespace Warta.Events.Patterns;

/// <summary>Parses pattern files in the format of data/events/FORMAT.md, checking every code against
/// the ontology so a typo fails loudly at load time with its file and line.</summary>
public static partial class PatternFileReader
{
    public static IEnumerable<EventPattern> Read(string path, CameoOntology ontology)
    {
        foreach (var (line, f) in DataFile.ReadRows(path))
        {
            if (f.Length < 3)
                throw DataFile.Error(path, line, "expected 'code<TAB>kind<TAB>trigger[<TAB>object<TAB>target]' (see data/events/FORMAT.md).");
            // a sixth column or a '!' exclusion in the target column is an object exclusion put one column too far
            if (f.Length > 5)
                throw DataFile.Error(path, line, "more than five columns; put '!' exclusions in the object column (alternatives joined by '|').");
            if (f.Length > 4 && f[4].Contains('!'))
                throw DataFile.Error(path, line, $"target column '{f[4]}' holds a '!' exclusion; exclusions belong in the object column.");
            var code = f[0];
            if (!ontology.Contains(code))
                throw DataFile.Error(path, line, $"'{code}' is not a CAMEO code in data/events/cameo.tsv.");
            var kind = f[1] switch
            {
                "verb" or "verb-active" => TriggerKind.Verb,
                "intr" or "topic" => TriggerKind.Intransitive,
                "noun" => TriggerKind.Noun,
                "say" => TriggerKind.Say,
                _ => throw DataFile.Error(path, line, $"kind '{f[1]}' is not one of verb, verb-active, intr, topic, noun, say."),
            };
            var objects = new List<string[]>();
            var excluded = new List<string[]>();
            if (f.Length > 3 && f[3] != "-")
                foreach (var alt in Alternatives(f[3], path, line))
                {
                    if (alt.StartsWith('!')) excluded.Add(Words(alt[1..]));
                    else objects.Add(Words(alt));
                }
            var preps = new List<string>();
            bool noTarget = false;
            // "+ke": the act is an event only when its clause names an actor as its target ("bertolak ke Makassar" is no visit)
            bool required = f.Length > 4 && f[4].StartsWith('+');
            // "<from": the act goes the other way, from the actor in the phrase to the subject ("won recognition from Kenya")
            bool reversed = f.Length > 4 && f[4].StartsWith('<');
            var targetColumn = required || reversed ? f[4][1..] : f.Length > 4 ? f[4] : "-";
            if (reversed && (kind != TriggerKind.Verb || targetColumn is "-" or "" or "none" || targetColumn.StartsWith('+')))
                throw DataFile.Error(path, line, "a reversed target '<prep|prep' needs a verb pattern and the prepositions of its source's phrase.");
            if (required && targetColumn == "none")
                throw DataFile.Error(path, line, "target '+none' requires and forbids a target; write '+' with prepositions, or 'none'.");
            if (targetColumn is not ("-" or ""))
            {
                if (targetColumn == "none") noTarget = true;
                else preps.AddRange(Alternatives(targetColumn, path, line));
            }
            foreach (var form in Alternatives(f[2], path, line))
            {
                // a trigger of punctuation alone (a stray separator from a converted list) would fire on every comma
                if (!form.Any(char.IsLetter))
                    throw DataFile.Error(path, line, $"trigger '{form}' has no letter; remove it from the trigger list.");
                yield return new EventPattern(code, kind, Words(form), objects, excluded, preps, noTarget, path, line) { RequiresTarget = required, Reversed = reversed, TopicObject = f[1] == "topic", ActiveOnly = f[1] == "verb-active" };
            }
        }
    }

    private static IEnumerable<string> Alternatives(string field, string path, int line) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
             .SelectMany(form => form.Count(c => c == '{') == form.Count(c => c == '}')
                 ? Expand(form)
                 : throw DataFile.Error(path, line, $"'{form}': a word group '{{' is not closed with '}}' (or a '}}' has no '{{')."))
             .Select(s => s.ToLowerInvariant())
             .SelectMany(SpacedHyphens)
             .Distinct();

    /// <summary>A hyphenated word as written ("mewanti-wanti", "memata-matai") and as news text often spaces it
    /// ("mewanti - wanti", a quarter of the hyphens in IndoSum), where the tokenizer reads three words: the pattern
    /// matches both.</summary>
    private static IEnumerable<string> SpacedHyphens(string form)
    {
        yield return form;
        var spaced = InnerHyphen().Replace(form, " - ");
        if (spaced != form) yield return spaced;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L})-(?=\p{L})")]
    private static partial System.Text.RegularExpressions.Regex InnerHyphen();

    /// <summary>A word family written once: "{tak,tidak} {mau,ingin} berkomentar" is the four phrases its groups
    /// combine to (an empty member, "{,mau}", leaves that word out), so a family of news wordings stays one readable
    /// line instead of dozens of spelled-out forms.</summary>
    private static IEnumerable<string> Expand(string form)
    {
        int open = form.IndexOf('{');
        if (open < 0) return [string.Join(' ', form.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        int close = form.IndexOf('}', open);
        if (close < 0) throw new InvalidDataException($"'{form}': a '}}' comes before its '{{'.");
        var head = form[..open];
        var tail = form[(close + 1)..];
        return form[(open + 1)..close].Split(',').SelectMany(member => Expand(head + member.Trim() + tail));
    }

    private static string[] Words(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
