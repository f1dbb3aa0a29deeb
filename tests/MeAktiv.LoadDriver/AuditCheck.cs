using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MeAktiv.LoadDriver;

/// <summary>
/// The lost-update check of <c>savers</c>, on the run's SQLite file after the load: for every figure of the month
/// that was saved, the stored value must equal the <c>Value</c> in the NewValues of its latest audit entry, and the
/// number of audit entries written during the run must equal the number of saves acknowledged with 200.
/// </summary>
internal static class AuditCheck
{
    public static long MaxAuditId(AppServer app, Options o)
    {
        using var connection = Open(o);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(\"Id\"), 0) FROM \"AuditEntries\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Returns the number of figures that fail the check (printed one by one).</summary>
    public static int Verify(AppServer app, Options o, long auditStart, string month, ConcurrentDictionary<string, int> acknowledged)
    {
        using var connection = Open(o);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u."Code" || '/' || i."Code" || '/' || c."Code", v."Value",
                   (SELECT COUNT(*) FROM "AuditEntries" a WHERE a."EntityType" = 'MonthlyValue'
                        AND upper(a."EntityKey") = upper(v."Id") AND a."Id" > $start),
                   (SELECT a."NewValues" FROM "AuditEntries" a WHERE a."EntityType" = 'MonthlyValue'
                        AND upper(a."EntityKey") = upper(v."Id") ORDER BY a."Id" DESC LIMIT 1)
            FROM "MonthlyValues" v
            JOIN "OrgUnits" u ON u."Id" = v."OrgUnitId"
            JOIN "IndicatorComponents" c ON c."Id" = v."ComponentId"
            JOIN "Indicators" i ON i."Id" = c."IndicatorId"
            WHERE v."Year" = $year AND v."Month" = $month
            """;
        command.Parameters.AddWithValue("$start", auditStart);
        command.Parameters.AddWithValue("$year", int.Parse(month[..4], CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$month", int.Parse(month[5..], CultureInfo.InvariantCulture));
        int checkedFigures = 0, failures = 0, audits = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            var stored = decimal.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
            var count = reader.GetInt32(2);
            acknowledged.TryGetValue(key, out var acked);
            if (acked == 0 && count == 0)
            {
                continue;
            }

            checkedFigures++;
            audits += count;
            JsonElement? latest = reader.IsDBNull(3) ? null : JsonDocument.Parse(reader.GetString(3)).RootElement;
            var audited = latest is { } l && l.TryGetProperty("Value", out var v) ? v.GetDecimal() : (decimal?)null;
            if (count != acked || audited != stored)
            {
                failures++;
                Console.WriteLine($"  MISMATCH {key}: {acked} acknowledged, {count} audit entries; stored {stored}, latest audit {audited}");
            }
        }

        Stats.Report("audit check", $"{checkedFigures} figures saved, {acknowledged.Values.Sum()} acknowledged saves, " +
                                    $"{audits} audit entries; {failures} figures with a lost update or a mismatch");
        return failures;
    }

    private static SqliteConnection Open(Options o)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(o.Work, "run-savers.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
