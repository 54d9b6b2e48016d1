namespace Warta.Actors;

/// <summary>
/// "Setya Novanto" in a December 2017 article on his pre-trial motion: an official whose office ended shortly
/// before the article, in an article about a criminal case (cue <c>suspect-words</c>: "tersangka", "terdakwa",
/// "praperadilan" …), keeps that office's role — the guidelines code an arrested DPR member IDNLEG and a regent
/// IDNGOV — instead of falling back to his nationality. Only state offices count (cue <c>suspect-office-roles</c>),
/// not a party post, and only an office ended within <see cref="Reach"/> days.
/// </summary>
public static class SuspectOfficials
{
    /// <summary>How long after the office ended the case is still about the official (trials run about a year).</summary>
    private const int Reach = 365;

    /// <summary>"Ketua DPR sekaligus Ketua Umum Partai Golkar, Setya Novanto" in an article about a criminal case: the
    /// party post the text states does not replace the state office the person holds at the article's date (the
    /// guidelines keep a suspect official's office role), so a stated party role (PTY) yields to a dictionary office
    /// of cue <c>suspect-office-roles</c>.</summary>
    public static bool KeepsOffice(Person person, string stated, ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.SuspectWords.Count == 0 || !stated.EndsWith("PTY", StringComparison.Ordinal)) return false;
        var office = scan.Dictionary.CodeOf(person, scan.Date);
        if (office is not { Length: 6 } || office[..3] != stated[..3] || !cues.SuspectOfficeRoles.Contains(office[3..])) return false;
        return scan.Words.Any(w => cues.SuspectWords.Contains(w.Key));
    }

    /// <summary>The code of the person's last state office, when the dictionary gives them none at the article's
    /// date and the article is about a criminal case; else null.</summary>
    public static string? CodeOf(Person person, ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.SuspectWords.Count == 0 || scan.Dictionary.CodeOf(person, scan.Date) != person.Nationality) return null;
        if (!scan.Words.Any(w => cues.SuspectWords.Contains(w.Key))) return null;
        RoleSpell? last = null;
        string? code = null;
        foreach (var spell in person.Spells)
        {
            if (spell.To >= scan.Date || spell.To < scan.Date.AddDays(-Reach)) continue;
            var c = scan.Dictionary.RoleFor(spell.Target, cues.Home).Code;
            if (c.Length != 6 || !cues.SuspectOfficeRoles.Contains(c[3..])) continue;
            if (last is null || spell.To > last.To) (last, code) = (spell, c);
        }
        return code;
    }
}
