using Warta.Events.Ontology;
using Warta.Events.Patterns;

namespace Warta.Events.Tests;

public sealed class PatternFileReaderTests
{
    private static readonly Lazy<CameoOntology> Ontology =
        new(() => CameoOntology.Load(TestPaths.Real("events", "cameo.tsv"), TestPaths.Real("events", "intent.tsv")));

    private static IReadOnlyList<EventPattern> ReadRows(params string[] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"warta-patterns-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, rows);
        try { return PatternFileReader.Read(path, Ontology.Value).ToList(); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Every_trigger_form_becomes_a_pattern()
    {
        var patterns = ReadRows("170\tverb\tcrack down|cracked down|suppress\t-\t-");
        Assert.Equal(["crack down", "cracked down", "suppress"], patterns.Select(p => string.Join(' ', p.Trigger)));
    }

    [Fact]
    public void A_word_group_stands_for_each_of_its_members_and_an_empty_member_leaves_the_word_out()
    {
        var patterns = ReadRows("011\tintr\t{tak,tidak} {,mau} berkomentar|enggan bicara\t{memberi,memberikan} komentar|!{a,b}\tnone");
        Assert.Equal(["tak berkomentar", "tak mau berkomentar", "tidak berkomentar", "tidak mau berkomentar", "enggan bicara"],
            patterns.Select(p => string.Join(' ', p.Trigger)));
        Assert.All(patterns, p => Assert.Equal(["memberi komentar", "memberikan komentar"], p.Objects.Select(o => string.Join(' ', o))));
        Assert.All(patterns, p => Assert.Equal(["a", "b"], p.ExcludedObjects.Select(o => string.Join(' ', o))));
    }

    [Fact]
    public void A_hyphenated_word_also_matches_as_news_text_spaces_it()
    {
        var patterns = ReadRows("020\tverb\tmewanti-wanti|meminta\t!kata-kata\t-");
        Assert.Equal(["mewanti-wanti", "mewanti - wanti", "meminta"], patterns.Select(p => string.Join(' ', p.Trigger)));
        Assert.Equal(["mewanti", "-", "wanti"], patterns[1].Trigger);
        Assert.All(patterns, p => Assert.Equal(["kata-kata", "kata - kata"], p.ExcludedObjects.Select(o => string.Join(' ', o))));
    }

    [Fact]
    public void Kind_verb_active_is_a_verb_kept_to_its_active_voice()
    {
        var patterns = ReadRows("051\tverb-active\tmengusung\t-\t-", "051\tverb\tmencalonkan\t-\t-");
        Assert.Equal([TriggerKind.Verb, TriggerKind.Verb], patterns.Select(p => p.Kind));
        Assert.Equal([true, false], patterns.Select(p => p.ActiveOnly));
    }

    [Fact]
    public void An_unclosed_word_group_is_refused_with_its_file_and_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReadRows("# h", "011\tintr\t{tak,tidak berkomentar\t-\tnone"));
        Assert.Contains(":2:", error.Message);
    }

    [Fact]
    public void A_trigger_of_punctuation_alone_is_refused_with_its_file_and_line()
    {
        // a converted list "{+CRACKED_DOWN , +CRACKS_DOWN}" once left a "," trigger that fired on every comma
        var error = Assert.Throws<InvalidDataException>(() => ReadRows("# header", "170\tverb\tcrack down|,|suppress\t-\t-"));
        Assert.Contains(":2:", error.Message);
        Assert.Contains("','", error.Message);
    }

    [Fact]
    public void An_exclusion_in_the_target_column_is_refused_with_its_file_and_line()
    {
        // "… ballistic missile<TAB>!at|!against<TAB>none" once read "!at" as a target preposition and dropped "none"
        var error = Assert.Throws<InvalidDataException>(() => ReadRows("150\tverb\tfire\tballistic missile\t!at|!against"));
        Assert.Contains(":1:", error.Message);
        Assert.Contains("object column", error.Message);
        var sixth = Assert.Throws<InvalidDataException>(() => ReadRows("# h", "150\tverb\tfire\tballistic missile\t!at\tnone"));
        Assert.Contains(":2:", sixth.Message);
    }

    [Fact]
    public void A_plus_before_the_target_column_requires_a_target_and_keeps_its_prepositions()
    {
        var p = Assert.Single(ReadRows("042\tintr\tbertolak\t-\t+ke|menuju"));
        Assert.True(p.RequiresTarget);
        Assert.Equal(["ke", "menuju"], p.TargetPrepositions);
        Assert.False(Assert.Single(ReadRows("042\tintr\tbertolak\t-\tke")).RequiresTarget);
    }

    [Fact]
    public void A_less_than_before_the_target_column_reverses_the_act_and_keeps_its_prepositions()
    {
        // PETRARCH's "[:054]" ("gained recognition from X": X recognises the subject)
        var p = Assert.Single(ReadRows("054	verb	gain	recognition	<from"));
        Assert.True(p.Reversed);
        Assert.Equal(["from"], p.TargetPrepositions);
        Assert.False(Assert.Single(ReadRows("054	verb	grant	recognition	-")).Reversed);
    }

    [Fact]
    public void A_reversed_target_without_prepositions_or_on_a_noun_is_refused_with_its_file_and_line()
    {
        var bare = Assert.Throws<InvalidDataException>(() => ReadRows("# header", "054	verb	gain	recognition	<"));
        Assert.Contains(":2:", bare.Message);
        var noun = Assert.Throws<InvalidDataException>(() => ReadRows("054	noun	recognition	-	<from"));
        Assert.Contains(":1:", noun.Message);
    }

    [Fact]
    public void A_required_and_forbidden_target_is_refused_with_its_file_and_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReadRows("# header", "042\tintr\tbertolak\t-\t+none"));
        Assert.Contains(":2:", error.Message);
        Assert.Contains("+none", error.Message);
    }
}
