using Warta.Core;
using Warta.Readers.Html;

namespace Warta.Readers;

/// <summary>How inputs are read: the HTML furniture list and the size limit for one article.</summary>
public sealed record ReaderOptions(HtmlBoilerplate Boilerplate, long MaxArticleBytes = ReaderOptions.DefaultMaxArticleBytes)
{
    public const long DefaultMaxArticleBytes = 16L * 1024 * 1024;
}

/// <summary>
/// Turns command-line inputs (files, folders walked recursively in ordinal order, <c>-</c> for standard
/// input) into articles, lazily and in input order. Each input that cannot be read becomes an
/// <see cref="InputError"/> naming it and the reason, and reading goes on with the next.
/// </summary>
public sealed class InputReader(ReaderOptions options)
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", ".jsonl"];
    private const int SniffBytes = 8192;

    private readonly HtmlArticleReader _html = new(options.Boilerplate);

    /// <summary>A reader with the furniture list of a Warta data folder (<c>readers/html-boilerplate.tsv</c>).</summary>
    public static InputReader ForData(string dataRoot) =>
        new(new ReaderOptions(HtmlBoilerplate.Load(Path.Combine(dataRoot, "readers", "html-boilerplate.tsv"))));

    public IEnumerable<InputItem> Read(IEnumerable<string> paths, Stream? stdin)
    {
        foreach (var path in paths)
        {
            IEnumerable<InputItem> items;
            if (path == "-")
                items = stdin is null ? [new InputError("stdin", "standard input is not available")] : ReadStdin(stdin);
            else if (Directory.Exists(path)) items = ReadFolder(path, new HashSet<string>(StringComparer.Ordinal));
            else if (File.Exists(path)) items = ReadFile(path);
            else items = [new InputError(path, IsDanglingLink(path) ? "cannot read: a symbolic link to a missing file" : "no such file or folder")];
            foreach (var item in items) yield return item;
        }
    }

    /// <summary>Walks a folder; <paramref name="visited"/> holds the real paths already walked, so linked folders are followed once and a link loop ends.</summary>
    private IEnumerable<InputItem> ReadFolder(string folder, HashSet<string> visited)
    {
        if (!visited.Add(RealPath(folder))) yield break;
        string[] entries;
        string? error = null;
        try { entries = Directory.GetFileSystemEntries(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries = [];
            error = $"cannot list folder: {e.Message}";
        }
        if (error is not null) { yield return new InputError(folder, error); yield break; }
        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (Path.GetFileName(entry).StartsWith('.')) continue;
            if (Directory.Exists(entry))
            {
                foreach (var item in ReadFolder(entry, visited)) yield return item;
            }
            else if (ArticleExtensions.Contains(Path.GetExtension(entry).ToLowerInvariant()))
            {
                var items = File.Exists(entry) ? ReadFile(entry)
                    : [new InputError(entry, IsDanglingLink(entry) ? "cannot read: a symbolic link to a missing file" : "cannot read: not a regular file")];
                foreach (var item in items) yield return item;
            }
        }
    }

    private IEnumerable<InputItem> ReadFile(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".jsonl") return ReadJsonlFile(path);
        return [ReadWholeFile(path, extension)];
    }

    private InputItem ReadWholeFile(string path, string extension)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.CanSeek && stream.Length > options.MaxArticleBytes) return TooBig(path, stream.Length);
            bytes = ReadUpTo(stream, options.MaxArticleBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CannotRead(path, e);
        }
        if (bytes.Length > options.MaxArticleBytes) return TooBig(path, bytes.Length);
        var kind = extension switch { ".html" or ".htm" => InputKind.Html, ".txt" => InputKind.Text, _ => InputKind.Sniff };
        return Parse(bytes, path, kind);
    }

    private IEnumerable<InputItem> ReadJsonlFile(string path)
    {
        Stream stream;
        try { stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [CannotRead(path, e)];
        }
        return ReadJsonl(stream, path);
    }

    private IEnumerable<InputItem> ReadJsonl(Stream stream, string name)
    {
        using var replay = ReplayStream.Sniff(stream, SniffBytes, out var head);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            yield return new InputError(name, "JSONL must be UTF-8, this is UTF-16; re-save the file as UTF-8");
            yield break;
        }
        if (BinarySniffer.Describe(head) is { } binary)
        {
            yield return new InputError(name, binary);
            yield break;
        }
        bool any = false;
        foreach (var item in JsonlArticleReader.Read(replay, name, (int)Math.Min(options.MaxArticleBytes, int.MaxValue - 1)))
        {
            any = true;
            yield return item;
        }
        if (!any) yield return new InputError(name, "empty article (the JSONL input has no lines)");
    }

    /// <summary>Standard input, sniffed: JSON object lines are JSONL, <c>&lt;</c> starts HTML, anything else is text.</summary>
    private IEnumerable<InputItem> ReadStdin(Stream stdin)
    {
        var replay = ReplayStream.Sniff(stdin, SniffBytes, out var head, enough: h => FirstSignificantByte(h) != 0);
        if (FirstSignificantByte(head) == (byte)'{') return ReadJsonl(replay, "stdin");
        InputItem item;
        try
        {
            var bytes = ReadUpTo(replay, options.MaxArticleBytes + 1);
            item = bytes.Length > options.MaxArticleBytes ? TooBig("stdin", bytes.Length, atLeast: true) : Parse(bytes, "stdin:1", InputKind.Sniff);
        }
        catch (IOException e) { item = new InputError("stdin", $"cannot read: {e.Message}"); }
        return [item];
    }

    private enum InputKind { Text, Html, Sniff }

    private InputItem Parse(byte[] bytes, string source, InputKind kind)
    {
        var decoded = TextDecoding.Decode(bytes);
        if (decoded.Text is null) return new InputError(source, decoded.Error!);
        var text = decoded.Text;
        if (TxtArticleReader.IsBlank(text)) return new InputError(source, bytes.Length == 0 ? "empty article (the file is empty)" : "empty article (whitespace only)");
        if (kind == InputKind.Sniff) kind = text.AsSpan().TrimStart().StartsWith("<") ? InputKind.Html : InputKind.Text;
        return kind == InputKind.Html ? _html.Parse(text, source) : new ArticleInput(TxtArticleReader.Parse(text, source));
    }

    private InputError TooBig(string source, long size, bool atLeast = false) =>
        new(source, $"{(atLeast ? "over " : "")}{Megabytes(size)} is too large for one article (limit {Megabytes(options.MaxArticleBytes)}); split it, or pass many articles as JSONL, which is streamed");

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";

    private static byte[] ReadUpTo(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    private static byte FirstSignificantByte(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        foreach (byte b in head)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return b;
        return 0;
    }

    private static InputError CannotRead(string path, Exception e) => new(path, e switch
    {
        FileNotFoundException when IsDanglingLink(path) => "cannot read: a symbolic link to a missing file",
        FileNotFoundException => "cannot read: the file disappeared while reading",
        UnauthorizedAccessException => "cannot read: permission denied",
        _ => $"cannot read: {e.Message}",
    });

    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(folder);
        try { return (info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName.TrimEnd(Path.DirectorySeparatorChar); }
        catch (IOException) { return info.FullName; }
    }

    private static bool IsDanglingLink(string path)
    {
        try { return new FileInfo(path).LinkTarget is not null; }
        catch (IOException) { return false; }
    }
}
