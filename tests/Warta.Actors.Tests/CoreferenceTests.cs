using Warta.Core;

namespace Warta.Actors.Tests;

public class CoreferenceTests
{
    /// <summary>A document with hand-built sentences (split after ". ") and NER entities at the given names.</summary>
    private static Document Build(string text, DateOnly? published, params (string Name, EntityType Type)[] ner)
    {
        var doc = new Document(text, "test") { Published = published, Language = "id" };
        int start = 0;
        for (int i = text.IndexOf(". ", StringComparison.Ordinal); ; i = text.IndexOf(". ", start, StringComparison.Ordinal))
        {
            int end = i < 0 ? text.Length : i + 1;
            doc.Sentences.Add(new Sentence(start, end, 0, 0));
            if (i < 0) break;
            start = i + 2;
        }
        var taken = new List<TextSpan>();
        foreach (var (name, type) in ner)
            for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(i, i + name.Length);
                if (taken.Any(t => t.Overlaps(span))) continue;
                taken.Add(span);
                doc.Entities.Add(new Entity(span.Start, span.End, type));
            }
        doc.Entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        doc.MarkAdded(Layer.Language | Layer.Sentences | Layer.Entities);
        new Pipeline([new ActorStage(TestData.Dictionary), new CoreferenceStage(TestData.Dictionary)], doc.Layers).Run(doc);
        return doc;
    }

    private static Entity At(Document doc, string surface, int nth = 1) =>
        doc.Entities.Where(e => doc[e.Span] == surface).ElementAt(nth - 1);

    [Fact]
    public void Unknown_person_and_their_surname_share_a_chain_and_the_full_name()
    {
        var doc = Build("Budi Santoso mengatakan hal itu. Santoso menambahkan bahwa Ahmad Yani tidak hadir.", null,
            ("Budi Santoso", EntityType.PER), ("Santoso", EntityType.PER), ("Ahmad Yani", EntityType.PER));
        var full = At(doc, "Budi Santoso");
        var surname = At(doc, "Santoso");
        Assert.Equal(full.Chain, surname.Chain);
        Assert.Equal("Budi Santoso", surname.CanonicalName);
        Assert.NotEqual(full.Chain, At(doc, "Ahmad Yani").Chain);
    }

    [Fact]
    public void Name_surname_and_title_with_demonstrative_form_one_chain()
    {
        var doc = Build("Jens Stoltenberg tiba di Brussels. Stoltenberg bertemu Joe Biden. Sekjen NATO itu lalu pulang.",
            new DateOnly(2021, 10, 21), ("Jens Stoltenberg", EntityType.PER), ("Stoltenberg", EntityType.PER), ("Joe Biden", EntityType.PER));
        var chain = At(doc, "Jens Stoltenberg").Chain;
        Assert.True(chain >= 0);
        Assert.Equal(chain, At(doc, "Stoltenberg").Chain);
        var title = At(doc, "Sekjen NATO itu");
        Assert.True(title.IsNominal);
        Assert.Equal(chain, title.Chain);
        Assert.NotEqual(chain, At(doc, "Joe Biden").Chain);
        Assert.Equal(["IGOWSTNAT"], Coreference.Mentions(doc, chain).Select(e => e.Actor).Distinct());
    }

    [Fact]
    public void Metonym_keeps_its_code_per_mention_within_one_chain()
    {
        var doc = Build("Moskow membantah tuduhan itu. Kantor NATO di Moskow ditutup.", null);
        var agent = At(doc, "Moskow", 1);
        var place = At(doc, "Moskow", 2);
        Assert.Equal(agent.Chain, place.Chain);
        Assert.Equal(("RUSGOV", "RUS"), (agent.Actor, place.Actor));
    }

    [Fact]
    public void Nominal_without_a_fitting_antecedent_is_not_added()
    {
        var doc = Build("Rusia mengusir diplomat. Aliansi itu belum menanggapi.", null);
        Assert.DoesNotContain(doc.Entities, e => doc[e.Span] == "Aliansi itu");
    }

    [Fact]
    public void A_country_nominal_as_the_first_words_of_a_document_is_read_without_looking_before_it()
    {
        // the check for a place word before "negara itu" looked at the word before the first one and threw
        var doc = Build("Negara itu menolak. Rusia mengusir diplomat. Negara itu belum menanggapi.", null);
        Assert.DoesNotContain(doc.Entities, e => e.Start == 0);
        Assert.Contains(doc.Entities, e => doc[e.Span] == "Negara itu" && e.Start > 0 && e.Actor == "RUS");
    }

    [Fact]
    public void Most_recent_person_prefers_the_subject_of_the_same_then_the_previous_sentence()
    {
        var doc = Build("Joe Biden bertemu Donald Trump di Brussels. Ia mengatakan pertemuan itu baik. Trump mengatakan ia setuju.",
            new DateOnly(2022, 3, 24), ("Joe Biden", EntityType.PER), ("Donald Trump", EntityType.PER), ("Trump", EntityType.PER));
        var ia1 = doc.Text.IndexOf("Ia mengatakan", StringComparison.Ordinal);
        Assert.Equal("Joe Biden", Coreference.MostRecentPerson(doc, ia1)?.CanonicalName);
        var ia2 = doc.Text.IndexOf("ia setuju", StringComparison.Ordinal);
        Assert.Equal("Donald Trump", Coreference.MostRecentPerson(doc, ia2)?.CanonicalName);
        Assert.Null(Coreference.MostRecentPerson(doc, 0));
    }

    [Fact]
    public void Most_recent_person_without_sentences_is_the_last_person_before()
    {
        var doc = new Document("Joe Biden bertemu Donald Trump. Ia senang.", "test") { Language = "id" };
        doc.Entities.Add(new Entity(0, 9, EntityType.PER) { CanonicalName = "Joe Biden" });
        doc.Entities.Add(new Entity(18, 30, EntityType.PER) { CanonicalName = "Donald Trump" });
        Assert.Equal("Donald Trump", Coreference.MostRecentPerson(doc, 32)?.CanonicalName);
    }

    [Fact]
    public void Unknown_person_takes_the_institution_written_right_before_the_name_and_passes_it_on()
    {
        var doc = Build("Kabid Humas Polri Kombes Argo Yuwono mengatakan hal itu. Argo menambahkan bahwa polisi berjaga.", null,
            ("Polri", EntityType.ORG), ("Argo Yuwono", EntityType.PER), ("Argo", EntityType.PER));
        Assert.Equal("IDNCOP", At(doc, "Argo Yuwono").Actor);
        Assert.Equal("IDNCOP", At(doc, "Argo").Actor);
    }

    [Fact]
    public void A_comma_or_a_lower_case_word_between_institution_and_name_passes_nothing()
    {
        var doc = Build("Pengkritik PBB, Amos Yee, ditahan. Laporan PBB menurut Budi Santoso keliru.", null,
            ("PBB", EntityType.ORG), ("Amos Yee", EntityType.PER), ("Budi Santoso", EntityType.PER));
        Assert.Null(At(doc, "Amos Yee").Actor);
        Assert.Null(At(doc, "Budi Santoso").Actor);
    }

    [Fact]
    public void A_shortened_organisation_name_takes_the_full_names_actor()
    {
        var doc = Build("Anggota Kepolisian Negara Republik Indonesia berjaga. Kepolisian Negara menambahkan bahwa semua aman.", null,
            ("Kepolisian Negara Republik Indonesia", EntityType.ORG), ("Kepolisian Negara", EntityType.PER));
        Assert.Equal("IDNCOP", At(doc, "Kepolisian Negara").Actor);
    }

    [Fact]
    public void A_capitalised_head_word_inside_a_sentence_is_the_organisation_it_opened_earlier()
    {
        var doc = Build("Majelis Ulama Indonesia menolak rencana itu. Menurut dia, Majelis juga meminta pemerintah menunda. Majelis tidak dikenal.", null,
            ("Majelis Ulama Indonesia", EntityType.ORG));
        var head = Assert.Single(doc.Entities, e => doc[e.Span] == "Majelis");
        Assert.Equal("IDNREL", head.Actor);
        Assert.Equal(EntityType.ORG, head.Type);
        // the one inside the second sentence, not the third sentence's first word (capitalised anyway)
        Assert.Equal(doc.Text.IndexOf("Majelis juga", StringComparison.Ordinal), head.Start);
    }
}
