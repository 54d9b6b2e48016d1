using Warta.Core;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// "kepalanya ditembak oleh militan Taliban pada tahun 2012", "polisi menggerebek rumahnya pada 2001 silam": an act
/// the sentence dates years before the article was published is background — a biography, a case's history, an
/// earlier incident recalled — not the article's news (GUIDELINES §1: background descriptions and biographies are not
/// events). An event is dropped when its sentence dates an act at least the grammar setting background-years (whole
/// calendar years) before the publication year and gives no recent date ("ditangkap pada 2012, Senin (4/7) divonis"
/// keeps its events). Law citations ("UU Nomor 31 Tahun 1999") are no
/// time expressions; a date counts only after a preposition that makes it the time of the clause's act (grammar class
/// date-opener: "pada 2012", "pada Mei 2008", "selama 2011"), since right after a noun or a name it belongs to that noun
/// ("kasus tahun 1965", "Undang-undang Dasar 1945", "tahun anggaran 2011 - 2012"), and after "sejak" the act lasts until
/// now ("mendapat sanksi PBB sejak tahun 2006"); a date inside a relative clause the trigger is not in dates that clause's act
/// ("menyayangkan bubarnya grup yang debut pada tahun 2010"). With no setting, or no publication date, nothing is dropped.
/// </summary>
public sealed class BackgroundDates
{
    private readonly int _years;
    private readonly EventGrammar _grammar;

    public BackgroundDates(EventGrammar grammar)
    {
        _grammar = grammar;
        _years = int.Parse(grammar.Setting("background-years", "0"), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True when the sentence dates the act whose trigger starts at <paramref name="trigger"/> at least the setting's
    /// years before publication and gives no recent date.</summary>
    public bool IsBackground(Document doc, int sentence, int trigger)
    {
        if (_years <= 0 || doc.Published is not { } published || sentence < 0 || sentence >= doc.Sentences.Count) return false;
        var s = doc.Sentences[sentence];
        bool any = false;
        foreach (var t in doc.Times)
        {
            if (t.Type != TimeType.DATE || t.Start < s.Start || t.End > s.End || Year(t.Value) is not int year) continue;
            // any recent date keeps the sentence ("Senin (4/7)"); an old one counts only as the time of an act
            if (published.Year - year < _years) return false;
            any |= _grammar.Is("date-opener", Opener(doc.Text, t)) && !OfRelativeClause(doc.Text, s.Start, t.Start, trigger);
        }
        return any;
    }

    // "menyayangkan keputusan bubar grup yang debut pada tahun 2010", "minta maaf kepada perempuan yang magang di set filmnya
    // pada 1985": a date after a relative word (grammar class relative) with the trigger not between them dates the relative
    // clause's act, not this one ("Budi yang ditangkap pada 2012": the arrest is dated by it)
    private bool OfRelativeClause(string text, int sentenceStart, int date, int trigger)
    {
        for (int end = date; end > sentenceStart;)
        {
            var word = WordBefore(text, end, out int start, skipPunctuation: true);
            if (word.Length == 0 || start < sentenceStart) return false;
            if (_grammar.Is("relative", word)) return !(trigger >= start && trigger < date);
            end = start;
        }
        return false;
    }

    // the word before the expression, passing over a "tahun" the expression left out ("pada tahun 2012")
    private static string Opener(string text, TimeExpression t)
    {
        var word = WordBefore(text, t.Start, out int start);
        return word == "tahun" ? WordBefore(text, start, out _) : word;
    }

    // the lower-cased word (letters only) right before the offset, or "" when punctuation comes first (unless skipped)
    private static string WordBefore(string text, int at, out int start, bool skipPunctuation = false)
    {
        int end = at;
        while (end > 0 && (skipPunctuation ? !char.IsLetter(text[end - 1]) : char.IsWhiteSpace(text[end - 1]))) end--;
        start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end].ToLowerInvariant();
    }

    // the year of a calendar value ("2012", "2012-05", "2012-05-04T10:00"); weeks, seasons and references are none
    private static int? Year(string value) =>
        EventStage.DatePart(value) is { } date && int.TryParse(date.AsSpan(0, 4), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out int y) ? y : null;
}
