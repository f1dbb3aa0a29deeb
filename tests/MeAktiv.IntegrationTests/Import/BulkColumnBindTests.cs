using MeAktiv.Core.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// The bulk insert binds values by position on the native handle (<see cref="BulkColumn"/>), past Microsoft.Data.Sqlite:
/// every kind of value must reach SQLite exactly as Microsoft.Data.Sqlite binds it for a parameter of the same
/// <see cref="SqliteType"/> (the type EF's mapping gives the parameter): storage class and text, compared with
/// SQLite's own <c>typeof</c> and <c>quote</c>.
/// </summary>
public sealed class BulkColumnBindTests
{
    private static readonly (object? Value, SqliteType Type)[] Cases =
    [
        (null, SqliteType.Text), ("", SqliteType.Text), ("Müller „Team“ 'x'; ß €", SqliteType.Text), (new string('a', 300), SqliteType.Text),
        (string.Concat(Enumerable.Repeat("Zielnachhaltung ä€𝄞 ", 200)), SqliteType.Text), ("lone \uD800 surrogate", SqliteType.Text),
        (42, SqliteType.Integer), (long.MinValue, SqliteType.Integer), ((short)-3, SqliteType.Integer), ((byte)7, SqliteType.Integer),
        (true, SqliteType.Integer), (false, SqliteType.Integer), (DayOfWeek.Friday, SqliteType.Integer),
        (1234.5m, SqliteType.Text), (0m, SqliteType.Text), (12.30m, SqliteType.Text), (-0.0001m, SqliteType.Text),
        (decimal.MaxValue, SqliteType.Text), (decimal.MinValue, SqliteType.Text), (0.0000000000000000000000000001m, SqliteType.Text),
        (Guid.Parse("0195b6a2-7c1e-7f3a-9d4e-a1b2c3d4e5f6"), SqliteType.Text), (Guid.Parse("0195b6a2-7c1e-7f3a-9d4e-a1b2c3d4e5f6"), SqliteType.Blob),
        (new DateTime(2026, 12, 2, 18, 4, 5, DateTimeKind.Utc).AddTicks(1234567), SqliteType.Text), (new DateTime(2016, 1, 1), SqliteType.Text),
        (new DateTimeOffset(2026, 12, 2, 18, 4, 5, TimeSpan.FromHours(1)), SqliteType.Text),
        (3.25d, SqliteType.Real), (1.5f, SqliteType.Real), (new byte[] { 1, 2, 255 }, SqliteType.Blob),
    ];

    [Fact]
    public void Every_kind_of_value_is_bound_as_Microsoft_Data_Sqlite_binds_it()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        foreach (var (value, type) in Cases)
        {
            Bound(connection, value, type).ShouldBe(Expected(connection, value, type), $"{value?.GetType().Name} {value} as {type}");
        }
    }

    private static (string, string) Expected(SqliteConnection connection, object? value, SqliteType type)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(@p), quote(@p)";
        command.Parameters.Add(new SqliteParameter("@p", type) { Value = value ?? DBNull.Value });
        using var reader = command.ExecuteReader();
        reader.Read().ShouldBeTrue();
        return (reader.GetString(0), reader.GetString(1));
    }

    private static (string, string) Bound(SqliteConnection connection, object? value, SqliteType type)
    {
        raw.sqlite3_prepare_v2(connection.Handle, "SELECT typeof(?1), quote(?1)", out var statement).ShouldBe(raw.SQLITE_OK);
        using (statement)
        {
            BulkColumn.Bind(statement, 1, value, type).ShouldBe(raw.SQLITE_OK);
            raw.sqlite3_step(statement).ShouldBe(raw.SQLITE_ROW);
            return (raw.sqlite3_column_text(statement, 0).utf8_to_string(), raw.sqlite3_column_text(statement, 1).utf8_to_string());
        }
    }
}
