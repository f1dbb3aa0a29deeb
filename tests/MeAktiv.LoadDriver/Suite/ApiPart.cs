using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.LoadDriver.Suite;

/// <summary>
/// The dashboard (<c>GET /api/v1/dashboard?unit=JC&amp;year=2015&amp;month=5</c>) and attainment
/// (<c>GET /api/v1/attainment?unit=JC&amp;year=2015&amp;month=5</c>) APIs over HTTP with the Geschäftsführung's bearer
/// token, on a fresh copy of the 10-year file, beside the SQL floor: one aggregate over the same rows (every figure
/// of the three years the one load reads, summed per component and month) through Microsoft.Data.Sqlite in the
/// driver, on the same file. First request after the start (floor: the first query on a new connection), warm
/// (<c>--api-runs</c>, default 200, floor and API alternating; median and p99), and the first request after a save
/// (<c>PUT /api/v1/actuals/…</c> of one team figure of 2016-01, <c>--save-runs</c> times, default 15; floor: the
/// first query on a new connection after the same save).
/// </summary>
internal static class ApiPart
{
    private const int Year = 2015, Month = 5;

    private const string FloorSql = """
        SELECT "ComponentId", "Year", "Month", SUM(CAST("Value" AS REAL)) AS "Total", COUNT(*) AS "Rows"
        FROM "MonthlyValues"
        WHERE "Year" BETWEEN $from AND $to
        GROUP BY "ComponentId", "Year", "Month"
        """;

    public static async Task RunAsync(Options o, SuiteTable table)
    {
        var database = AppServer.CopyTenYears(o, "api");
        var save = await SaveTargetAsync(database);
        await using var app = await AppServer.StartProductionAsync(o, database, demo: false);
        var auth = await SaversCommand.TokenAsync(app, o.Email, o.Password);
        var paths = new[] { ("dashboard", $"/api/v1/dashboard?unit=JC&year={Year}&month={Month}"), ("attainment", $"/api/v1/attainment?unit=JC&year={Year}&month={Month}") };
        var connection = $"Data Source={database}";

        // The first request after the start, each API once, beside the first floor query on a new connection.
        var firstFloor = await FloorAsync(connection + ";Pooling=False");
        foreach (var (name, path) in paths)
        {
            var first = await GetAsync(app, auth, path);
            table.Ratio($"{name} API, first request after the start", first, firstFloor, "ms", 3);
        }

        // Warm: floor and the two APIs in turn.
        var warmup = 10;
        List<double> floor = [];
        var api = paths.ToDictionary(p => p.Item1, _ => new List<double>());
        for (var i = 0; i < warmup + o.Int("api-runs", 200); i++)
        {
            var f = await FloorAsync(connection);
            foreach (var (name, path) in paths)
            {
                var ms = await GetAsync(app, auth, path);
                if (i >= warmup)
                {
                    api[name].Add(ms);
                }
            }

            if (i >= warmup)
            {
                floor.Add(f);
            }
        }

        foreach (var (name, path) in paths)
        {
            var before = await app.GcAsync();
            await GetAsync(app, auth, path);
            var after = await app.GcAsync();
            Stats.Report($"api {name}", $"{after.DbCommands - before.DbCommands} database commands per warm request");
        }

        Stats.Report("api floor warm", Stats.Summary(floor));
        foreach (var (name, _) in paths)
        {
            Stats.Report($"api {name} warm", Stats.Summary(api[name]));
            table.Ratio($"{name} API warm, median", Stats.Percentile(api[name], 50), Stats.Percentile(floor, 50), "ms", 2);
            table.Absolute($"{name} API warm, p99", Stats.Percentile(api[name], 99), Stats.Percentile(floor, 99), "ms", 50);
        }

        // The first request after a save: save, then the floor on a new connection and the API, alternating which goes first.
        var afterSave = paths.ToDictionary(p => p.Item1, _ => new List<double>());
        List<double> floorAfterSave = [];
        string? version = null;
        for (var i = 0; i < o.Int("save-runs", 15); i++)
        {
            foreach (var (name, path) in paths)
            {
                version = await SaveAsync(app, auth, save, 10 + i, version);
                if (i % 2 == 0)
                {
                    floorAfterSave.Add(await FloorAsync(connection + ";Pooling=False"));
                    afterSave[name].Add(await GetAsync(app, auth, path));
                }
                else
                {
                    afterSave[name].Add(await GetAsync(app, auth, path));
                    floorAfterSave.Add(await FloorAsync(connection + ";Pooling=False"));
                }
            }
        }

        Stats.Report("api floor after a save", Stats.Summary(floorAfterSave));
        foreach (var (name, _) in paths)
        {
            Stats.Report($"api {name} after a save", Stats.Summary(afterSave[name]));
            table.Ratio($"{name} API, first request after a save (median)", Stats.Percentile(afterSave[name], 50),
                Stats.Percentile(floorAfterSave, 50), "ms", 3);
        }
    }

    /// <summary>Milliseconds of one floor query, all rows read.</summary>
    private static async Task<double> FloorAsync(string connectionString)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = FloorSql;
        command.Parameters.AddWithValue("$from", Year - 2);
        command.Parameters.AddWithValue("$to", Year);
        await using var reader = await command.ExecuteReaderAsync();
        var sum = 0.0;
        while (await reader.ReadAsync())
        {
            sum += reader.GetDouble(3);
        }

        return sum > 0 ? watch.Elapsed.TotalMilliseconds : throw new DriverException("the floor found no figures");
    }

    /// <summary>Milliseconds of one GET, the whole answer read.</summary>
    private static async Task<double> GetAsync(AppServer app, AuthenticationHeaderValue auth, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, app.BaseUrl + path);
        request.Headers.Authorization = auth;
        var watch = Stopwatch.StartNew();
        using var response = await app.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        return response.IsSuccessStatusCode && body.Length > 0
            ? watch.Elapsed.TotalMilliseconds
            : throw new DriverException($"GET {path}: {(int)response.StatusCode}");
    }

    private sealed record SaveTarget(string Unit, string Indicator, string Component);

    /// <summary>A team figure of 2016-01 (a month after the data, not closed) the save writes again and again.</summary>
    private static async Task<SaveTarget> SaveTargetAsync(string database)
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={database};Pooling=False").Options);
        var team = (await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Team).OrderBy(u => u.Code).ToListAsync())
            .First(u => u.ExistsIn(2016, 1));
        var indicator = (await db.Indicators.AsNoTracking().Include(i => i.Components).OrderBy(i => i.Code).ToListAsync())
            .First(i => i.IsEnteredAt(team) && i.Category != TargetCategory.Stadtbericht && i.Components.Any(c => c.Kind == ComponentKind.Count));
        return new SaveTarget(team.Code, indicator.Code, indicator.Components.First(c => c.Kind == ComponentKind.Count).Code);
    }

    private static async Task<string> SaveAsync(AppServer app, AuthenticationHeaderValue auth, SaveTarget t, int value, string? version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{app.BaseUrl}/api/v1/actuals/{t.Unit}/{t.Indicator}/{t.Component}/2016-01")
        {
            Content = JsonContent.Create(new { value, version, confirm = true, reason = "Lasttest: Speichern vor dem Abruf" }),
        };
        request.Headers.Authorization = auth;
        using var response = await app.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.GetProperty("version").GetString()!
            : throw new DriverException($"PUT {t.Unit}/{t.Indicator}/{t.Component}/2016-01: {(int)response.StatusCode} {body}");
    }
}
