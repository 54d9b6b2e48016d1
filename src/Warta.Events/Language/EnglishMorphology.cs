using Warta.Events.Patterns;

namespace Warta.Events.Language;

/// <summary>
/// English inflection for triggers: patterns give the base form; -s/-es, -ed/-d, -ing (with e-drop,
/// y→i and consonant doubling) are generated. Irregular forms are listed in the pattern itself
/// (<c>meet|met</c>). Voice is decided in context (a form of "be" before a participle), not here.
/// </summary>
public sealed class EnglishMorphology : ITriggerMorphology
{
    public IEnumerable<TriggerForm> FormsOf(EventPattern pattern)
    {
        var w = pattern.Trigger[0];
        yield return new TriggerForm(w, Voice.Active);
        if (pattern.Kind == TriggerKind.Noun)
        {
            yield return new TriggerForm(Plural(w), Voice.Active);
            yield break;
        }
        yield return new TriggerForm(Plural(w), Voice.Active);
        bool endsE = w.EndsWith('e');
        bool consonantY = w.Length > 2 && w[^1] == 'y' && !IsVowel(w[^2]);
        var stem = endsE ? w[..^1] : consonantY ? w[..^1] + "i" : w;
        yield return new TriggerForm(stem + "ed", Voice.Active);
        yield return new TriggerForm((endsE ? w[..^1] : w) + "ing", Voice.Active);
        if (w.EndsWith("ie", StringComparison.Ordinal)) yield return new TriggerForm(w[..^2] + "ying", Voice.Active);
        if (w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]))
        {
            yield return new TriggerForm(w + w[^1] + "ed", Voice.Active);
            yield return new TriggerForm(w + w[^1] + "ing", Voice.Active);
        }
    }

    private static string Plural(string w) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith("sh", StringComparison.Ordinal) || w.EndsWith("ch", StringComparison.Ordinal) ? w + "es"
        : w.Length > 2 && w[^1] == 'y' && !IsVowel(w[^2]) ? w[..^1] + "ies"
        : w + "s";

    public string MergeLemma(string word)
    {
        var w = word.ToLowerInvariant();
        return w.Length > 5 ? w[..5] : w;
    }

    public IEnumerable<string> LookupKeys(string word)
    {
        yield return word;
    }

    public bool LooksLikeVerb(string word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>English marks the patient with "of" ("the arrest of two students"), read by the grammar's
    /// complement preposition; no noun form decides it.</summary>
    public bool IsPatientNominal(string word) => false;

    /// <summary>English voice needs the auxiliary before the participle; the form alone says nothing.</summary>
    public bool LooksPassive(string word) => false;
}
