using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// The bulk insert (SqliteBulkInsert) makes each column's parameter once and sets only its value per row: every column
/// of a bulk-written figure must be stored as EF stores it when it saves a figure itself (SQLite storage class, GUIDs
/// and dates as the same text).
/// </summary>
public sealed class BulkInsertColumnTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    [Fact]
    public async Task Bulk_written_figures_are_stored_in_the_column_types_and_forms_ef_stores()
    {
        var ct = TestContext.Current.CancellationToken;
        var lines = await ValidRows.GenerateAsync(app.DatabasePath, 5, u => u.StartsWith("VEL", StringComparison.Ordinal));
        using var client = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var response = await client.PostImportAsync("bulk.csv", ImportFiles.CsvLines(lines));
        (await response.CountsAsync()).New.ShouldBe(5);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        var bulk = await db.MonthlyValues.AsNoTracking().FirstAsync(v => v.UpdatedBy == DemoAccounts.Geschaeftsfuehrung, ct);
        var viaEf = new MonthlyValue
        {
            OrgUnitId = bulk.OrgUnitId, ComponentId = bulk.ComponentId, Year = bulk.Year - 20, Month = bulk.Month, Value = 1234.5m,
            // The same instant as the bulk-written figure: EF trims a date's trailing zeros ("…:05.12" not "…:05.1200000"),
            // so only the same value shows that both store it as the same text.
            UpdatedBy = "ef@example.org", UpdatedAt = bulk.UpdatedAt,
        };
        db.MonthlyValues.Add(viaEf);
        await db.SaveChangesAsync(ct);

        // Per column: SQLite's storage class, and whether the text is upper case and has a 'T' (GUIDs, dates).
        var columns = await Raw(db, "SELECT name FROM pragma_table_info('MonthlyValues')", ct);
        var forms = string.Join(", ", columns.Select(c =>
            $"typeof(\"{c}\") || '/' || (\"{c}\" = upper(\"{c}\")) || '/' || instr(\"{c}\", 'T') || '/' || length(\"{c}\")"));
        var efForms = await Raw(db, $"SELECT {forms} FROM MonthlyValues WHERE Id = '{viaEf.Id.ToString().ToUpperInvariant()}'", ct);
        var bulkForms = await Raw(db, $"SELECT {forms} FROM MonthlyValues WHERE Id = '{bulk.Id.ToString().ToUpperInvariant()}'", ct);

        efForms.Count.ShouldBe(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var (ef, written) = (efForms[i].Split('/'), bulkForms[i].Split('/'));
            // The values differ (so their lengths may), their kind not: a number's length aside, the forms are the same.
            (written[0], written[1], written[2] == "0").ShouldBe((ef[0], ef[1], ef[2] == "0"), columns[i]);
            if (columns[i] is "Id" or "Version" or "UpdatedAt")
            {
                written[3].ShouldBe(ef[3], columns[i]);
            }
        }

        var updatedAt = $"SELECT UpdatedAt FROM MonthlyValues WHERE Id IN ('{bulk.Id.ToString().ToUpperInvariant()}', '{viaEf.Id.ToString().ToUpperInvariant()}')";
        (await Raw(db, updatedAt, ct)).Distinct().Count().ShouldBe(1, "the bulk insert writes a date as the very text EF writes");
    }

    [Fact]
    public async Task The_import_gives_its_connection_back_to_the_pool_with_the_default_temp_store()
    {
        var ct = TestContext.Current.CancellationToken;
        var lines = await ValidRows.GenerateAsync(app.DatabasePath, 40, u => u.StartsWith("HIL", StringComparison.Ordinal));
        using var client = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var response = await client.PostImportAsync("bulk.csv", ImportFiles.CsvLines(lines));
        (await response.CountsAsync()).New.ShouldBe(40);

        // The import's write keeps statement journals in memory (PRAGMA temp_store) only for its own transaction.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        (await Raw(db, "SELECT temp_store FROM pragma_temp_store()", ct)).ShouldBe(["0"]);
    }

    /// <summary>The first row of a query, each column as text (or, for a one-column query, every row).</summary>
    private static async Task<List<string>> Raw(AppDbContext db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            if (reader.FieldCount == 1)
            {
                result.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
                continue;
            }

            for (var i = 0; i < reader.FieldCount; i++)
            {
                result.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
            }

            break;
        }

        return result;
    }
}
