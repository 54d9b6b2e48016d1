using Warta.Core;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// "“Operasi militer itu jelas tidak proporsional,” kata Zeid": a statement whose speaker is an actor and
/// which judges another actor in words of disapproval (grammar class <c>disapproval-cue</c>: melanggar, tidak
/// proporsional, diskriminatif, kejam …) is the speaker's criticism of that actor (111), when the coder found
/// no event of that speaker inside the statement. The actor judged is the one the statement names nearest to
/// the cue, other than the speaker and the speaker's own country.
/// </summary>
public sealed class QuotedJudgements(EventGrammar grammar)
{
    /// <summary>CAMEO 111, criticize or denounce.</summary>
    public const string Code = "111";

    public List<(int CueStart, int CueEnd, ActorRef Speaker, ActorRef Target)> Find(Document doc, IReadOnlyList<CodedMention> coded)
    {
        var found = new List<(int, int, ActorRef, ActorRef)>();
        foreach (var q in doc.Quotes)
        {
            if (q.SpeakerActor is not { } speaker || q.SpeakerStart is not int ss || q.SpeakerEnd is not int se) continue;
            if (coded.Any(m => m.Source.Code == speaker && m.Record.TriggerStart >= q.Start && m.Record.TriggerStart < q.End)) continue;
            if (Cue(doc, q.Start, q.End) is not var (cs, ce)) continue;
            Entity? target = null;
            foreach (var e in doc.Entities)
            {
                if (e.Actor is not { } a || e.Start < q.Start || e.End > q.End || a == speaker) continue;
                if (a.Length == 3 && speaker.StartsWith(a, StringComparison.Ordinal)) continue;
                if (target is null || Distance(e, cs) < Distance(target, cs)) target = e;
            }
            if (target is not null) found.Add((cs, ce, new ActorRef(speaker, ss, se), new ActorRef(target.Actor!, target.Start, target.End)));
        }
        return found;
    }

    private static int Distance(Entity e, int offset) => e.End <= offset ? offset - e.End : Math.Abs(e.Start - offset);

    /// <summary>The first disapproval cue (a word or phrase of the class) inside the span, as text offsets.</summary>
    private (int, int)? Cue(Document doc, int start, int end)
    {
        var words = new List<string>();
        var spans = new List<(int, int)>();
        for (int i = doc.TokenAtOrAfter(start); i < doc.Tokens.Count && doc.Tokens[i].End <= end; i++)
        {
            var t = doc.Tokens[i];
            words.Add(doc.Text[t.Start..t.End].ToLowerInvariant());
            spans.Add((t.Start, t.End));
        }
        for (int i = 0; i < words.Count; i++)
        {
            int n = grammar.MatchAt("disapproval-cue", words, i);
            if (n > 0) return (spans[i].Item1, spans[i + n - 1].Item2);
        }
        return null;
    }
}
