// .editorconfig marks **/Migrations/** as generated code (nullable off there): switch it back on.
#nullable enable
using MeAktiv.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MeAktiv.IntegrationTests.Migrations;

/// <summary>
/// The migrations <c>ComponentPlausibility</c> and <c>ComponentPartOfPairs</c> on a SQLite database seeded before
/// them: the "davon" pairs of <c>seeds/indicator-components.csv</c> are filled in (EQ, NH, BZ, BAMF), nothing else
/// gets a whole.
/// </summary>
public sealed class PartOfBackfillTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"meaktiv-partof-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task The_migration_fills_the_part_whole_pairs_into_an_existing_database()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={_path}", x => x.MigrationsAssembly(DatabaseProvider.SqliteMigrationsAssembly)).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("DataProtectionKeys", cancellationToken: ct);
        var indicators = new Dictionary<string, string[]>
        {
            ["EQ"] = ["AUS", "SVB"], ["NH"] = ["BES", "INT"], ["BZ"] = ["BST", "AST"], ["BAMF"] = ["BEL", "VERF"], ["K2"] = ["INT", "ELB"],
        };
        foreach (var (indicator, components) in indicators)
        {
            await InsertAsync(db, "Indicators", new() { ["Code"] = indicator, ["Name"] = indicator }, ct);
            foreach (var component in components)
            {
                await InsertAsync(db, "IndicatorComponents", new()
                {
                    ["Code"] = component, ["Name"] = component,
                    ["IndicatorId"] = $"(SELECT Id FROM Indicators WHERE Code = '{indicator}')",
                }, ct);
            }
        }

        await migrator.MigrateAsync(cancellationToken: ct);

        var pairs = await db.Database.SqlQueryRaw<string>("""
            SELECT i.Code || '/' || c.Code || ' <= ' || w.Code AS Value FROM IndicatorComponents c
            JOIN Indicators i ON i.Id = c.IndicatorId JOIN IndicatorComponents w ON w.Id = c.PartOfId
            WHERE w.IndicatorId = c.IndicatorId ORDER BY i.Code
            """).ToListAsync(ct);
        pairs.ShouldBe(["BAMF/BEL <= VERF", "BZ/BST <= AST", "EQ/SVB <= AUS", "NH/BES <= INT"]);
        (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM IndicatorComponents WHERE PartOfId IS NOT NULL").SingleAsync(ct))
            .ShouldBe(4);
    }

    /// <summary>Inserts a row: the given columns (a value starting with "(" is SQL), every other NOT NULL column 0 or ''.</summary>
    private static async Task InsertAsync(AppDbContext db, string table, Dictionary<string, string> values, CancellationToken ct)
    {
        var columns = await db.Database.SqlQueryRaw<ColumnInfo>(
            "SELECT name AS Name, type AS Type, \"notnull\" AS Required, pk AS Pk FROM pragma_table_info('" + table + "')").ToListAsync(ct);
        var row = columns.Where(c => c.Pk == 0 && (c.Required == 1 || values.ContainsKey(c.Name)))
            .Select(c => (c.Name, Value: values.TryGetValue(c.Name, out var v)
                ? v.StartsWith('(') ? v : $"'{v}'"
                : c.Type.Contains("INT", StringComparison.OrdinalIgnoreCase) ? "0" : "'0'"))
            .ToList();
        var sql = $"INSERT INTO {table} ({string.Join(", ", row.Select(r => r.Name))}) VALUES ({string.Join(", ", row.Select(r => r.Value))})";
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    private sealed record ColumnInfo(string Name, string Type, long Required, long Pk);
}
