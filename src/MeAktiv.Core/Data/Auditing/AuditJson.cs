using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MeAktiv.Core.Data.Auditing;

/// <summary>
/// The JSON object of an audit entry's values written straight with a <see cref="Utf8JsonWriter"/> into a buffer
/// reused per thread, without a dictionary per entry (the bulk insert of an import writes 100.000 of them). The output
/// is the one <see cref="JsonSerializer"/> gives the dictionary with the same options: the common value types are
/// written by the writer methods the serializer's own converters call, every other type by the serializer itself.
/// </summary>
internal static class AuditJson
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static (Utf8JsonWriter Writer, JsonSerializerOptions Options)? _writer;

    /// <summary>The property names as the writer writes them with the options' encoder (encoded once, not per row).</summary>
    public static List<(JsonEncodedText Name, IClrPropertyGetter Getter)> Names(IEnumerable<(string Name, IClrPropertyGetter Getter)> properties,
        JsonSerializerOptions options) =>
        [.. properties.Select(p => (JsonEncodedText.Encode(p.Name, options.Encoder), p.Getter))];

    /// <summary>The object of the given properties of <paramref name="row"/>, in the given order.</summary>
    public static string Object(IReadOnlyList<(JsonEncodedText Name, IClrPropertyGetter Getter)> properties, object row, JsonSerializerOptions options)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        // One writer per thread and options, reset per object (a writer is not made per row).
        if (_writer is not { } cached || !ReferenceEquals(cached.Options, options))
        {
            _writer = cached = (new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder }), options);
        }

        var writer = cached.Writer;
        writer.Reset(buffer);
        writer.WriteStartObject();
        foreach (var (name, getter) in properties)
        {
            writer.WritePropertyName(name);
            Write(writer, getter.GetClrValue(row), options);
        }

        writer.WriteEndObject();
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case decimal d:
                writer.WriteNumberValue(d);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case Guid g:
                writer.WriteStringValue(g);
                break;
            case DateTime t:
                writer.WriteStringValue(t);
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
                break;
        }
    }
}
