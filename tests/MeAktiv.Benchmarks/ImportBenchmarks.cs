using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MeAktiv.Core;
using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Import;
using MeAktiv.Core.Security;
using MeAktiv.Core.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace MeAktiv.Benchmarks;

/// <summary>
/// Import of 100.000 generated valid rows (CSV and XLSX, through <see cref="FigureImportService"/>: read, shared rules,
/// one transaction with audit) into a SQLite file with the demo organisation and no figures. Every iteration starts
/// from that state: all figures and their audit entries are deleted in the iteration setup. Each import
/// takes seconds, so one invocation per iteration (BenchmarkDotNet's IterationSetup forces that anyway).
/// Self-contained (its own database set-up): see docs/performance.md, section "Import von 100.000 Zeilen".
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "Import")]
public class ImportBenchmarks
{
    public const int Rows = 100_000;

    private ImportBenchmarkDatabase _database = null!;
    private byte[] _csv = null!;
    private byte[] _xlsx = null!;

    [GlobalSetup]
    public void Setup()
    {
        _database = ImportBenchmarkDatabase.CreateAsync().GetAwaiter().GetResult();
        var rows = _database.GenerateRows(Rows);
        _csv = ImportBenchmarkDatabase.Csv(rows);
        _xlsx = ImportBenchmarkDatabase.Xlsx(rows);
        Console.WriteLine($"// {rows.Count} rows {rows[0].Month}..{rows[^1].Month}: CSV {_csv.Length / 1024} KB, XLSX {_xlsx.Length / 1024} KB");
    }

    [IterationSetup]
    public void Reset() => _database.DeleteFiguresAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<ImportResult> ImportCsv() => _database.ImportAsync("import.csv", _csv, dryRun: false);

    [Benchmark]
    public Task<ImportResult> ImportXlsx() => _database.ImportAsync("import.xlsx", _xlsx, dryRun: false);

    [Benchmark]
    public Task<ImportResult> PreviewCsv() => _database.ImportAsync("import.csv", _csv, dryRun: true);
}

/// <summary>A temp SQLite file migrated and seeded by the app's own services, with the demo data.</summary>
internal sealed class ImportBenchmarkDatabase : IAsyncDisposable
{
    private static readonly DateOnly FirstMonth = new(2005, 1, 1);

    private readonly string _folder;
    private readonly ServiceProvider _services;
    private List<OrgUnit> _units = [];
    private List<Indicator> _indicators = [];
    private UserScope _scope = null!;

    private ImportBenchmarkDatabase(string folder, ServiceProvider services)
    {
        _folder = folder;
        _services = services;
    }

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "import.db")}";

    public static async Task<ImportBenchmarkDatabase> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("me-aktiv-import-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:MeAktiv"] = $"Data Source={Path.Combine(folder, "import.db")}",
            ["Database:SeedDemoData"] = "true",
            ["Database:SeedPath"] = Path.Combine(AppContext.BaseDirectory, "seeds"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddMeAktivData(configuration);
        services.AddMeAktivCore(configuration);
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
        services.AddScoped<ICurrentUser, ImportBenchmarkUser>();
        var database = new ImportBenchmarkDatabase(folder, services.BuildServiceProvider(validateScopes: true));
        await using var scope = database._services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        // The demo organisation has 80.795 figures from 2005 to today; six more teams make room for 100.000 rows.
        var site = await db.OrgUnits.SingleAsync(u => u.Code == "GS-MET");
        db.OrgUnits.AddRange(Enumerable.Range(1, 6).Select(i => new OrgUnit
        {
            Code = $"MET-BENCH-{i}", Name = $"Benchmark-Team {i}", Kind = OrgUnitKind.Team, ParentId = site.Id,
            TeamKind = "Markt & Integration", ValidFrom = FirstMonth, IsDemo = true,
        }));
        await db.SaveChangesAsync();
        database._units = await db.OrgUnits.AsNoTracking().ToListAsync();
        database._indicators = await db.Indicators.AsNoTracking().Include(i => i.Components).ToListAsync();
        var all = database._units.Select(u => u.Id).ToHashSet();
        database._scope = new UserScope("gf@me-aktiv.example", new HashSet<string> { Roles.Geschaeftsfuehrung }, all, all);
        return database;
    }

    /// <summary>
    /// <paramref name="count"/> valid rows: every component of every indicator for every unit at its entry level that
    /// exists in the month, month by month from 2005-01 (when the organisation starts), values of a plausible size that
    /// never jump and keep every part below its whole. About 21 years of the whole organisation: more than the Jobcenter will ever import at once.
    /// </summary>
    public List<ImportTemplateRow> GenerateRows(int count)
    {
        var rows = new List<ImportTemplateRow>(count);
        var now = DateOnly.FromDateTime(DateTime.Now);
        for (var month = FirstMonth; rows.Count < count; month = month.AddMonths(1))
        {
            if (month > now)
            {
                throw new InvalidOperationException($"Only {rows.Count} valid rows up to the current month.");
            }

            foreach (var unit in _units.Where(u => u.ExistsIn(month.Year, month.Month)).OrderBy(u => u.Code))
            {
                foreach (var component in _indicators.Where(i => i.IsEnteredAt(unit) && i.Category != TargetCategory.Stadtbericht).SelectMany(i => i.Components.Select(c => (i, c))))
                {
                    // A "davon" part gets half of its whole's value: never larger than the whole (a hard rule of the import).
                    var value = component.c.PartOfId is { } whole
                        ? Half(component.c.Kind, Value(component.c.Kind, unit.Id + whole + month.Month))
                        : Value(component.c.Kind, unit.Id + component.c.Id + month.Month);
                    rows.Add(new ImportTemplateRow($"{month:yyyy-MM}", unit.Code, unit.Name, component.i.Code, component.i.Name, component.c.Code, component.c.Name, value));
                }
            }
        }

        rows.RemoveRange(count, rows.Count - count);
        return rows;
    }

    private static decimal Value(ComponentKind kind, int seed) => kind switch
    {
        ComponentKind.Count or ComponentKind.Stock => 1000 + (seed % 50),
        ComponentKind.Percent => 10 + (seed % 10 / 4m),
        ComponentKind.Amount => 12_345.67m + (seed % 10),
        _ => 37.5m + (seed % 5),
    };

    private static decimal Half(ComponentKind kind, decimal value) =>
        kind is ComponentKind.Count or ComponentKind.Stock ? decimal.Floor(value / 2) : decimal.Floor(value * 50) / 100;

    public static byte[] Csv(IEnumerable<ImportTemplateRow> rows)
    {
        var text = new StringBuilder(ImportColumns.HeaderLine).Append("\r\n");
        foreach (var r in rows)
        {
            text.Append($"{r.Month};{r.Unit};{r.Indicator};{r.Component};{German.Plain(r.Value!.Value)}\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(IEnumerable<ImportTemplateRow> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => new Dictionary<string, object?>
        {
            [ImportColumns.Monat] = r.Month, [ImportColumns.Einheit] = r.Unit, [ImportColumns.Kennzahl] = r.Indicator,
            [ImportColumns.Komponente] = r.Component, [ImportColumns.Wert] = r.Value,
        }), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public async Task<ImportResult> ImportAsync(string fileName, byte[] content, bool dryRun)
    {
        await using var scope = _services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<FigureImportService>();
        using var stream = new MemoryStream(content, writable: false);
        var result = dryRun
            ? await import.PreviewAsync(_scope, fileName, stream)
            : await import.ImportAsync(_scope, fileName, stream);
        return result.Ok && result.Rows == ImportBenchmarks.Rows
            ? result
            : throw new InvalidOperationException($"Import failed: {result.Status} {string.Join(" | ", result.Errors.Take(5))}");
    }

    /// <summary>Deletes all figures (the demo ones at the first call, else those of the last import) and their audit entries.</summary>
    public async Task DeleteFiguresAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var delete = connection.CreateCommand();
        delete.CommandText = """
            DELETE FROM "MonthlyValues";
            DELETE FROM "MonthStatuses";
            DELETE FROM "AuditEntries" WHERE "EntityType" IN ('MonthlyValue', 'MonthStatus');
            """;
        await delete.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
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

    private sealed class ImportBenchmarkUser : ICurrentUser
    {
        public string UserName => "benchmark";
    }
}
