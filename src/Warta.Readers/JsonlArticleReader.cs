using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Warta.Core;

namespace Warta.Readers;

/// <summary>
/// JSON Lines, one article a line: <c>{"id"?, "title"?, "text", "published"?, "url"?, "lang"?}</c>.
/// Streamed line by line in constant memory; a bad line is reported with its number and the others are
/// still read. The text is split into paragraphs on blank lines; the title stays separate.
/// </summary>
public static class JsonlArticleReader
{
    /// <summary>Articles of <paramref name="stream"/>; sources are <c>{name}:{line}</c>.</summary>
    public static IEnumerable<InputItem> Read(Stream stream, string name, int maxLineBytes)
    {
        var lines = new ByteLineReader(stream, maxLineBytes);
        while (lines.TryReadLine(out var bytes, out bool tooLong))
        {
            int number = lines.LineNumber;
            if (tooLong)
            {
                yield return new InputError(name, $"line longer than the {maxLineBytes / (1024 * 1024)} MB limit for one article", number);
                continue;
            }
            var span = bytes.Span;
            if (number == 1 && span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
            if (span.Trim(" \t\r"u8).IsEmpty) continue;
            yield return ParseLine(span, name, number);
        }
    }

    public static InputItem ParseLine(ReadOnlySpan<byte> bytes, string name, int number)
    {
        string json;
        if (Utf8.IsValid(bytes)) json = Encoding.UTF8.GetString(bytes);
        else
        {
            var decoded = TextDecoding.Decode(bytes);
            if (decoded.Text is null) return new InputError(name, decoded.Error!, number);
            json = decoded.Text;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            return FromJson(document.RootElement, name, number);
        }
        catch (JsonException e)
        {
            return new InputError(name, $"malformed JSON ({FirstSentence(e.Message)})", number);
        }
    }

    private static InputItem FromJson(JsonElement root, string name, int number)
    {
        InputError Fail(string reason) => new(name, reason, number);
        if (root.ValueKind != JsonValueKind.Object) return Fail($"expected a JSON object, found {root.ValueKind}");
        if (!root.TryGetProperty("text", out var textElement)) return Fail("missing required field \"text\"");
        if (textElement.ValueKind != JsonValueKind.String) return Fail($"\"text\" must be a string, found {textElement.ValueKind}");
        var text = textElement.GetString()!;

        string? title = null, url = null, id = null, lang = null;
        if (!OptionalString(root, "title", ref title, out var error) || !OptionalString(root, "url", ref url, out error)
            || !OptionalString(root, "lang", ref lang, out error)) return Fail(error!);
        if (root.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                JsonValueKind.Null => null,
                _ => "\u0000",
            };
            if (id == "\u0000") return Fail($"\"id\" must be a string or number, found {idElement.ValueKind}");
            if (id is { Length: 0 }) id = null;
        }
        DateOnly? published = null;
        string? publishedText = null;
        if (!OptionalString(root, "published", ref publishedText, out error)) return Fail(error!);
        if (!string.IsNullOrWhiteSpace(publishedText))
        {
            if (!IsoDate.TryParse(publishedText, out var date))
                return Fail($"\"published\" '{publishedText}' is not an ISO date (YYYY-MM-DD) or date-time");
            published = date;
        }

        var paragraphs = TxtArticleReader.SplitParagraphs(text);
        if (paragraphs.Count == 0) return Fail("empty article (\"text\" is empty or whitespace only)");
        return new ArticleInput(new Article($"{name}:{number}")
        {
            Id = id,
            Title = title,
            Paragraphs = paragraphs,
            Published = published,
            Url = url,
            Language = DeclaredLanguage.Normalize(lang),
        });
    }

    private static bool OptionalString(JsonElement root, string field, ref string? value, out string? error)
    {
        error = null;
        if (!root.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.String) { error = $"\"{field}\" must be a string, found {element.ValueKind}"; return false; }
        value = element.GetString();
        return true;
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }
}

/// <summary>A declared language (JSONL <c>lang</c>) mapped onto the contract's <c>id</c>, <c>en</c>, <c>other</c>.</summary>
public static class DeclaredLanguage
{
    public static string? Normalize(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var code = lang.Trim().ToLowerInvariant();
        int dash = code.IndexOfAny(['-', '_']);
        if (dash > 0) code = code[..dash];
        return code switch
        {
            "auto" => null,
            "id" or "in" or "ind" => "id",
            "en" or "eng" => "en",
            _ => "other",
        };
    }
}
