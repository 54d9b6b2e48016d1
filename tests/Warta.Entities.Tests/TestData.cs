namespace Warta.Entities.Tests;

internal static class TestData
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "data");
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static int[] Tags(params string[] names) => names.Select(NerTags.Parse).ToArray();
}
