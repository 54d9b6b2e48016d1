using System.Text.Json;

namespace Warta.Cli.Tests;

/// <summary>
/// Checks one line of <c>warta analyze</c> output against ../shared/docs/output-contract.md (v1):
/// every field there, with its type, every span inside the text with end &gt; start, and every
/// <c>text</c> field equal to the span it claims. Returns the problems found (empty when it conforms).
/// </summary>
public static class ContractValidator
{
    private static readonly string[] TimeTypes = ["DATE", "TIME", "DURATION", "SET"];

    public static List<string> Check(string line)
    {
        var problems = new List<string>();
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException e) { return [$"not JSON: {e.Message}"]; }
        using var owned = json;
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object) return ["not an object"];

        string? Str(JsonElement o, string name, bool nullable = false)
        {
            if (!o.TryGetProperty(name, out var v)) { problems.Add($"missing '{name}'"); return null; }
            if (v.ValueKind == JsonValueKind.Null && nullable) return null;
            if (v.ValueKind != JsonValueKind.String) { problems.Add($"'{name}' is {v.ValueKind}, not a string"); return null; }
            return v.GetString();
        }
        JsonElement Arr(string name)
        {
            if (!root.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) { problems.Add($"missing array '{name}'"); return default; }
            return v;
        }
        var text = Str(root, "text") ?? "";
        Str(root, "id"); Str(root, "source"); Str(root, "title");
        var lang = Str(root, "language");
        if (lang is not null && lang is not ("id" or "en" or "other")) problems.Add($"language '{lang}' is not id, en or other");
        var published = Str(root, "published", nullable: true);
        if (published is not null && !DateOnly.TryParseExact(published, "yyyy-MM-dd", out _)) problems.Add($"published '{published}' is not YYYY-MM-DD");

        void Span(JsonElement o, string what, string startName = "start", string endName = "end", bool nullable = false)
        {
            if (!o.TryGetProperty(startName, out var s) || !o.TryGetProperty(endName, out var e)) { problems.Add($"{what}: missing {startName}/{endName}"); return; }
            if (nullable && s.ValueKind == JsonValueKind.Null && e.ValueKind == JsonValueKind.Null) return;
            if (s.ValueKind != JsonValueKind.Number || e.ValueKind != JsonValueKind.Number) { problems.Add($"{what}: {startName}/{endName} not numbers"); return; }
            int a = s.GetInt32(), b = e.GetInt32();
            if (a < 0 || b > text.Length || b <= a) problems.Add($"{what}: bad span [{a},{b}) for text of length {text.Length}");
        }
        void SpanText(JsonElement o, string what)
        {
            var t = Str(o, "text");
            if (t is null || !o.TryGetProperty("start", out var s) || !o.TryGetProperty("end", out var e)) return;
            int a = s.GetInt32(), b = e.GetInt32();
            if (a >= 0 && b <= text.Length && b > a && text[a..b] != t) problems.Add($"{what}: text '{t}' is not the span's text '{text[a..b]}'");
        }

        var sentences = Arr("sentences");
        int sentenceCount = sentences.ValueKind == JsonValueKind.Array ? sentences.GetArrayLength() : 0;
        int i = 0;
        if (sentences.ValueKind == JsonValueKind.Array)
            foreach (var s in sentences.EnumerateArray()) Span(s, $"sentences[{i++}]");

        i = 0;
        var entities = Arr("entities");
        if (entities.ValueKind == JsonValueKind.Array)
            foreach (var e in entities.EnumerateArray())
            {
                var w = $"entities[{i++}]";
                Span(e, w); SpanText(e, w);
                var type = Str(e, "type");
                if (type is not null && type.Length == 0) problems.Add($"{w}: empty type");
                Str(e, "actor", nullable: true);
            }

        i = 0;
        var times = Arr("times");
        if (times.ValueKind == JsonValueKind.Array)
            foreach (var t in times.EnumerateArray())
            {
                var w = $"times[{i++}]";
                Span(t, w); SpanText(t, w);
                var type = Str(t, "type");
                if (type is not null && !TimeTypes.Contains(type)) problems.Add($"{w}: type '{type}'");
                if (string.IsNullOrEmpty(Str(t, "value"))) problems.Add($"{w}: empty value");
            }

        i = 0;
        var quotes = Arr("quotes");
        if (quotes.ValueKind == JsonValueKind.Array)
            foreach (var q in quotes.EnumerateArray())
            {
                var w = $"quotes[{i++}]";
                Span(q, w); SpanText(q, w);
                Str(q, "speaker", nullable: true);
                Span(q, w + " speaker", "speakerStart", "speakerEnd", nullable: true);
                Str(q, "cue");
                if (!q.TryGetProperty("direct", out var d) || d.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) problems.Add($"{w}: 'direct' is not a boolean");
            }

        i = 0;
        var events = Arr("events");
        if (events.ValueKind == JsonValueKind.Array)
            foreach (var ev in events.EnumerateArray())
            {
                var w = $"events[{i++}]";
                Span(ev, w);
                Str(ev, "source"); Str(ev, "target", nullable: true);
                var code = Str(ev, "code"); var rootCode = Str(ev, "root");
                if (code is not null && rootCode is not null && !code.StartsWith(rootCode, StringComparison.Ordinal)) problems.Add($"{w}: root {rootCode} is not the start of {code}");
                if (!ev.TryGetProperty("quadClass", out var qc) || qc.ValueKind != JsonValueKind.Number || qc.GetInt32() is < 1 or > 4) problems.Add($"{w}: quadClass not 1-4");
                if (!ev.TryGetProperty("goldstein", out var g) || g.ValueKind != JsonValueKind.Number || g.GetDouble() is < -10 or > 10) problems.Add($"{w}: goldstein not in [-10,10]");
                Str(ev, "plover"); Str(ev, "trigger");
                var date = Str(ev, "date", nullable: true);
                if (date is not null && !System.Text.RegularExpressions.Regex.IsMatch(date, @"^\d{4}(-\d{2}(-\d{2})?)?$")) problems.Add($"{w}: date '{date}'");
                if (!ev.TryGetProperty("sentence", out var sn) || sn.ValueKind != JsonValueKind.Number || sn.GetInt32() < 0 || sn.GetInt32() >= sentenceCount) problems.Add($"{w}: sentence index out of range");
                if (!ev.TryGetProperty("negated", out var n) || n.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) problems.Add($"{w}: 'negated' is not a boolean");
            }
        return problems;
    }
}
