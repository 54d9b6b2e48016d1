using Warta.Events.Coding;
using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Learned;

/// <summary>
/// The learned trigger source behind the pattern dictionary: a word the dictionary does not know, which the
/// <see cref="TriggerModel"/> reads as a trigger of a root with enough margin, becomes a one-word pattern of that root's
/// base code ("RR0") of the kind its shape gives, so the coder's usual argument finding, negation, modality and
/// filters decide whether it is an event.
/// </summary>
public sealed class LearnedTriggers(TriggerModel model, TriggerCandidates candidates)
{
    public TriggerModel Model => model;

    public TriggerMatch? Propose(SentenceView s, int i)
    {
        if (candidates.KindOf(s, i) is not var (kind, voice)) return null;
        if (model.Propose(candidates.Features(s, i, kind, voice)) is not { } root) return null;
        var pattern = new EventPattern(root + "0", kind, [s[i]], [], [], [], false, TriggerModel.FileName, 0);
        return new TriggerMatch(pattern, voice, i, 1);
    }
}
