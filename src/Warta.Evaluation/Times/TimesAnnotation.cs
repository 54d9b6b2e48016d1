using System.Globalization;

namespace Warta.Evaluation.Times;

/// <summary>One hand-annotated time expression: IndoSum article id, sentence index (across the article),
/// token range [start, end), TIMEX3 type and value, and a few words of surface text as a check.</summary>
public sealed record TimesAnnotation(string ArticleId, int Sentence, int TokenStart, int TokenEnd, string Type, string Value, string Surface);

public static class TimesAnnotationFile
{
    /// <summary>Reads eval/times/annotated-dev.tsv. Lines starting with # are comments; a line
    /// "#! none ARTICLE_ID" records an article read and found to have no time expression.</summary>
    public static List<TimesAnnotation> Read(string path)
    {
        var list = new List<TimesAnnotation>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var c = line.Split('\t');
            if (c.Length < 6 || !int.TryParse(c[1], CultureInfo.InvariantCulture, out int s) || !int.TryParse(c[2], CultureInfo.InvariantCulture, out int ts)
                || !int.TryParse(c[3], CultureInfo.InvariantCulture, out int te) || te <= ts || c[4] is not ("DATE" or "TIME" or "DURATION" or "SET"))
                throw new InvalidDataException($"{path}:{lineNo}: expected 'article<TAB>sentence<TAB>token start<TAB>token end (exclusive)<TAB>DATE|TIME|DURATION|SET<TAB>value<TAB>surface'.");
            list.Add(new TimesAnnotation(c[0], s, ts, te, c[4], c[5], c.Length > 6 ? c[6] : ""));
        }
        return list;
    }
}
