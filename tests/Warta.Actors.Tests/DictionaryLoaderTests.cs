using Warta.Core;

namespace Warta.Actors.Tests;

public class DictionaryLoaderTests
{
    private static string CopyTestDictionary()
    {
        var target = Path.Combine(Path.GetTempPath(), "warta-actors-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(TestData.Path("testdata", "actors"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(TestData.Path("testdata", "actors"), file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        return target;
    }

    [Theory]
    [InlineData("people.tsv", "Someone\t\tNOR\tNO.SUCH.ROLE@2020-01-01..", "is not defined in roles.tsv")]
    [InlineData("people.tsv", "Someone\t\tNOR\tIGOWSTNAT.SG@2020-13-01..", "is not a date")]
    [InlineData("people.tsv", "Someone\t\tNOR\tIGOWSTNAT.SG", "is not ROLE@FROM..TO")]
    [InlineData("organizations.tsv", "IGOXXX\tclub\tSome Club\t", "is not one of seat")]
    [InlineData("countries.tsv", "rus\tRusia", "expected at least 3")]
    [InlineData("countries.tsv", "ru\tRusia\tRussia", "is not an actor code")]
    [InlineData("places.tsv", "XYZ\tAtlantis", "is not in countries.tsv")]
    [InlineData("places.tsv", "IDN", "expected at least 2")]
    public void Malformed_line_is_reported_with_file_and_line(string file, string line, string reason)
    {
        var folder = CopyTestDictionary();
        try
        {
            File.AppendAllText(Path.Combine(folder, file), line + "\n");
            var lineNumber = File.ReadAllLines(Path.Combine(folder, file)).Length;
            var e = Assert.Throws<InvalidDataException>(() => ActorDictionaryLoader.Load(folder));
            Assert.Contains($"{file}:{lineNumber}", e.Message);
            Assert.Contains(reason, e.Message);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void Missing_folder_names_the_folder()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => ActorDictionaryLoader.Load("/no/such/actors"));
        Assert.Contains("/no/such/actors", e.Message);
    }

    [Fact]
    public void Latest_date_is_the_latest_role_start()
    {
        Assert.Equal(new DateOnly(2025, 1, 20), TestData.Dictionary.LatestDate);
    }

    [Fact]
    public void Actor_stage_before_entities_is_rejected_by_the_pipeline()
    {
        var e = Assert.Throws<PipelineOrderException>(() => new Pipeline([new ActorStage(TestData.Dictionary)], Layer.Text | Layer.Language));
        Assert.Contains("Entities", e.Message);
        Assert.Throws<PipelineOrderException>(() => new Pipeline([new CoreferenceStage(TestData.Dictionary)], Layer.Text | Layer.Entities));
    }
}
