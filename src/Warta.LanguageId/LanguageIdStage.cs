using Warta.Core;

namespace Warta.LanguageId;

/// <summary>
/// Sets <see cref="Document.Language"/>: the declared language when there is one (<c>id</c> or
/// <c>en</c>; any other declared code is <c>other</c>), else the one identified from the title and body.
/// </summary>
public sealed class LanguageIdStage(LanguageIdentifier identifier) : IStage
{
    public string Name => "language-id";
    public Layer Needs => Layer.Text;
    public Layer Adds => Layer.Language;

    public void Process(Document document)
    {
        if (!string.IsNullOrWhiteSpace(document.DeclaredLanguage))
        {
            var declared = document.DeclaredLanguage.Trim().ToLowerInvariant();
            document.Language = identifier.Profiles.Any(p => p.Language == declared) ? declared : LanguageIdentifier.Other;
            return;
        }
        document.Language = identifier.Identify(document.Text).Language;
    }
}
