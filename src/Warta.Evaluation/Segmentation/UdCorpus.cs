using Warta.Core;

namespace Warta.Evaluation.Segmentation;

/// <summary>
/// Reads a CoNLL-U treebank into gold segmentation documents. The treebanks have no document markers,
/// so consecutive sentences are grouped into pseudo-documents of <see cref="SentencesPerDocument"/>
/// sentences joined by a single space (each sentence's text is its <c># text</c> line). Gold tokens are the
/// surface tokens: a multiword line such as <c>6-7 menyetujuinya</c> is one token and its parts are
/// skipped, matching Warta's rule that clitics stay inside their token.
/// </summary>
public static class UdCorpus
{
    public const int SentencesPerDocument = 10;

    public static GoldCorpus Read(string path, string name, string role)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"UD treebank '{path}' not found; the evaluation reads ../shared/data/ud beside the repository.", path);
        var documents = new List<GoldDocument>();
        int unaligned = 0;
        var batch = new List<(string Text, List<(string Form, Clitic Clitics)> Forms)>();
        foreach (var sentence in ReadSentences(path))
        {
            batch.Add(sentence);
            if (batch.Count == SentencesPerDocument) { documents.Add(Build(batch, ref unaligned)); batch.Clear(); }
        }
        if (batch.Count > 0) documents.Add(Build(batch, ref unaligned));
        return new GoldCorpus(name, role, documents) { UnalignedTokens = unaligned };
    }

    private static GoldDocument Build(List<(string Text, List<(string Form, Clitic Clitics)> Forms)> sentences, ref int unaligned)
    {
        var clitics = new List<Clitic>();
        var text = new System.Text.StringBuilder();
        var sentenceSpans = new List<TextSpan>();
        var tokenSpans = new List<TextSpan>();
        var merged = new List<TextSpan>();
        foreach (var (sentenceText, forms) in sentences)
        {
            if (text.Length > 0) text.Append(' ');
            int offset = text.Length;
            text.Append(sentenceText);
            sentenceSpans.Add(new TextSpan(offset, text.Length));
            if (HoldsSeveralSentences(forms.Select(f => f.Form).ToList())) merged.Add(new TextSpan(offset, text.Length));
            int at = 0;
            foreach (var (form, clitic) in forms)
            {
                while (at < sentenceText.Length && char.IsWhiteSpace(sentenceText[at])) at++;
                int found = sentenceText.AsSpan(at).StartsWith(form, StringComparison.Ordinal) ? at : sentenceText.IndexOf(form, at, StringComparison.Ordinal);
                if (found < 0) { unaligned++; continue; }
                tokenSpans.Add(new TextSpan(offset + found, offset + found + form.Length));
                clitics.Add(clitic);
                at = found + form.Length;
            }
        }
        return new GoldDocument(text.ToString(), sentenceSpans, tokenSpans) { MergedSentences = merged, TokenClitics = clitics };
    }

    private static Clitic CliticsOf(List<string> parts)
    {
        if (parts.Count < 2) return Clitic.None;
        var clitics = parts[^1] switch
        {
            "nya" => Clitic.Nya, "lah" => Clitic.Lah, "kah" => Clitic.Kah, "pun" => Clitic.Pun, "mu" => Clitic.Mu, "ku" => Clitic.Ku,
            _ => Clitic.None,
        };
        if (parts.Count > 2 && clitics != Clitic.None)
            clitics |= parts[^2] switch { "nya" => Clitic.Nya, "lah" => Clitic.Lah, "kah" => Clitic.Kah, "pun" => Clitic.Pun, _ => Clitic.None };
        clitics |= parts[0] switch { "ku" => Clitic.Ku, "kau" => Clitic.Kau, _ => Clitic.None };
        return clitics;
    }

    /// <summary>By UD's own tokens: a free-standing . ! ? (abbreviations keep their dot inside the token),
    /// maybe closing quotes or brackets, then a capitalized token — a sentence end inside the gold sentence.</summary>
    public static bool HoldsSeveralSentences(IReadOnlyList<string> forms)
    {
        for (int k = 0; k < forms.Count - 1; k++)
        {
            if (forms[k] is not ("." or "!" or "?" or "..." or "…")) continue;
            int j = k + 1;
            while (j < forms.Count - 1 && forms[j] is "”" or "\"" or "'" or "’" or ")" or "''") j++;
            if (forms[j].Length > 0 && char.IsUpper(forms[j][0])) return true;
        }
        return false;
    }

    /// <summary>Each sentence's <c># text</c> and its surface token forms, with the clitics UD splits off
    /// multiword tokens (menyetujuinya = menyetujui + nya → Nya).</summary>
    public static IEnumerable<(string Text, List<(string Form, Clitic Clitics)> Forms)> ReadSentences(string path)
    {
        string? text = null;
        var forms = new List<(string Form, Clitic Clitics)>();
        var parts = new List<string>();
        int skipUntil = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (text is not null && forms.Count > 0) yield return (text, forms);
                text = null;
                forms = [];
                skipUntil = 0;
                continue;
            }
            if (line.StartsWith("# text = ", StringComparison.Ordinal)) { text = line["# text = ".Length..].Trim(); continue; }
            if (line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 2) continue;
            var id = cols[0];
            if (id.Contains('.')) continue; // empty nodes
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                forms.Add((cols[1], Clitic.None));
                parts.Clear();
                skipUntil = int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            int n = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
            if (n <= skipUntil)
            {
                parts.Add(cols[1].ToLowerInvariant());
                if (n == skipUntil) forms[^1] = (forms[^1].Form, CliticsOf(parts));
                continue;
            }
            forms.Add((cols[1], Clitic.None));
        }
        if (text is not null && forms.Count > 0) yield return (text, forms);
    }
}
