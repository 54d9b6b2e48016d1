namespace Warta.Actors;

/// <summary>
/// "Serikat Pekerja Pertamina", "Federasi Serikat Pekerja BUMN": an organisation's name opened by a generic agent
/// word and closed by a company is that agent, of the company's country — the union of Pertamina's workers is
/// labour (IDNLAB), not the company (IDNBUS). Indonesian puts the company after the group word, so the rule runs
/// only where the language asks for it (cue <c>agent-opens-company</c>).
/// </summary>
public static class CompanyStaff
{
    /// <summary>The code of the agent opening the words [first, end) when a company's name closes them; else null.</summary>
    public static string? CodeOf(int first, int end, IReadOnlyList<NameMatch> inside, ActorScan scan)
    {
        if (!scan.Cues.AgentOpensCompany) return null;
        var opening = inside.FirstOrDefault(m => m.First == first && m.Count > 0);
        if (opening.Count == 0 || ActorResolver.Preferred(opening.Targets) is not AgentTarget { Agent: { CountryOnly: false } agent })
            return null;
        var closing = inside.FirstOrDefault(m => m.End == end && m.First >= opening.End && m.Count > 0);
        if (closing.Count == 0 || ActorResolver.Preferred(closing.Targets) is not ActorTarget { Actor: { Kind: ActorKind.Company } company })
            return null;
        var country = company.Code.Length >= 3 ? company.Code[..3] : "";
        return scan.Dictionary.Countries.ContainsKey(country) && agent.Role != "BUS" ? country + agent.Role : null;
    }
}
