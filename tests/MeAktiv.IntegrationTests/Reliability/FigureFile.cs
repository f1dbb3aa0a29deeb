using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MeAktiv.IntegrationTests.Reliability;

/// <summary>One stored figure, read with plain SQL from the database file.</summary>
internal sealed record StoredFigure(Guid Id, decimal Value, Guid Version, string UpdatedBy);

/// <summary>Reads figures, audit history and the integrity check straight from an SQLite file (no app needed).</summary>
internal static class FigureFile
{
    /// <summary>Key "UNIT|IND|COMP|yyyy-MM" → the stored figure.</summary>
    public static async Task<Dictionary<string, StoredFigure>> FiguresAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u."Code", i."Code", c."Code", v."Year", v."Month", CAST(v."Value" AS TEXT), v."Version", v."Id", v."UpdatedBy"
            FROM "MonthlyValues" v JOIN "OrgUnits" u ON u."Id" = v."OrgUnitId"
            JOIN "IndicatorComponents" c ON c."Id" = v."ComponentId" JOIN "Indicators" i ON i."Id" = c."IndicatorId"
            """;
        var figures = new Dictionary<string, StoredFigure>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var key = Key(reader.GetString(0), reader.GetString(1), reader.GetString(2), $"{reader.GetInt32(3):D4}-{reader.GetInt32(4):D2}");
            figures[key] = new StoredFigure(Guid.Parse(reader.GetString(7)), decimal.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                Guid.Parse(reader.GetString(6)), reader.GetString(8));
        }

        return figures;
    }

    /// <summary>Figure id → (value, version) of its latest audit entry that records them.</summary>
    public static async Task<Dictionary<Guid, (decimal Value, Guid Version)>> LatestAuditAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "EntityKey", "NewValues" FROM "AuditEntries"
            WHERE "EntityType" = 'MonthlyValue' AND "NewValues" IS NOT NULL ORDER BY "Id"
            """;
        var latest = new Dictionary<Guid, (decimal, Guid)>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            using var json = JsonDocument.Parse(reader.GetString(1));
            if (json.RootElement.TryGetProperty("Value", out var value) && json.RootElement.TryGetProperty("Version", out var version))
            {
                latest[Guid.Parse(reader.GetString(0))] = (value.GetDecimal(), version.GetGuid());
            }
        }

        return latest;
    }

    public static async Task<string> IntegrityCheckAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>Every audited figure's latest audit entry holds its stored value and version.</summary>
    public static async Task<List<string>> AuditMismatchesAsync(string database)
    {
        var figures = await FiguresAsync(database);
        var audit = await LatestAuditAsync(database);
        return figures.Where(f => audit.ContainsKey(f.Value.Id))
            .Where(f => audit[f.Value.Id] != (f.Value.Value, f.Value.Version))
            .Select(f => $"{f.Key}: stored {f.Value.Value} @{f.Value.Version}, audit {audit[f.Value.Id].Value} @{audit[f.Value.Id].Version}")
            .ToList();
    }

    public static string Key(string unit, string indicator, string component, string month) => $"{unit}|{indicator}|{component}|{month}";

    private static async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Pooling=False;Default Timeout=60");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
