using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Direktur Utama PT . PBB Glenn Sugita", "PBB (PT Persib Bandung Bermartabat)": an acronym written right after a
/// company prefix (cue <c>company-prefixes</c>: PT, CV), or defined in brackets by a name opened by one, is that company,
/// not the foreign or international organisation the dictionary knows by the same letters (PBB, the United Nations; a
/// home body named so, "PT PLN", is the dictionary's own company or state firm and stays). It becomes a company of the
/// language's home country (BUS; the prefixes are the home country's legal forms) wherever the article repeats it, and
/// the people titled by it follow (<see cref="TitledNames"/> runs later).
/// </summary>
public static class CompanyAcronyms
{
    public static void Apply(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.CompanyPrefixes.Count == 0 || cues.Home == LanguageCues.UnknownCountry) return;
        var text = scan.Document.Text;
        var words = scan.Words;
        var companies = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Case != WordCase.AllCaps || words[i].End - words[i].Start < 2) continue;
            if (AfterPrefix(i, scan) || DefinedAsCompany(i, scan)) companies.Add(text[words[i].Start..words[i].End]);
        }
        if (companies.Count == 0) return;
        string code = cues.Home + "BUS";
        foreach (var e in scan.Document.Entities)
            if (e.Actor is { } actor && !actor.StartsWith(cues.Home, StringComparison.Ordinal) && companies.Contains(text[e.Start..e.End]))
                e.Actor = code;
    }

    /// <summary>"PT PBB", "PT . PBB": the word before (past a full stop) is a company prefix.</summary>
    private static bool AfterPrefix(int i, ActorScan scan)
    {
        if (i == 0) return false;
        var before = scan.Words[i - 1];
        var gap = scan.Document.Text.AsSpan(before.End, scan.Words[i].Start - before.End).Trim();
        return scan.Cues.CompanyPrefixes.Contains(before.Key) && (gap.Length == 0 || gap is ".");
    }

    /// <summary>"PBB (PT Persib …)": an opening bracket and a company prefix right after the acronym.</summary>
    private static bool DefinedAsCompany(int i, ActorScan scan)
    {
        if (i + 1 >= scan.Words.Count) return false;
        var next = scan.Words[i + 1];
        var gap = scan.Document.Text.AsSpan(scan.Words[i].End, next.Start - scan.Words[i].End).Trim();
        return gap is "(" && scan.Cues.CompanyPrefixes.Contains(next.Key);
    }
}
