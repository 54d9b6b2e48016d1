namespace Warta.Events.Tests;

/// <summary>
/// Runs RealSpecs/*.spec (same format as Specs/) against the REAL dictionaries under data/: these cases pin
/// vocabulary (a verb with its synonyms, inflections and usual objects), so they are meant to fail when a
/// real dictionary line they rely on is removed or recoded. Engine behaviour stays in Specs/ (test dictionaries).
/// </summary>
public sealed class RealVocabularySpecTests
{
    private static readonly Lazy<EventStage> Stage = new(() => EventStage.Load(TestPaths.Real(), "id", "en"));

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "RealSpecs");

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(Folder, "*.spec").Order())
            for (int i = 0; i < SpecCase.ReadAll(file).Count; i++) data.Add(Path.GetFileName(file), i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, int index)
    {
        var spec = SpecCase.ReadAll(Path.Combine(Folder, file))[index];
        var doc = MarkedText.Build(spec.Sentences, spec.Language, spec.Published);
        Stage.Value.Process(doc);
        var actual = doc.Events.Select(SpecCase.Describe).Order().ToList();
        Assert.True(spec.Expected.Order().SequenceEqual(actual),
            $"{file} line {spec.Line}: {string.Join(" / ", spec.Sentences)}\n expected: {string.Join(" | ", spec.Expected.Order())}\n actual:   {string.Join(" | ", actual)}");
    }
}
