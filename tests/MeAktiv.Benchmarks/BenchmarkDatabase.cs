using System.Diagnostics;
using MeAktiv.Core;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using MeAktiv.Core.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Benchmarks;

/// <summary>
/// A temp SQLite file built through the app's own services (no web host), as
/// tests/MeAktiv.IntegrationTests/Seeding/SeedTestDatabase.cs does: <see cref="DatabaseInitializer"/> migrates it and
/// seeds the demo organisation, indicators and targets; then the demo figures are replaced by the generated
/// 10-year data set of <see cref="FigureGenerator"/>.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private BenchmarkDatabase(string folder, ServiceProvider services, AsyncServiceScope scope)
    {
        _folder = folder;
        Services = services;
        Scope = scope;
    }

    public ServiceProvider Services { get; }

    /// <summary>One scope for the whole run (the app has one per circuit or request).</summary>
    public AsyncServiceScope Scope { get; }

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "me-aktiv.db")}";

    public int GeneratedRows { get; private set; }

    public static async Task<BenchmarkDatabase> CreateAsync(DateOnly from, DateOnly to)
    {
        var folder = Path.Combine(Path.GetTempPath(), "me-aktiv-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:MeAktiv"] = $"Data Source={Path.Combine(folder, "me-aktiv.db")}",
            ["Database:SeedDemoData"] = "true",
            ["Database:SeedPath"] = Path.Combine(AppContext.BaseDirectory, "seeds"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddMeAktivData(configuration);
        services.AddMeAktivCore();
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
        services.AddScoped<ICurrentUser, BenchmarkUser>();
        var provider = services.BuildServiceProvider(validateScopes: true);
        var database = new BenchmarkDatabase(folder, provider, provider.CreateAsyncScope());

        var watch = Stopwatch.StartNew();
        await using (var init = provider.CreateAsyncScope())
        {
            await init.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }

        Console.WriteLine($"// Setup: migrated and seeded the demo organisation in {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        database.GeneratedRows = await database.ReplaceFiguresAsync(from, to);
        Console.WriteLine($"// Setup: {database.GeneratedRows} generated monthly values ({from:yyyy-MM}..{to:yyyy-MM}) " +
                          $"inserted in {watch.ElapsedMilliseconds} ms");
        return database;
    }

    /// <summary>
    /// Deletes the demo figures and inserts the generated ones with raw SQL: one transaction, one prepared
    /// parameterised INSERT. EF would be slower and the audit interceptor would add an audit row per figure, which a
    /// benchmark data set does not need. The values are bound as EF binds them (decimal and Guid as TEXT).
    /// </summary>
    private async Task<int> ReplaceFiguresAsync(DateOnly from, DateOnly to)
    {
        List<OrgUnit> units;
        List<Indicator> indicators;
        await using (var db = await Scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>()
                         .CreateDbContextAsync())
        {
            units = await db.OrgUnits.AsNoTracking().ToListAsync();
            indicators = await db.Indicators.AsNoTracking().Include(i => i.Components).ToListAsync();
        }

        var figures = FigureGenerator.Generate(units, indicators, from, to);
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = """
                DELETE FROM "MonthlyValues";
                DELETE FROM "MonthStatuses";
                DELETE FROM "AuditEntries" WHERE "EntityType" IN ('MonthlyValue', 'MonthStatus');
                UPDATE "DataStamps" SET "Value" = "Value" + 1 WHERE "Name" = 'Figures';
                """;
            await delete.ExecuteNonQueryAsync();
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "MonthlyValues"
                ("Id", "OrgUnitId", "ComponentId", "Year", "Month", "Value", "Version", "IsDemo", "UpdatedBy", "UpdatedAt")
            VALUES ($id, $unit, $component, $year, $month, $value, $version, 1, 'benchmark', $at)
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var unit = insert.Parameters.Add("$unit", SqliteType.Integer);
        var component = insert.Parameters.Add("$component", SqliteType.Integer);
        var year = insert.Parameters.Add("$year", SqliteType.Integer);
        var month = insert.Parameters.Add("$month", SqliteType.Integer);
        var value = insert.Parameters.Add("$value", SqliteType.Text);
        var version = insert.Parameters.Add("$version", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        at.Value = DateTime.UtcNow;
        insert.Prepare();
        foreach (var f in figures)
        {
            id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            unit.Value = f.UnitId;
            component.Value = f.ComponentId;
            year.Value = f.Year;
            month.Value = f.Month;
            value.Value = f.Value;
            version.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            await insert.ExecuteNonQueryAsync();
        }

        // Only figures of submitted or closed months count (issue 16): every generated unit-month is closed, as in a
        // Jobcenter whose months are all through Monatsabschluss, so every generated figure counts as before.
        await using var state = connection.CreateCommand();
        state.Transaction = transaction;
        state.CommandText = """
            INSERT INTO "MonthStatuses"
                ("Id", "OrgUnitId", "Year", "Month", "State", "SubmittedBy", "SubmittedAt", "ClosedBy", "ClosedAt", "Version")
            VALUES ($id, $unit, $year, $month, 'Abgeschlossen', 'benchmark', $at, 'benchmark', $at, $version)
            """;
        var stateId = state.Parameters.Add("$id", SqliteType.Text);
        var stateUnit = state.Parameters.Add("$unit", SqliteType.Integer);
        var stateYear = state.Parameters.Add("$year", SqliteType.Integer);
        var stateMonth = state.Parameters.Add("$month", SqliteType.Integer);
        var stateVersion = state.Parameters.Add("$version", SqliteType.Text);
        state.Parameters.Add("$at", SqliteType.Text).Value = DateTime.UtcNow;
        state.Prepare();
        foreach (var m in figures.Select(f => (f.UnitId, f.Year, f.Month)).Distinct())
        {
            stateId.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            stateUnit.Value = m.UnitId;
            stateYear.Value = m.Year;
            stateMonth.Value = m.Month;
            stateVersion.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            await state.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return figures.Count;
    }

    /// <summary>What the Geschäftsführung sees: every unit.</summary>
    public async Task<UserScope> GeschaeftsfuehrungAsync()
    {
        await using var db = await Scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>()
            .CreateDbContextAsync();
        var all = (await db.OrgUnits.Select(u => u.Id).ToListAsync()).ToHashSet();
        return new UserScope("gf@me-aktiv.example", new HashSet<string> { Roles.Geschaeftsfuehrung }, all, all);
    }

    public async ValueTask DisposeAsync()
    {
        await Scope.DisposeAsync();
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }

    private sealed class BenchmarkUser : ICurrentUser
    {
        public string UserName => "benchmark";
    }
}
