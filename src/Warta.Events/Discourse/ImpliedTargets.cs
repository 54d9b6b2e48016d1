using Warta.Events.Coding;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// A target the sentence implies without naming it, for an event every other target pass left without one (data/id/events/
/// implied-targets.tsv, read only when the language has the file):
/// <list type="bullet">
/// <item>the owner of a policy the act reacts to: "PKS menyatakan tegas menolak kenaikan BBM" rejects the government's
/// decision (the annotators code IDNPTY&gt;IDNGOV); a phrase of class <c>owned-by-ROLE</c> (gov, leg, jud) starting within
/// <see cref="ObjectReach"/> words after the trigger, with no punctuation, actor or complementizer before it, in a root of
/// class <c>owner-roots</c>, gives the source's country with that role;</item>
/// <item>the public an authority's appeal is addressed to: "Polisi menghimbau para pengguna media sosial …", "kami berikan
/// imbauan agar hati-hati" (IDNCOP&gt;IDNCVL): a trigger word of class <c>public-appeal</c> in a root of class
/// <c>public-appeal-roots</c>, by a source whose role is in class <c>public-appeal-sources</c>, gives the source's country's
/// civilians.</item>
/// </list>
/// Only a source whose code starts with a country gives an owner (an IGO, NGO or militant group has none). Runs after
/// FallbackTarget, so an actor the clause names always wins: "menolak kebijakan Israel" stays aimed at Israel.
/// </summary>
public sealed class ImpliedTargets(EventGrammar words, EventGrammar grammar)
{
    /// <summary>How far after the trigger the policy phrase may start ("menolak rencana kenaikan harga BBM").</summary>
    private const int ObjectReach = 3;

    private static readonly string[] OwnerRoles = ["gov", "leg", "jud"];

    /// <summary>Loads implied-targets.tsv from <paramref name="folder"/>, or null when the language has none.</summary>
    public static ImpliedTargets? Load(string folder, EventGrammar grammar)
    {
        var path = Path.Combine(folder, "implied-targets.tsv");
        return File.Exists(path) ? new ImpliedTargets(EventGrammar.Load(path), grammar) : null;
    }

    /// <summary>The policy owner or the appeal's public for an event left without a target (<see cref="PublicOf"/>, then the owner
    /// of a policy phrase right after the trigger).</summary>
    /// <param name="triggerFirst">The trigger's first word in <paramref name="s"/>.</param>
    /// <param name="triggerLast">The trigger's last word.</param>
    public ActorRef? Find(SentenceView s, int triggerFirst, int triggerLast, ActorRef source, string code)
    {
        if (PublicOf(s, triggerFirst, triggerLast, source, code) is { } addressed) return addressed;
        if (code.Length < 2 || !IsCountryCode(source.Code) || !words.Is("owner-roots", code[..2])) return null;
        string role = RoleOf(source.Code);
        for (int i = triggerLast + 1; i < s.Count && i <= triggerLast + ObjectReach; i++)
        {
            if (s.IsPunctuation(i) || s.ActorAt(i) is not null || grammar.MatchAt("complementizer", s.Words, i) > 0) return null;
            // (the source's own role owning the policy is no target: "Pemerintah menolak kenaikan BBM" is not aimed at itself)
            foreach (var owner in OwnerRoles)
                if (owner != role && words.MatchAt("owned-by-" + owner, s.Words, i) is > 0 and var n)
                    return new ActorRef(source.Code[..3] + owner.ToUpperInvariant(), s.WordStart(i), s.WordEnd(i + n - 1));
        }
        return null;
    }

    /// <summary>The public of the source's country, for an appeal word (class <c>public-appeal</c>) in a root of class
    /// <c>public-appeal-roots</c> by an authority (role in class <c>public-appeal-sources</c>); else null.</summary>
    public ActorRef? PublicOf(SentenceView s, int triggerFirst, int triggerLast, ActorRef source, string code)
    {
        if (code.Length < 2 || !IsCountryCode(source.Code) || !words.Is("public-appeal-roots", code[..2])
            || !words.Is("public-appeal-sources", RoleOf(source.Code))) return null;
        for (int i = triggerFirst; i <= triggerLast; i++)
            if (words.Is("public-appeal", s[i]))
                return new ActorRef(source.Code[..3] + "CVL", s.WordStart(triggerFirst), s.WordEnd(triggerLast));
        return null;
    }

    private static string RoleOf(string code) => code.Length >= 6 ? code[3..6].ToLowerInvariant() : "";

    /// <summary>A code that starts with a country (three capitals that are not a transnational prefix of class
    /// <c>non-state-prefix</c>: IGO, NGO, IMG …).</summary>
    private bool IsCountryCode(string code) =>
        code.Length >= 3 && char.IsUpper(code[0]) && char.IsUpper(code[1]) && char.IsUpper(code[2])
        && !words.Is("non-state-prefix", code[..3].ToLowerInvariant());
}
