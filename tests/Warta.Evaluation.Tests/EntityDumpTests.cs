using Warta.Evaluation.Actors;
using Xunit;

namespace Warta.Evaluation.Tests;

public sealed class EntityDumpTests
{
    // Expected splits from Python: zlib.crc32(b"hello") = 907060870 (% 5 = 0), zlib.crc32(b"abc") = 891568578 (% 5 = 3).
    [Theory]
    [InlineData("hello", true)]
    [InlineData("abc", false)]
    [InlineData("1490674536-mustahil-transportasi-tradisional-dan-online-bersa", false)]
    public void HeldOutFollowsPythonCrc32(string id, bool heldOut) => Assert.Equal(heldOut, EntityDump.IsHeldOut(id));

    [Fact]
    public void ExclusionFilesGiveTheFirstColumnAndSkipComments()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# header", "a1\t3\tfoo", "", "b2"]);
            Assert.Equal(["a1", "b2"], EntityDump.ReadIds([path]).Order(StringComparer.Ordinal));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void MissingExclusionFileIsNamed()
    {
        var e = Assert.Throws<FileNotFoundException>(() => EntityDump.ReadIds(["/nonexistent/ids.tsv"]));
        Assert.Contains("/nonexistent/ids.tsv", e.Message);
    }
}
