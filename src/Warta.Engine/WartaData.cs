namespace Warta.Engine;

/// <summary>
/// Where Warta's dictionaries and models are: the <c>data</c> folder next to the program (copied there
/// by the build), or one named explicitly (tests, <c>WARTA_DATA</c>).
/// </summary>
public sealed class WartaData(string root)
{
    public string Root { get; } = root;

    public static WartaData Default()
    {
        var env = Environment.GetEnvironmentVariable("WARTA_DATA");
        if (!string.IsNullOrEmpty(env)) return new WartaData(env);
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(beside)) return new WartaData(beside);
        throw new DirectoryNotFoundException(
            $"Warta's data folder was not found at '{beside}'. Rebuild or republish Warta (the build copies data/ beside the program), or set WARTA_DATA to the repository's data folder.");
    }

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
