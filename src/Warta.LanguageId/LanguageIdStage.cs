using Warta.Core;

namespace Warta.LanguageId;

/// <summary>
/// Decides the document's language: the declared one if any, else detected.
/// PROVISIONAL: counts a handful of function words. To be replaced by the real identifier.
/// </summary>
public sealed class LanguageIdStage : IStage
{
    private static readonly HashSet<string> Id = ["yang", "dan", "di", "dengan", "ini", "itu", "dari", "untuk", "pada", "tidak"];
    private static readonly HashSet<string> En = ["the", "and", "of", "to", "in", "is", "that", "with", "for", "was"];

    public string Name => "language-id";
    public Layer Needs => Layer.Text;
    public Layer Adds => Layer.Language;

    public void Process(Document document)
    {
        if (document.DeclaredLanguage is { } declared) { document.Language = declared; return; }
        int id = 0, en = 0;
        foreach (var w in document.Text.Split([' ', '\n', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var lw = w.ToLowerInvariant();
            if (Id.Contains(lw)) id++;
            if (En.Contains(lw)) en++;
        }
        document.Language = id == 0 && en == 0 ? "other" : id >= en ? "id" : "en";
    }
}
