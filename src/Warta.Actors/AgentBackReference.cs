namespace Warta.Actors;

/// <summary>
/// A bare agent word that the article first wrote out in full stands for that fuller agent: "ratusan aparat
/// gabungan … aparat dihadang warga" is still the local government's joint force (GOV), not the police that
/// a bare "aparat" means. Only for the head words the language lists (context key <c>back-heads</c>), because
/// most heads do not carry their modifier along ("polisi militer … polisi" is the police again).
/// </summary>
public static class AgentBackReference
{
    /// <summary>The role of the last earlier agent of two or more words opened by this one-word agent, or null.</summary>
    public static string? RoleOf(NameMatch match, ActorScan scan)
    {
        if (match.Count != 1 || !scan.Cues.BackHeads.Contains(scan.Words[match.First].Key)) return null;
        var head = scan.Words[match.First].Key;
        string? role = null;
        foreach (var m in scan.Matches)
        {
            if (m.First >= match.First) break;
            if (m.Count > 1 && scan.Words[m.First].Key == head &&
                ActorResolver.Preferred(m.Targets) is AgentTarget { Agent: { CountryOnly: false } fuller })
                role = fuller.Role;
        }
        return role;
    }
}
