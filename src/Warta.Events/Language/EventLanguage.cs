using Warta.Events.Ontology;
using Warta.Events.Patterns;

namespace Warta.Events.Language;

/// <summary>Everything the coder knows about one language: its patterns, closed word classes and
/// trigger morphology. Built from data/&lt;lang&gt;/events/ by <see cref="Load"/>.</summary>
public sealed class EventLanguage(string code, PatternDictionary patterns, EventGrammar grammar, ITriggerMorphology morphology)
{
    public string Code { get; } = code;
    public PatternDictionary Patterns { get; } = patterns;
    public EventGrammar Grammar { get; } = grammar;
    public ITriggerMorphology Morphology { get; } = morphology;

    /// <summary>The per-word facts the coder's verb-likeness test reads, memoised per word (made on first use; a race
    /// makes two equal ones, one of which is kept).</summary>
    public Coding.VerbCues VerbCues => _verbCues ?? Interlocked.CompareExchange(ref _verbCues, new Coding.VerbCues(this), null) ?? _verbCues;
    private Coding.VerbCues? _verbCues;

    /// <summary>The off-topic article test (data/&lt;lang&gt;/events/off-topic.tsv), when the language has one.</summary>
    public Discourse.OffTopic? OffTopic { get; init; }

    /// <summary>Appeal and suspicion constructions (appeals.tsv, suspicion.tsv), when the language has them.</summary>
    public EventGrammar? Appeals { get; init; }
    public EventGrammar? Suspicion { get; init; }

    /// <summary>Evaluative words of criticism and praise in statements (judgements.tsv), when the language has them.</summary>
    public EventGrammar? Judgements { get; init; }

    /// <summary>Targets a sentence implies without naming them: policy owners, the public of an appeal (implied-targets.tsv),
    /// when the language has them.</summary>
    public Discourse.ImpliedTargets? ImpliedTargets { get; init; }

    /// <summary>The learned trigger proposer for words the patterns do not know (trigger-model.tsv, `warta train events`),
    /// when the language has one; without it the coder works from the patterns alone.</summary>
    public Learned.TriggerModel? TriggerModel { get; init; }

    /// <summary>The same language with another learned trigger model (or none): training measures candidate models
    /// on the same pipeline.</summary>
    public EventLanguage WithTriggerModel(Learned.TriggerModel? model) => new(Code, Patterns, Grammar, Morphology)
    {
        OffTopic = OffTopic,
        Appeals = Appeals,
        Suspicion = Suspicion,
        Judgements = Judgements,
        ImpliedTargets = ImpliedTargets,
        TriggerModel = model,
    };

    /// <summary>Loads <c>patterns*.tsv</c> and <c>grammar.tsv</c> from <paramref name="folder"/>.</summary>
    public static EventLanguage Load(string code, string folder, CameoOntology ontology)
    {
        ITriggerMorphology morphology = code switch
        {
            "id" => new IndonesianMorphology(),
            "en" => new EnglishMorphology(),
            _ => throw new ArgumentException($"No event trigger morphology for language '{code}' (known: id, en).", nameof(code)),
        };
        var grammar = EventGrammar.Load(Path.Combine(folder, "grammar.tsv"));
        return new EventLanguage(code, PatternDictionary.LoadFolder(folder, ontology, morphology), grammar, morphology)
        {
            OffTopic = Discourse.OffTopic.Load(folder),
            Appeals = File.Exists(Path.Combine(folder, "appeals.tsv")) ? EventGrammar.Load(Path.Combine(folder, "appeals.tsv")) : null,
            Suspicion = File.Exists(Path.Combine(folder, "suspicion.tsv")) ? EventGrammar.Load(Path.Combine(folder, "suspicion.tsv")) : null,
            Judgements = File.Exists(Path.Combine(folder, "judgements.tsv")) ? EventGrammar.Load(Path.Combine(folder, "judgements.tsv")) : null,
            ImpliedTargets = Discourse.ImpliedTargets.Load(folder, grammar),
            TriggerModel = Learned.TriggerModel.LoadIfPresent(folder),
        };
    }
}
