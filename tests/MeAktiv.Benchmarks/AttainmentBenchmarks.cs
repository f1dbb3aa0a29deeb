using BenchmarkDotNet.Attributes;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Benchmarks;

/// <summary>
/// The whole-Jobcenter dashboard for one month (2015-06): the attainment of every indicator for every unit, against
/// a hand-written SQL aggregate over the same rows as the floor. See docs/performance.md.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class AttainmentBenchmarks
{
    private const int Year = 2015;
    private const int Month = 6;

    /// <summary>
    /// The floor: one aggregate over exactly the rows LoadTreeAsync reads (all units, January of the year before to
    /// December of the year). Every implementation must at least read each of these rows and add it up; this does
    /// nothing more (no unit tree, no formula). Value is TEXT in SQLite (EF stores decimal as TEXT), so it is cast.
    /// </summary>
    private const string FloorSql = """
        SELECT "ComponentId", "Year", "Month", SUM(CAST("Value" AS REAL)) AS "Total", COUNT(*) AS "Rows"
        FROM "MonthlyValues"
        WHERE "Year" BETWEEN $from AND $to
        GROUP BY "ComponentId", "Year", "Month"
        """;

    /// <summary>
    /// Informative, not the floor: the totals of every unit's subtree per component and month (what the engine's
    /// aggregation produces for all units) computed by SQL with a recursive closure of the unit tree.
    /// </summary>
    private const string SubtreeSql = """
        WITH RECURSIVE "Sub"("AncestorId", "UnitId") AS (
            SELECT "Id", "Id" FROM "OrgUnits"
            UNION ALL
            SELECT "Sub"."AncestorId", "u"."Id" FROM "OrgUnits" AS "u" JOIN "Sub" ON "u"."ParentId" = "Sub"."UnitId")
        SELECT "Sub"."AncestorId", "v"."ComponentId", "v"."Year", "v"."Month", SUM(CAST("v"."Value" AS REAL)) AS "Total"
        FROM "MonthlyValues" AS "v" JOIN "Sub" ON "Sub"."UnitId" = "v"."OrgUnitId"
        WHERE "v"."Year" BETWEEN $from AND $to
        GROUP BY "Sub"."AncestorId", "v"."ComponentId", "v"."Year", "v"."Month"
        """;

    /// <summary>Informative: the rows themselves, as the engine needs them, into .NET by hand-written ADO.NET.</summary>
    private const string RowsSql = """
        SELECT "OrgUnitId", "ComponentId", "Year", "Month", "Value", "IsDemo"
        FROM "MonthlyValues"
        WHERE "Year" BETWEEN $from AND $to
        """;

    /// <summary>
    /// Informative: the same aggregate over the rows the one load reads since issue 16 (<c>LoadOrganisationAsync</c>
    /// reads the figures from two years before the year: 2013-01..2015-12), for the ratio against what is read now.
    /// </summary>
    private const string WindowFloorSql = """
        SELECT "ComponentId", "Year", "Month", SUM(CAST("Value" AS REAL)) AS "Total", COUNT(*) AS "Rows"
        FROM "MonthlyValues"
        WHERE "Year" BETWEEN $from - 1 AND $to
        GROUP BY "ComponentId", "Year", "Month"
        """;

    private BenchmarkDatabase _database = null!;
    private DashboardService _dashboard = null!;
    private AttainmentQueries _queries = null!;
    private UserScope _gf = null!;
    private IReadOnlyList<AttainmentData> _loaded = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _database = await BenchmarkDatabase.CreateAsync(new DateOnly(2006, 1, 1), new DateOnly(2015, 12, 1));
        _queries = _database.Scope.ServiceProvider.GetRequiredService<AttainmentQueries>();
        _gf = await _database.GeschaeftsfuehrungAsync();
        _dashboard = _database.Scope.ServiceProvider.GetRequiredService<DashboardService>();
        _loaded = await _queries.LoadTreeAsync(_gf, Year);
        await using (var db = await _database.Scope.ServiceProvider
                         .GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var total = await db.MonthlyValues.CountAsync();
            var read = await db.MonthlyValues.CountAsync(v => v.Year >= Year - 1 && v.Year <= Year);
            Console.WriteLine($"// Setup: MonthlyValues {total} rows in all, {read} rows in {Year - 1}-01..{Year}-12 " +
                              $"(read by LoadTreeAsync and the SQL floor); {_loaded.Count} units, " +
                              $"{_loaded[0].Indicators.Count} indicators");
        }

        await using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            Console.WriteLine($"// Setup: SQLite {connection.ServerVersion}");
        }

        var jc = _loaded.Single(d => d.UnitCode == "JC");
        var k2 = jc.Indicators.Single(i => i.Code == "K2");
        var result = jc.Calculate(k2, Year, Month);
        Console.WriteLine($"// Setup: check JC K2 {Year}-{Month:D2} = {result.Actual:0.00} % " +
                          $"(light {result.Light}); {EngineComputeOnly()} of {_loaded.Count * jc.Indicators.Count} " +
                          $"unit × indicator results have a value; floor returns {await SqlFloor()} groups");
        var overview = await _dashboard.OverviewAsync(_gf, null, Year, Month);
        Console.WriteLine($"// Setup: dashboard overview of {overview.Unit.Code} {overview.Year}-{overview.Month:D2}: " +
                          $"{overview.Cards.Count} cards, coverage {overview.Coverage}");
    }

    [GlobalCleanup]
    public void Cleanup() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The floor (see <see cref="FloorSql"/>); the baseline of the Ratio column.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> SqlFloor() => FloorAsync(FloorSql);

    /// <summary>Informative: the floor over the three years the one load now reads (see <see cref="WindowFloorSql"/>).</summary>
    [Benchmark]
    public Task<int> SqlFloorWindow() => FloorAsync(WindowFloorSql);

    /// <summary>
    /// The Gesamtübersicht (<c>/uebersicht</c>) of the Geschäftsführung as the page asks for it: the Jobcenter's 17
    /// cards with light, forecast and sparkline (25 points per card across the turn of the year), the Datenstand,
    /// the units of the picker; one load from the figure cache.
    /// </summary>
    [Benchmark]
    public async Task<int> DashboardOverview()
    {
        var overview = await _dashboard.OverviewAsync(_gf, null, Year, Month);
        return overview.Cards.Count;
    }

    /// <summary>
    /// The whole-Jobcenter dashboard as the app serves it: one LoadTreeAsync (units, indicators, targets, the figures'
    /// stamp; the figures themselves from <see cref="FigureCache"/> while no save raised the stamp) and every unit ×
    /// every indicator.
    /// </summary>
    [Benchmark]
    public async Task<int> EngineWholeTree()
    {
        var tree = await _queries.LoadTreeAsync(_gf, Year);
        return CalculateAll(tree);
    }

    /// <summary>
    /// The same with nothing kept in memory (a fresh <see cref="FigureCache"/>): the first dashboard after a save or a
    /// start, reading all rows of the two years from SQLite.
    /// </summary>
    [Benchmark]
    public async Task<int> EngineWholeTreeCold()
    {
        var factory = _database.Scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var queries = new AttainmentQueries(factory, new FigureQueries(factory, new FigureCache()), new ReferenceCache());
        return CalculateAll(await queries.LoadTreeAsync(_gf, Year));
    }

    /// <summary>Only the calculation, on data loaded once in the setup: the CPU part of <see cref="EngineWholeTree"/>.</summary>
    [Benchmark]
    public int EngineComputeOnly() => CalculateAll(_loaded);

    /// <summary>The Jobcenter alone (LoadAsync of JC's subtree, then every indicator): the Zielübersicht of JC.</summary>
    [Benchmark]
    public async Task<int> JcOnly()
    {
        var data = await _queries.LoadAsync(_gf, "JC", Year, Year);
        var values = 0;
        foreach (var indicator in data.Indicators)
        {
            if (data.Calculate(indicator, Year, Month).Actual is not null)
            {
                values++;
            }
        }

        return values;
    }

    /// <summary>Informative: SQL computes every unit's subtree totals (see <see cref="SubtreeSql"/>).</summary>
    [Benchmark]
    public async Task<int> SqlSubtreeTotals()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = SubtreeSql;
        command.Parameters.AddWithValue("$from", Year - 1);
        command.Parameters.AddWithValue("$to", Year);
        await using var reader = await command.ExecuteReaderAsync();
        var groups = 0;
        while (await reader.ReadAsync())
        {
            groups++;
        }

        return groups;
    }

    /// <summary>Informative: every row of the period read into .NET (see <see cref="RowsSql"/>), no EF, no calculation.</summary>
    [Benchmark]
    public async Task<int> SqlReadRows()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = RowsSql;
        command.Parameters.AddWithValue("$from", Year - 1);
        command.Parameters.AddWithValue("$to", Year);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(int Unit, int Component, int Year, int Month, decimal Value, bool IsDemo)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDecimal(4),
                reader.GetBoolean(5)));
        }

        return rows.Count;
    }

    /// <summary>Runs a floor query for the year and its year before and sums what it returns (so nothing is skipped).</summary>
    private async Task<int> FloorAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", Year - 1);
        command.Parameters.AddWithValue("$to", Year);
        await using var reader = await command.ExecuteReaderAsync();
        var groups = 0;
        var sum = 0.0;
        while (await reader.ReadAsync())
        {
            sum += reader.GetDouble(3);
            groups++;
        }

        return sum > 0 ? groups : -groups;
    }

    private static int CalculateAll(IReadOnlyList<AttainmentData> tree)
    {
        var values = 0;
        foreach (var data in tree)
        {
            foreach (var indicator in data.Indicators)
            {
                if (data.Calculate(indicator, Year, Month).Actual is not null)
                {
                    values++;
                }
            }
        }

        return values;
    }
}
