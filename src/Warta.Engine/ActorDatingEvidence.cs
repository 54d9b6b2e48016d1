using Warta.Actors;
using Warta.Core;
using Warta.Times;

namespace Warta.Engine;

/// <summary>
/// Lets the times stage date an article by the office holders it names (<see cref="RoleDating"/>), when the
/// input gives no publication date. It asks the actor dictionary only which terms of office a title + name
/// belongs to, so it can run before the actor stage, which in turn reads roles at the date inferred here.
/// </summary>
public sealed class ActorDatingEvidence(ActorDictionary dictionary) : IDatingEvidenceSource
{
    private readonly RoleDating _dating = new(dictionary);

    public void Collect(Document document, List<DatingEvidence> evidence)
    {
        foreach (var m in _dating.Find(document))
            evidence.Add(new DatingEvidence([.. m.Periods.Select(p => new DatePeriod(p.From, p.To))],
                m.Kind == DatingKind.Name ? DatingStrength.Weak : DatingStrength.Strong));
    }
}
