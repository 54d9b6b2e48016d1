using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// The words of a whole document (<see cref="WordScanner"/>) and the dictionary names found in them, made once per
/// document and shared by the stages that read them (dating by office holders in the times stage, the actor and
/// coreference stages): they depend only on the text, the dictionary and the language, which no stage changes.
/// The lists are shared, so their users only read them.
/// </summary>
public static class DocumentWords
{
    private const string WordsKey = "actors:words";
    private const string NamesKey = "actors:names";

    public static List<Word> Of(Document document) => document.Derived(WordsKey, static d => WordScanner.Scan(d.Text));

    /// <summary><see cref="NameIndex.FindAll"/> over <see cref="Of"/> for <paramref name="language"/>.</summary>
    public static List<NameMatch> NamesOf(Document document, NameIndex names, string? language) =>
        document.Derived((NamesKey, names, language), d => names.FindAll(Of(d), language: language));
}
