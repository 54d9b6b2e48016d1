using Warta.Core;

namespace Warta.Quotes;

/// <summary>
/// The document's tokens as the quote finder reads them: lowercase forms, capitalization, quote marks and
/// which tokens lie inside a direct quotation. Built once per document so every rule reads cheap arrays.
/// </summary>
internal sealed class TokenView
{
    public TokenView(Document document, QuoteLexicon lexicon)
    {
        Document = document;
        Lexicon = lexicon;
        var tokens = document.Tokens;
        Lower = TokenText.Lower(document);
        SentenceOf = new int[tokens.Count];
        InsideQuote = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count; i++) SentenceOf[i] = -1;
        // sized once for the lowercase tokens (an upper bound of the distinct words): growing it step by step made
        // and dropped every smaller table on the way
        int lowercase = 0;
        for (int i = 0; i < tokens.Count; i++)
            if (char.IsLower(document.Text[tokens[i].Start])) lowercase++;
        LowercaseSeen = new HashSet<string>(lowercase, StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
            if (char.IsLower(document.Text[tokens[i].Start])) LowercaseSeen.Add(Lower[i]);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken && t < tokens.Count; t++) SentenceOf[t] = s;
        }
    }

    public Document Document { get; }
    public QuoteLexicon Lexicon { get; }
    public string[] Lower { get; }
    public int[] SentenceOf { get; }
    /// <summary>True for tokens inside (or being the marks of) a direct quotation.</summary>
    public bool[] InsideQuote { get; }
    /// <summary>Words the article also writes in lowercase: capitalized, they are only sentence-initial.</summary>
    public HashSet<string> LowercaseSeen { get; }
    public int Count => Lower.Length;

    /// <summary>True when only punctuation (quote marks, dashes) stands before token <paramref name="i"/> in its sentence.</summary>
    public bool StartsSentence(int i)
    {
        if (SentenceFor(i) is not { } sentence) return false;
        for (int k = sentence.FirstToken; k < i; k++) if (IsWord(k)) return false;
        return true;
    }

    /// <summary>A standalone dash: the end of a dateline ("Jakarta, CNN Indonesia --").</summary>
    public bool IsDash(int i) => i >= 0 && i < Count && !IsWord(i) && First(i) is '-' or '–' or '—';
    public string Text => Document.Text;

    public Token this[int i] => Document.Tokens[i];
    public char First(int i) => Text[Document.Tokens[i].Start];
    public bool IsWord(int i) => i >= 0 && i < Count && char.IsLetterOrDigit(First(i));
    public bool IsCapitalized(int i) => i >= 0 && i < Count && char.IsUpper(First(i));
    public bool IsPunct(int i, char c) => i >= 0 && i < Count && Document.Tokens[i].Length() == 1 && First(i) == c;

    public bool IsAcronym(int i)
    {
        var t = Document.Tokens[i];
        if (t.Length() < 2) return false;
        for (int k = t.Start; k < t.End; k++) if (char.IsLetter(Text[k]) && !char.IsUpper(Text[k])) return false;
        return true;
    }

    public static bool IsQuoteChar(char c) => c is '"' or '“' or '”' or '„' or '‘' or '’' or '\'' or '«' or '»';
    public bool IsQuoteMark(int i) => i >= 0 && i < Count && Document.Tokens[i].Length() == 1 && IsQuoteChar(First(i));

    /// <summary>The stem when the token is "stem + pronoun clitic" (katanya → kata), else null.</summary>
    public string? PronounStem(int i)
    {
        var suffix = Lexicon.PronounSuffix;
        var w = Lower[i];
        return suffix.Length > 0 && w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal)
            ? w[..^suffix.Length] : null;
    }

    public Sentence? SentenceFor(int token) => SentenceOf[token] is var s and >= 0 ? Document.Sentences[s] : null;

    /// <summary>Index of the last token of the sentence that is not closing punctuation or a quote mark.</summary>
    public int LastContentToken(Sentence sentence)
    {
        int last = sentence.EndToken - 1;
        while (last > sentence.FirstToken && !IsWord(last) && !IsPunct(last, ')')) last--;
        return last;
    }

    public string Slice(int firstToken, int lastToken) =>
        Text.Substring(this[firstToken].Start, this[lastToken].End - this[firstToken].Start);
}

internal static class TokenExtensions
{
    public static int Length(this Token t) => t.End - t.Start;
}
