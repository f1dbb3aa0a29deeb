using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// New figures are written past the change tracker on SQLite (SqliteBulkInsert, 100 rows a statement). What lands in
/// the database must be what EF would have written: the same stored values and an audit entry of the same shape as
/// the audit interceptor's (checked against the demo figures, which the seeder saved through EF).
/// </summary>
public sealed class BulkInsertAuditTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    [Fact]
    public async Task Bulk_written_figures_round_trip_and_carry_the_same_audit_as_figures_saved_through_ef()
    {
        var ct = TestContext.Current.CancellationToken;
        var lines = await ValidRows.GenerateAsync(app.DatabasePath, 250, u => u.StartsWith("VEL", StringComparison.Ordinal));
        using var client = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var response = await client.PostImportAsync("bulk.csv", ImportFiles.CsvLines(lines));
        (await response.CountsAsync()).New.ShouldBe(250);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        var imported = await db.MonthlyValues.AsNoTracking().Where(v => v.UpdatedBy == DemoAccounts.Geschaeftsfuehrung).ToListAsync(ct);
        var audits = (await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(MonthlyValue)).ToListAsync(ct))
            .ToLookup(a => a.EntityKey);
        var seeded = await db.MonthlyValues.AsNoTracking().FirstAsync(v => v.IsDemo, ct);
        var efAudit = audits[seeded.Id.ToString()].Single(a => a.Action == "Added");

        imported.Count.ShouldBe(250);
        foreach (var figure in imported)
        {
            var audit = audits[figure.Id.ToString()].ShouldHaveSingleItem();
            (audit.Action, audit.User, audit.OrgUnitId, audit.OldValues).ShouldBe(("Added", DemoAccounts.Geschaeftsfuehrung, figure.OrgUnitId, null));
            var values = JsonDocument.Parse(audit.NewValues!).RootElement;
            Names(values).ShouldBe(Names(JsonDocument.Parse(efAudit.NewValues!).RootElement));
            values.GetProperty(nameof(MonthlyValue.Value)).GetDecimal().ShouldBe(figure.Value);
            values.GetProperty(nameof(MonthlyValue.Version)).GetGuid().ShouldBe(figure.Version);
            values.GetProperty(nameof(MonthlyValue.UpdatedAt)).GetDateTime().ShouldBe(figure.UpdatedAt);
            (figure.UpdatedAt.Kind, figure.IsDemo).ShouldBe((DateTimeKind.Utc, false));
        }

        // Each bulk-written line of the file is stored with its exact value (decimal comma, as text in SQLite).
        var expected = lines.Select(l => decimal.Parse(l.Split(';')[^1], System.Globalization.CultureInfo.GetCultureInfo("de-DE"))).Order();
        imported.Select(f => f.Value).Order().ShouldBe(expected);
    }

    private static List<string> Names(JsonElement json) => [.. json.EnumerateObject().Select(p => p.Name)];
}
