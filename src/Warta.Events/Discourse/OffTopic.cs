using Warta.Core;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// Articles about sport, entertainment, gadgets or lifestyle: their event triggers mostly take other senses
/// ("membela klub", "didukung prosesor", a film plot), so in such an article only events done by an
/// institution (the language's keep-roles: government, police, courts, parliament, army, intelligence, or an
/// international organisation) are kept — a court ruling on a singer still counts. An article is off topic
/// when its cue words (data/&lt;lang&gt;/events/off-topic.tsv) are many and outnumber its institutional
/// actor mentions by the file's ratio; or, a short piece on an athlete or a celebrity, when it names no
/// institution at all and still has the file's lower count of cue words (min-cues-alone): with no
/// institution in the text there is no news event the filter could cut, only private acts and quotes.
/// </summary>
public sealed class OffTopic
{
    private static readonly string[] Classes = ["sport", "entertainment", "technology", "lifestyle"];
    private readonly EventGrammar _file;
    private readonly int _minCues;
    private readonly double _ratio;
    private readonly int _minCuesAlone;
    private readonly string[] _keepRoles;

    public OffTopic(EventGrammar file)
    {
        _file = file;
        _minCues = int.Parse(file.Setting("min-cues", "6"), System.Globalization.CultureInfo.InvariantCulture);
        _ratio = double.Parse(file.Setting("cue-ratio", "3"), System.Globalization.CultureInfo.InvariantCulture);
        // without the setting the lower count is min-cues itself: the rule is then the ratio test alone
        _minCuesAlone = int.Parse(file.Setting("min-cues-alone", _minCues.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            System.Globalization.CultureInfo.InvariantCulture);
        // the file's words are kept lower case
        _keepRoles = file.WordsOf("keep-roles").Select(r => r.ToUpperInvariant()).ToArray();
        _cueStarts = Classes.SelectMany(file.StartsOf).ToHashSet(StringComparer.Ordinal);
    }

    // the words some cue of any class starts with: every other word is passed over with one look-up
    private readonly HashSet<string> _cueStarts;

    /// <summary>Loads the file when the language has one; null otherwise (no filtering).</summary>
    public static OffTopic? Load(string folder)
    {
        var path = Path.Combine(folder, "off-topic.tsv");
        return File.Exists(path) ? new OffTopic(EventGrammar.Load(path)) : null;
    }

    /// <summary>Cue words (and phrases) of the document's tokens.</summary>
    public int CueCount(Document doc)
    {
        var words = TokenText.Lower(doc);
        int count = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (!_cueStarts.Contains(words[i])) continue;
            foreach (var c in Classes)
                if (_file.MatchAt(c, words, i) is > 0 and var n) { count++; i += n - 1; break; }
        }
        return count;
    }

    /// <summary>Mentions of actors with an institutional role.</summary>
    public int InstitutionalMentions(Document doc) => doc.Entities.Count(e => e.Actor is { } a && IsInstitution(a));

    public bool IsOffTopic(Document doc)
    {
        int cues = CueCount(doc);
        if (cues < Math.Min(_minCues, _minCuesAlone)) return false;
        int institutions = InstitutionalMentions(doc);
        return cues >= _minCues && cues >= _ratio * institutions || institutions == 0 && cues >= _minCuesAlone;
    }

    /// <summary>An institution acts: a state body of the keep-roles or an international organisation.</summary>
    public bool IsInstitution(string actor) =>
        actor.StartsWith("IGO", StringComparison.Ordinal) || actor.Length >= 6 && _keepRoles.Any(r => actor.AsSpan(3).StartsWith(r));
}
