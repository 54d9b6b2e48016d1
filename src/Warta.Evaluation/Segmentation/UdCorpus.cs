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
        var batch = new List<(string Text, List<string> Forms)>();
        foreach (var sentence in ReadSentences(path))
        {
            batch.Add(sentence);
            if (batch.Count == SentencesPerDocument) { documents.Add(Build(batch, ref unaligned)); batch.Clear(); }
        }
        if (batch.Count > 0) documents.Add(Build(batch, ref unaligned));
        return new GoldCorpus(name, role, documents) { UnalignedTokens = unaligned };
    }

    private static GoldDocument Build(List<(string Text, List<string> Forms)> sentences, ref int unaligned)
    {
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
            if (HoldsSeveralSentences(forms)) merged.Add(new TextSpan(offset, text.Length));
            int at = 0;
            foreach (var form in forms)
            {
                while (at < sentenceText.Length && char.IsWhiteSpace(sentenceText[at])) at++;
                int found = sentenceText.AsSpan(at).StartsWith(form, StringComparison.Ordinal) ? at : sentenceText.IndexOf(form, at, StringComparison.Ordinal);
                if (found < 0) { unaligned++; continue; }
                tokenSpans.Add(new TextSpan(offset + found, offset + found + form.Length));
                at = found + form.Length;
            }
        }
        return new GoldDocument(text.ToString(), sentenceSpans, tokenSpans) { MergedSentences = merged };
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

    /// <summary>Each sentence's <c># text</c> and its surface token forms.</summary>
    public static IEnumerable<(string Text, List<string> Forms)> ReadSentences(string path)
    {
        string? text = null;
        var forms = new List<string>();
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
                forms.Add(cols[1]);
                skipUntil = int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            if (int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) <= skipUntil) continue;
            forms.Add(cols[1]);
        }
        if (text is not null && forms.Count > 0) yield return (text, forms);
    }
}
