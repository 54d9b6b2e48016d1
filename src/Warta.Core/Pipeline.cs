namespace Warta.Core;

/// <summary>
/// One step of analysis. A stage reads the layers it <see cref="Needs"/> and adds the ones it
/// <see cref="Adds"/>; it must not change layers it does not add.
/// </summary>
public interface IStage
{
    string Name { get; }
    Layer Needs { get; }
    Layer Adds { get; }
    void Process(Document document);
}

/// <summary>Thrown when stages are put in an order in which one would run before what it needs.</summary>
public sealed class PipelineOrderException(string message) : Exception(message);

/// <summary>
/// An ordered list of stages, checked when it is built: each stage's needs must be met by the text
/// or by stages before it. Running it is then just calling each stage in turn.
/// </summary>
public sealed class Pipeline
{
    private readonly IStage[] _stages;

    public Pipeline(IEnumerable<IStage> stages, Layer initial = Layer.Text)
    {
        _stages = stages.ToArray();
        var have = initial;
        for (int i = 0; i < _stages.Length; i++)
        {
            var stage = _stages[i];
            var missing = stage.Needs & ~have;
            if (missing != Layer.None)
            {
                var provider = _stages.Skip(i + 1).FirstOrDefault(s => (s.Adds & missing) != 0);
                var hint = provider is null
                    ? $"add a stage that provides {missing} before it"
                    : $"move '{provider.Name}' (which adds {provider.Adds & missing}) before it";
                throw new PipelineOrderException(
                    $"Pipeline order: stage '{stage.Name}' (position {i + 1}) needs {missing}, which no earlier stage adds; {hint}.");
            }
            have |= stage.Adds;
        }
        Provides = have;
    }

    public IReadOnlyList<IStage> Stages => _stages;
    /// <summary>All layers a document has after the pipeline ran.</summary>
    public Layer Provides { get; }

    public Document Run(Document document)
    {
        foreach (var stage in _stages)
        {
            stage.Process(document);
            document.MarkAdded(stage.Adds);
        }
        return document;
    }
}
