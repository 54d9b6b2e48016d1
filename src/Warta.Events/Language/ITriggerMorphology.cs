using Warta.Events.Patterns;

namespace Warta.Events.Language;

/// <summary>Active, passive, or the bare stem of an active verb ("Polisi tangkap dua WNA", "Kuwait usir
/// dubes Korut": headline and colloquial style), which is read as active only right after its subject.</summary>
public enum Voice : byte { Active, Passive, Bare }

/// <summary>A surface form a pattern's first trigger word can take in text, with the voice it signals
/// (Indonesian di-/ter- forms are passive by themselves; English voice is decided in context).</summary>
public readonly record struct TriggerForm(string Surface, Voice Voice);

/// <summary>The inflection a language needs for event triggers: which surface forms a pattern's head word
/// has, how a text word is reduced before lookup (clitics), and which words look like verbs.</summary>
public interface ITriggerMorphology
{
    IEnumerable<TriggerForm> FormsOf(EventPattern pattern);
    /// <summary>The word as looked up, then with clitics removed (e.g. "usirnya" → "usir"). Every reading after the
    /// first is a prefix of the word (clitics are suffixes): the coder skips the look-up for forms that are not.</summary>
    IEnumerable<string> LookupKeys(string word);
    bool LooksLikeVerb(string word);
    /// <summary>A rough lemma of a trigger word, so that repeats of one predicate in different forms
    /// ("menutup", "ditutup", "penutupan"; "closed", "closes") are merged into one record.</summary>
    string MergeLemma(string word);
    /// <summary>A noun naming an act done to the noun phrase after it (Indonesian peN-…-an:
    /// "penangkapan pelajar RI" = the students were arrested), so that phrase is the target, not the agent.</summary>
    bool IsPatientNominal(string word);
    /// <summary>The word is a passive verb by its form alone (Indonesian di-); false where voice is decided
    /// in context (English).</summary>
    bool LooksPassive(string word);
}
