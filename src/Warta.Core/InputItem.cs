namespace Warta.Core;

/// <summary>What a reader yields for each input: an article, or an error that names the input.</summary>
public abstract record InputItem(string Source);

public sealed record ArticleInput(Article Article) : InputItem(Article.Source);

/// <summary>An input that could not be read. <see cref="Line"/> is set for JSONL lines.</summary>
public sealed record InputError(string Source, string Reason, int? Line = null) : InputItem(Source)
{
    public override string ToString() => Line is { } l ? $"{Source}:{l}: {Reason}" : $"{Source}: {Reason}";
}
