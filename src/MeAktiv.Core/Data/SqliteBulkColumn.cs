using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace MeAktiv.Core.Data;

/// <summary>
/// One column of <see cref="SqliteBulkInsert{T}"/>: per row the value EF would give it (through the property's value
/// converter), bound by position as Microsoft.Data.Sqlite binds a parameter that EF's type mapping made for it
/// (<see cref="RelationalTypeMapping.CreateParameter"/> sets the <see cref="SqliteType"/>, which decides the storage
/// of GUIDs, dates and blobs): integers and booleans as INTEGER, decimals, GUIDs and dates as the same text, without
/// a string or parameter object per value (the texts are formatted on the stack). Texts are bound as UTF-8, encoded by
/// .NET as Microsoft.Data.Sqlite encodes them (a string into a buffer reused per thread): bound as UTF-16, SQLite's own
/// conversion stored a lone surrogate differently and lost the character after it (no speed difference was measured,
/// docs/performance.md). <c>BulkColumnBindTests</c> compares each kind of value with what Microsoft.Data.Sqlite binds.
/// </summary>
internal sealed class BulkColumn
{
    /// <summary>Microsoft.Data.Sqlite's text of a <see cref="DateTime"/>.</summary>
    private const string TimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    private readonly IClrPropertyGetter _getter;
    private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? _converter;
    private readonly SqliteType _type;

    public BulkColumn(DbCommand command, IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        (_getter, _converter) = (property.GetGetter(), mapping.Converter);
        _type = mapping.CreateParameter(command, "@p", null, property.IsNullable) is SqliteParameter p ? p.SqliteType : SqliteType.Text;
    }

    [ThreadStatic]
    private static byte[]? _utf8;

    private readonly byte[] _time = new byte[64];
    private DateTime? _lastTime;
    private int _timeLength;

    /// <returns>SQLite's result code of the bind.</returns>
    public int Bind(sqlite3_stmt statement, int index, object row)
    {
        var value = _getter.GetClrValue(row);
        value = _converter is null ? value : _converter.ConvertToProvider(value);
        if (value is DateTime time && _type != SqliteType.Real)
        {
            // The rows of a bulk write share their time: formatted once.
            if (_lastTime != time)
            {
                _lastTime = time.TryFormat(_time, out _timeLength, TimeFormat, CultureInfo.InvariantCulture) ? time : throw new FormatException();
            }

            return raw.sqlite3_bind_text(statement, index, _time.AsSpan(0, _timeLength));
        }

        return Bind(statement, index, value, _type);
    }

    /// <summary>Binds a provider value as Microsoft.Data.Sqlite's value binder does for a parameter of <paramref name="type"/>.</summary>
    /// <exception cref="NotSupportedException">A type the bulk path does not bind (none of the bulk-written entities has one).</exception>
    internal static int Bind(sqlite3_stmt statement, int index, object? value, SqliteType type)
    {
        Span<byte> text = stackalloc byte[64];
        switch (value)
        {
            case null or DBNull:
                return raw.sqlite3_bind_null(statement, index);
            case string s:
                // An empty span has no address, which SQLite would store as NULL.
                return s.Length == 0 ? raw.sqlite3_bind_text(statement, index, "") : BindText(statement, index, s);
            case bool b:
                return raw.sqlite3_bind_int64(statement, index, b ? 1 : 0);
            case int or long or short or byte or sbyte or ushort or uint:
                return raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture));
            case ulong u:
                return raw.sqlite3_bind_int64(statement, index, unchecked((long)u));
            case Enum e:
                return raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(e, CultureInfo.InvariantCulture));
            case double d when !double.IsNaN(d):
                return raw.sqlite3_bind_double(statement, index, d);
            case float f when !float.IsNaN(f):
                return raw.sqlite3_bind_double(statement, index, f);
            case decimal m when m.TryFormat(text, out var n, "0.0###########################", CultureInfo.InvariantCulture):
                return raw.sqlite3_bind_text(statement, index, text[..n]);
            case Guid g when type == SqliteType.Blob:
                return raw.sqlite3_bind_blob(statement, index, g.ToByteArray());
            case Guid g when g.TryFormat(text, out var n):
                return raw.sqlite3_bind_text(statement, index, Upper(text[..n]));
            case DateTime t when type != SqliteType.Real && t.TryFormat(text, out var n, TimeFormat, CultureInfo.InvariantCulture):
                return raw.sqlite3_bind_text(statement, index, text[..n]);
            case DateTimeOffset t when type != SqliteType.Real
                                       && t.TryFormat(text, out var n, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture):
                return raw.sqlite3_bind_text(statement, index, text[..n]);
            case byte[] bytes:
                return raw.sqlite3_bind_blob(statement, index, bytes);
            default:
                throw new NotSupportedException($"The bulk insert does not bind a {value.GetType().Name} as {type}.");
        }
    }

    /// <summary>The string as UTF-8 in the thread's buffer (SQLite copies it while binding: SQLITE_TRANSIENT).</summary>
    private static int BindText(sqlite3_stmt statement, int index, string s)
    {
        var max = Encoding.UTF8.GetMaxByteCount(s.Length);
        var buffer = _utf8 is { } reused && reused.Length >= max ? reused : _utf8 = new byte[Math.Max(max, 1024)];
        return raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, Encoding.UTF8.GetBytes(s, buffer)));
    }

    /// <summary>A GUID's hexadecimal digits in upper case (ASCII), as Microsoft.Data.Sqlite stores it.</summary>
    private static ReadOnlySpan<byte> Upper(Span<byte> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = (byte)char.ToUpperInvariant((char)text[i]);
        }

        return text;
    }
}
