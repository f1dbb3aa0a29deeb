using System.Security.Cryptography;
using System.Text;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// The state of the figures in the database: count, audit entries and a hash of every figure's id, value and version.
/// Equal before and after means nothing was stored (not even a value changed in place).
/// </summary>
internal sealed record FigureState(int Figures, int AuditEntries, string Hash)
{
    public static async Task<FigureState> ReadAsync(MeAktivAppFactory app)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        var rows = await db.MonthlyValues.AsNoTracking().OrderBy(v => v.Id).Select(v => v.Id + "=" + v.Value + "@" + v.Version).ToListAsync(ct);
        return new FigureState(rows.Count, await db.AuditEntries.CountAsync(ct), HashOf(rows));
    }

    /// <summary>The same, read with plain SQL from a file no app has open (the process test).</summary>
    public static async Task<FigureState> ReadFileAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var rows = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "Id", "Value", "Version" FROM "MonthlyValues" ORDER BY "Id" """;
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                rows.Add($"{reader.GetString(0)}={reader.GetString(1)}@{reader.GetString(2)}");
            }
        }

        await using var count = connection.CreateCommand();
        count.CommandText = """SELECT COUNT(*) FROM "AuditEntries" """;
        return new FigureState(rows.Count, Convert.ToInt32(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken)), HashOf(rows));
    }

    private static string HashOf(IEnumerable<string> rows) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows))));
}

internal static class ImportDatabase
{
    /// <summary>The stored value of a figure, or null.</summary>
    public static async Task<decimal?> ValueAsync(this MeAktivAppFactory app, string unit, string indicator, string component, int year, int month)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        return await db.MonthlyValues.AsNoTracking()
            .Where(v => v.OrgUnit!.Code == unit && v.Component!.Code == component && v.Component.Indicator!.Code == indicator
                        && v.Year == year && v.Month == month)
            .Select(v => (decimal?)v.Value).SingleOrDefaultAsync(ct);
    }

    /// <summary>Audit entries of figures written by that user.</summary>
    public static async Task<int> FigureAuditCountAsync(this MeAktivAppFactory app, string user)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        return await db.AuditEntries.CountAsync(a => a.EntityType == "MonthlyValue" && a.User == user, ct);
    }
}
