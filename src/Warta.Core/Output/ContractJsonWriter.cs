using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Warta.Core.Output;

/// <summary>
/// Writes a document as one line of JSON in the shape of the output contract
/// (../shared/docs/output-contract.md, v1). Field names and order are the contract's; fields added
/// beyond it (publishedInferred, mentions, trigger offsets) are additive.
/// </summary>
public static class ContractJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void WriteLine(Document doc, Stream output)
    {
        using (var w = new Utf8JsonWriter(output, Options)) Write(doc, w);
        output.WriteByte((byte)'\n');
    }

    public static string ToJson(Document doc)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options)) Write(doc, w);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    public static void Write(Document doc, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", doc.Id);
        w.WriteString("source", doc.Source);
        w.WriteString("language", doc.Language);
        if (doc.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull("published");
        if (doc.PublishedInferred) w.WriteBoolean("publishedInferred", true);
        w.WriteString("title", doc.TitleText);
        if (doc.Url is not null) w.WriteString("url", doc.Url);
        w.WriteString("text", doc.Text);

        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("text", doc.Text.AsSpan(e.Start, e.End - e.Start));
            w.WriteString("type", e.Type.ToString());
            if (e.Actor is null) w.WriteNull("actor"); else w.WriteString("actor", e.Actor);
            if (e.CanonicalName is not null) w.WriteString("canonical", e.CanonicalName);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("times");
        foreach (var t in doc.Times)
        {
            w.WriteStartObject();
            w.WriteNumber("start", t.Start);
            w.WriteNumber("end", t.End);
            w.WriteString("text", doc.Text.AsSpan(t.Start, t.End - t.Start));
            w.WriteString("type", t.Type.ToString());
            w.WriteString("value", t.Value);
            if (t.Zone is not null) w.WriteString("zone", t.Zone);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            w.WriteNumber("start", q.Start);
            w.WriteNumber("end", q.End);
            w.WriteString("text", doc.Text.AsSpan(q.Start, q.End - q.Start));
            if (q.Speaker is null) w.WriteNull("speaker"); else w.WriteString("speaker", q.Speaker);
            if (q.SpeakerStart is { } ss && q.SpeakerEnd is { } se)
            {
                w.WriteNumber("speakerStart", ss);
                w.WriteNumber("speakerEnd", se);
            }
            else
            {
                w.WriteNull("speakerStart");
                w.WriteNull("speakerEnd");
            }
            w.WriteString("cue", q.Cue);
            w.WriteBoolean("direct", q.Direct);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var ev in doc.Events)
        {
            w.WriteStartObject();
            w.WriteString("source", ev.Source);
            if (ev.Target is null) w.WriteNull("target"); else w.WriteString("target", ev.Target);
            w.WriteString("code", ev.Code);
            w.WriteString("root", ev.Root);
            w.WriteNumber("quadClass", ev.QuadClass);
            w.WriteNumber("goldstein", ev.Goldstein);
            w.WriteString("plover", ev.Plover);
            if (ev.Date is null) w.WriteNull("date"); else w.WriteString("date", ev.Date);
            w.WriteNumber("sentence", ev.Sentence);
            w.WriteNumber("start", ev.Start);
            w.WriteNumber("end", ev.End);
            w.WriteString("trigger", ev.Trigger);
            w.WriteBoolean("negated", ev.Negated);
            w.WriteNumber("mentions", ev.Mentions);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
