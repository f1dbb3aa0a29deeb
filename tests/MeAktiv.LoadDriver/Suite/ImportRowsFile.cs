using System.Globalization;
using System.Text;
using MeAktiv.Benchmarks;
using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.LoadDriver.Suite;

/// <summary>
/// The rows the import measurement sends: team figures of the years after the 10-year data (2016-01 on, up to the
/// current month), every team's own components (the indicators entered at team level, not the stadtscharf report),
/// from <see cref="FigureGenerator"/> (the same magnitudes as the stored years, so no plausibility finding), every part
/// kept within its whole and every value within its component's bound, so every row is valid. Written twice: the
/// import file (<c>Monat;Einheit;Kennzahl;Komponente;Wert</c>) and the floor's CSV of the same rows as
/// <c>MonthlyValues</c> rows (ids resolved, values as EF stores them) for <c>sqlite3 .import</c>.
/// </summary>
internal sealed class ImportRowsFile
{
    private ImportRowsFile(List<(OrgUnit Unit, Indicator Indicator, IndicatorComponent Component, GeneratedFigure Figure)> rows) => Rows = rows;

    public List<(OrgUnit Unit, Indicator Indicator, IndicatorComponent Component, GeneratedFigure Figure)> Rows { get; }

    /// <summary>
    /// The 10-year file has 42.240 team figures from 2016-01 to 2026-12: too few. Like the import benchmark, the file the
    /// import goes into gets more teams: each team twice more (<c>CODE-LT1</c>, <c>CODE-LT2</c>, same kind and site,
    /// from 2016-01), so 100.000 rows reach from 2016-01 into 2023. Written once; floor and app get copies of it.
    /// </summary>
    public static async Task<string> PrepareDatabaseAsync(Options o)
    {
        var database = AppServer.CopyTenYears(o, "import-base");
        await using (var db = Context(database))
        {
            var teams = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Team).OrderBy(u => u.Id).ToListAsync();
            db.OrgUnits.AddRange(Enumerable.Range(1, 2).SelectMany(k => teams.Select(t => new OrgUnit
            {
                Code = $"{t.Code}-LT{k}", Name = $"{t.Name} (Lasttest {k})", Kind = OrgUnitKind.Team, ParentId = t.ParentId,
                TeamKind = t.TeamKind, ValidFrom = new DateOnly(2016, 1, 1), IsDemo = true,
            })));
            await db.SaveChangesAsync();
        }

        SqliteConnection.ClearAllPools();
        return database;
    }

    /// <summary>A copy of the prepared import file for one run.</summary>
    public static string Copy(Options o, string preparedDatabase, string name)
    {
        var database = AppServer.NewFile(o, name);
        File.Copy(preparedDatabase, database);
        return database;
    }

    private static AppDbContext Context(string database) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={database};Pooling=False").Options);

    public static async Task<ImportRowsFile> GenerateAsync(string database, int count)
    {
        List<OrgUnit> units;
        List<Indicator> indicators;
        await using (var db = Context(database))
        {
            units = await db.OrgUnits.AsNoTracking().ToListAsync();
            indicators = await db.Indicators.AsNoTracking().Include(i => i.Components).ToListAsync();
        }

        SqliteConnection.ClearAllPools();
        // The generator splits the Jobcenter's totals over the teams: over the original ones, so their figures go on from
        // 2015 without a jump; each load-test copy of a team gets its team's figures.
        var copies = units.Where(u => u.Kind == OrgUnitKind.Team && u.Code.Contains("-LT", StringComparison.Ordinal))
            .ToLookup(u => u.Code[..u.Code.LastIndexOf("-LT", StringComparison.Ordinal)]);
        var teams = units.Where(u => u.Kind == OrgUnitKind.Team && !u.Code.Contains("-LT", StringComparison.Ordinal)).ToList();
        var now = DateTime.Now;
        var figures = FigureGenerator.Generate(teams, indicators, new DateOnly(2016, 1, 1), new DateOnly(now.Year, now.Month, 1));
        var byId = teams.ToDictionary(u => u.Id);
        var components = indicators.SelectMany(i => i.Components.Select(c => (i, c))).ToDictionary(x => x.c.Id);
        var values = figures.ToDictionary(f => (f.UnitId, f.ComponentId, f.Year, f.Month), f => f.Value);
        var rows = new List<(OrgUnit, Indicator, IndicatorComponent, GeneratedFigure)>(count);
        foreach (var f in figures)
        {
            var (indicator, component) = components[f.ComponentId];
            var value = Math.Min(f.Value, ComponentLimits.MaxValue(component));
            if (component.PartOfId is { } whole && values.TryGetValue((f.UnitId, whole, f.Year, f.Month), out var wholeValue))
            {
                value = Math.Min(value, wholeValue);
            }

            var team = byId[f.UnitId];
            foreach (var unit in copies[team.Code].Prepend(team))
            {
                rows.Add((unit, indicator, component, f with { UnitId = unit.Id, Value = value }));
            }

            if (rows.Count >= count)
            {
                rows.RemoveRange(count, rows.Count - count);
                break;
            }
        }

        return rows.Count == count
            ? new ImportRowsFile(rows)
            : throw new DriverException($"only {rows.Count} team figures from 2016-01 to the current month; {count} asked");
    }

    /// <summary>The first <paramref name="count"/> rows as the import file.</summary>
    public byte[] Csv(int count)
    {
        var text = new StringBuilder(ImportColumns.HeaderLine).Append("\r\n");
        foreach (var (unit, indicator, component, f) in Rows.Take(count))
        {
            text.Append(CultureInfo.InvariantCulture, $"{f.Year:D4}-{f.Month:D2};{unit.Code};{indicator.Code};{component.Code};{German.Plain(f.Value)}\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// The first <paramref name="count"/> rows as <c>MonthlyValues</c> rows in the table's column order (read from
    /// the file), no header: Guid and decimal as TEXT and the time as EF's SQLite provider writes them.
    /// </summary>
    public async Task<string> WriteFloorCsvAsync(string database, int count, string path)
    {
        var columns = new List<string>();
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var info = connection.CreateCommand();
            info.CommandText = "SELECT name FROM pragma_table_info('MonthlyValues') ORDER BY cid";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var at = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var (unit, _, component, f) in Rows.Take(count))
        {
            var cells = columns.Select(c => c switch
            {
                "Id" => Guid.CreateVersion7().ToString().ToUpperInvariant(),
                "OrgUnitId" => unit.Id.ToString(CultureInfo.InvariantCulture),
                "ComponentId" => component.Id.ToString(CultureInfo.InvariantCulture),
                "Year" => f.Year.ToString(CultureInfo.InvariantCulture),
                "Month" => f.Month.ToString(CultureInfo.InvariantCulture),
                "Value" => f.Value.ToString(CultureInfo.InvariantCulture),
                "Version" => Guid.NewGuid().ToString().ToUpperInvariant(),
                "IsDemo" => "0",
                "UpdatedBy" => "gf@me-aktiv.example",
                "UpdatedAt" => at,
                _ => throw new DriverException($"MonthlyValues has a column the floor does not know: {c}"),
            });
            await writer.WriteAsync(string.Join(',', cells) + "\n");
        }

        return string.Join(", ", columns);
    }
}
