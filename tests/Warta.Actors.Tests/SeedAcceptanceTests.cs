using Warta.Core;
using Warta.Segmentation;

namespace Warta.Actors.Tests;

/// <summary>
/// The seed article with the real dictionaries (data/actors). Until the NER stage lands, its entities are
/// built by hand: every whole-word occurrence of the names a news NER tags (as PER/ORG/LOC); titles,
/// "pihak Kremlin", "warga Rusia" and nominal mentions are left to the actor and coreference stages.
/// </summary>
public class SeedAcceptanceTests
{
    private static readonly (string Name, EntityType Type)[] NerNames =
    [
        ("Jens Stoltenberg", EntityType.PER), ("Stoltenberg", EntityType.PER), ("NATO", EntityType.ORG),
        ("Pakta Pertahanan Atlantik Utara", EntityType.ORG), ("Rusia", EntityType.LOC), ("Brussels", EntityType.LOC),
        ("Belgia", EntityType.LOC), ("Moskow", EntityType.LOC), ("Afghanistan", EntityType.LOC), ("Taliban", EntityType.ORG),
    ];

    private static Lazy<ActorDictionary> RealDictionary => TestData.RealDictionary;

    private static Document Seed(bool withNer)
    {
        var seed = Path.Combine(TestData.RepoRoot, "..", "shared", "data", "seed", "000_95742cb04e9718dd.txt");
        var doc = ReadPlainArticle(seed).ToDocument();
        doc.Published ??= new DateOnly(2021, 10, 21); // the seed's date (Kamis 21/10, 2021), as --published gives it
        doc.Language = "id";
        SegmentationStage.Load(Path.Combine(TestData.RepoRoot, "data")).Process(doc);
        doc.MarkAdded(Layer.Language | Layer.Tokens | Layer.Sentences);
        if (withNer)
        {
            var taken = new List<TextSpan>();
            foreach (var (name, type) in NerNames)
                for (int i = doc.Text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = doc.Text.IndexOf(name, i + 1, StringComparison.Ordinal))
                {
                    var span = new TextSpan(i, i + name.Length);
                    bool whole = (i == 0 || !char.IsLetterOrDigit(doc.Text[i - 1])) && (span.End == doc.Text.Length || !char.IsLetterOrDigit(doc.Text[span.End]));
                    if (whole && !taken.Any(t => t.Overlaps(span))) { taken.Add(span); doc.Entities.Add(new Entity(span.Start, span.End, type)); }
                }
            doc.Entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        doc.MarkAdded(Layer.Entities);
        new Pipeline([new ActorStage(RealDictionary.Value), new CoreferenceStage(RealDictionary.Value)], doc.Layers).Run(doc);
        return doc;
    }

    /// <summary>The .txt layout of the output contract: first line the title, number-only lines after it are
    /// metadata, blank lines separate paragraphs. (Kept here so these tests do not depend on the readers.)</summary>
    private static Article ReadPlainArticle(string path)
    {
        var lines = File.ReadAllLines(path);
        int i = 0;
        while (i < lines.Length && lines[i].Trim().Length == 0) i++;
        var title = lines[i++].Trim();
        while (i < lines.Length && (lines[i].Trim().Length == 0 || lines[i].Trim().All(char.IsDigit))) i++;
        var paragraphs = new List<string>();
        var current = new List<string>();
        for (; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i].Trim().Length == 0)
            {
                if (current.Count > 0) paragraphs.Add(string.Join("\n", current));
                current.Clear();
            }
            else current.Add(lines[i].Trim());
        }
        return new Article(path) { Title = title, Paragraphs = paragraphs };
    }

    private static List<Entity> Mentions(Document doc, string surface) =>
        doc.Entities.Where(e => doc[e.Span] == surface).ToList();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Seed_actors_match_the_acceptance_list(bool withNer)
    {
        var doc = Seed(withNer);
        var stoltenberg = doc.Entities.Where(e => doc[e.Span] is "Jens Stoltenberg" or "Stoltenberg").ToList();
        if (withNer)
        {
            Assert.Equal(5, stoltenberg.Count);
            Assert.All(stoltenberg, e => Assert.Equal(EntityType.PER, e.Type));
        }
        else Assert.True(stoltenberg.Count == 5, $"the mention finder found {stoltenberg.Count} of 5 Stoltenberg mentions");
        Assert.All(stoltenberg, e => Assert.Equal(("IGOWSTNAT", "Jens Stoltenberg"), (e.Actor, e.CanonicalName)));
        Assert.Single(stoltenberg.Select(e => e.Chain).Distinct());

        foreach (var (surface, code) in new[] { ("Rusia", "RUS"), ("Kremlin", "RUSGOV"), ("Moskow", "RUS"), ("Brussels", "BEL"), ("Belgia", "BEL"), ("Afghanistan", "AFG"), ("NATO", "IGOWSTNAT") })
        {
            var mentions = Mentions(doc, surface);
            Assert.True(mentions.Count > 0, $"no mention of {surface}");
            Assert.All(mentions, e => Assert.True(e.Actor == code, $"{surface} at {e.Start}: expected {code}, got {e.Actor}"));
        }
        var taliban = Assert.Single(Mentions(doc, "Taliban"));
        Assert.StartsWith("AFG", taliban.Actor);
        ActorSpecTests.AssertSortedWithoutDuplicates(doc);
    }

    [Fact]
    public void Seed_titles_and_nominals_join_their_chains()
    {
        var doc = Seed(withNer: true);
        var person = Mentions(doc, "Jens Stoltenberg")[0].Chain;
        var sekjen = Mentions(doc, "Sekjen NATO itu");
        Assert.Equal(2, sekjen.Count);
        Assert.All(sekjen, e => Assert.True(e.IsNominal && e.Chain == person && e.CanonicalName == "Jens Stoltenberg"));

        var nato = Mentions(doc, "NATO").Select(e => e.Chain).Distinct().Single();
        var alliance = doc.Entities.Where(e => doc[e.Span] is "aliansi tersebut" or "aliansi itu").ToList();
        Assert.True(alliance.Count >= 4, $"found {alliance.Count} 'aliansi itu/tersebut' mentions");
        Assert.All(alliance, e => Assert.True(e.IsNominal && e.Chain == nato && e.Actor == "IGOWSTNAT",
            $"'{doc[e.Span]}' at {e.Start}: nominal {e.IsNominal}, chain {e.Chain} (NATO's: {nato}), actor {e.Actor}"));
        Assert.Contains(doc.Entities, e => doc[e.Span] == "kedua pihak" && e.IsNominal && e.Actor is null);
    }

    [Fact]
    public void Pronoun_ia_after_Stoltenberg_resolves_to_him()
    {
        var doc = Seed(withNer: true);
        int ia = doc.Text.IndexOf("Ia menambahkan", StringComparison.Ordinal);
        var person = Coreference.MostRecentPerson(doc, ia);
        Assert.NotNull(person);
        Assert.Equal("Jens Stoltenberg", person.CanonicalName);
    }
}
