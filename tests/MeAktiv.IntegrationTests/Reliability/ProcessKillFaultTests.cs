using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Import;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace MeAktiv.IntegrationTests.Reliability;

/// <summary>
/// The fault test of issue 8: the real app (<c>dotnet MeAktiv.Web.dll</c> on a temp SQLite file) is killed with
/// SIGKILL while several API clients save figures (PUT actuals, each on its own figures, one request at a time) and
/// an import of 8.000 rows runs. After every kill the app is started again on the same file and:
/// <c>PRAGMA integrity_check</c> is ok; every save answered with 200 is stored (or the one save still in flight at the
/// kill, which may have committed without its answer); the import is all or nothing; and every figure's latest audit
/// entry holds its stored value and version. Runs: <c>MEAKTIV_FAULT_RUNS</c> (default 3; 50 by hand, docs/performance.md);
/// <c>MEAKTIV_FAULT_REPORT</c> names a file for the per-run report, <c>MEAKTIV_FAULT_SEED</c> varies the kill times.
/// </summary>
public sealed class ProcessKillFaultTests
{
    private const int Clients = 4;
    private const int FiguresPerClient = 30;
    private const int ImportRows = 8_000;

    [Fact]
    public async Task Killing_the_app_while_saves_and_an_import_run_loses_no_acknowledged_save_and_half_writes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var runs = int.TryParse(Environment.GetEnvironmentVariable("MEAKTIV_FAULT_RUNS"), out var r) && r > 0 ? r : 3;
        var folder = Directory.CreateTempSubdirectory("meaktiv-fault-");
        var database = Path.Combine(folder.FullName, "me-aktiv.db");
        var random = new Random(Environment.GetEnvironmentVariable("MEAKTIV_FAULT_SEED") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 8);
        var app = await AppProcess.StartHealthyAsync(database);
        var report = new List<string>();
        try
        {
            // Counts and stocks outside part/whole pairs (generated value 120): any value from 100 to 150 is valid for them.
            var lines = (await ValidRows.GenerateAsync(database, 3 * (ImportRows + Clients * FiguresPerClient), withoutPairs: true))
                .Where(l => l.EndsWith(";120", StringComparison.Ordinal)).ToList();
            lines.Count.ShouldBeGreaterThanOrEqualTo(ImportRows + Clients * FiguresPerClient);
            var importLines = lines[..ImportRows];
            var clientFigures = Enumerable.Range(0, Clients)
                .Select(c => lines.Skip(ImportRows + c * FiguresPerClient).Take(FiguresPerClient).Select(Figure.Parse).ToList()).ToList();
            var importKeys = importLines.Select(l => Figure.Parse(l).Key).ToList();
            for (var run = 1; run <= runs; run++)
            {
                var acknowledged = new Dictionary<string, (decimal Value, Guid Version)>();
                var inFlight = new Dictionary<string, decimal>();
                var total = new int[1]; // acknowledged saves in this run (guarded by the lock on acknowledged)
                var busy = new int[1]; // saves answered 503 (database busy after the busy timeout)
                var stored = await FigureFile.FiguresAsync(database);
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var clients = new List<HttpClient>();
                foreach (var _ in clientFigures)
                {
                    clients.Add(await app.ApiClientAsync(DemoAccounts.Geschaeftsfuehrung)); // signed in before the load starts
                }

                using var importer = await app.ApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
                var savers = clientFigures.Select((figures, c) => SaveLoopAsync(clients[c], figures, stored, run, acknowledged, inFlight, total, busy, stop.Token)).ToList();
                var import = importer.PostImportAsync("lauf.csv", ImportFiles.CsvLines(importLines.Select(l => WithValue(l, run))));

                // Kill after a random number of acknowledged saves (so some runs hit the import midway, some after it).
                var killAfter = random.Next(1, 100);
                var deadline = DateTime.UtcNow.AddSeconds(30);
                while (DateTime.UtcNow < deadline && savers.All(t => !t.IsCompleted))
                {
                    lock (acknowledged)
                    {
                        if (total[0] >= killAfter)
                        {
                            break;
                        }
                    }

                    await Task.Delay(10, ct);
                }

                var importDone = import.IsCompleted;
                await app.KillAsync();
                stop.Cancel();
                var saves = await Task.WhenAll(savers);
                clients.ForEach(c => c.Dispose());
                var (importAnswer, importBody) = await AnswerAsync(import);

                (await FigureFile.IntegrityCheckAsync(database)).ShouldBe("ok", $"run {run}");
                await app.DisposeAsync();
                app = await AppProcess.StartHealthyAsync(database);
                var after = await FigureFile.FiguresAsync(database);

                lock (acknowledged)
                {
                    foreach (var (key, ack) in acknowledged)
                    {
                        var now = after[key];
                        var ok = (now.Value, now.Version) == ack
                                 || (inFlight.TryGetValue(key, out var sent) && now.Value == sent && now.Version != ack.Version);
                        ok.ShouldBeTrue($"run {run}: {key} acknowledged {ack.Value} @{ack.Version}, stored {now.Value} @{now.Version}");
                    }
                }

                var imported = importKeys.Count(k => after.TryGetValue(k, out var f) && f.Value == ImportValue(run));
                imported.ShouldBeOneOf([0, ImportRows], $"run {run}: the import is all or nothing ({importAnswer})");
                if (importAnswer is not null)
                {
                    importAnswer.ShouldBe(HttpStatusCode.OK, $"run {run}: an import that was answered must have been valid: {importBody}");
                    imported.ShouldBe(ImportRows, $"run {run}: the import was acknowledged");
                }

                (await FigureFile.AuditMismatchesAsync(database)).ShouldBeEmpty($"run {run}: audit history = stored values");
                report.Add($"run {run}: {saves.Sum()} saves acknowledged, {busy[0]} answered 503, import {(imported > 0 ? "stored" : "not stored")} " +
                           $"({(importDone ? "finished before the kill" : importAnswer?.ToString() ?? "in flight at the kill, no answer")})");
            }

            report.Add($"{runs} of {runs} fault runs ok");
            TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", report));
        }
        catch (Exception ex) when (ex is not ShouldAssertException)
        {
            throw new ShouldAssertException($"{ex.GetType().Name}: {ex.Message}\n{string.Join("\n", report)}\n{app.Output}", ex);
        }
        catch (ShouldAssertException ex)
        {
            throw new ShouldAssertException($"{ex.Message}\n{string.Join("\n", report)}\n{app.Output}", ex);
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("MEAKTIV_FAULT_REPORT") is { Length: > 0 } reportFile)
            {
                await File.WriteAllLinesAsync(reportFile, report, CancellationToken.None);
            }

            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>One client: saves its figures one after another with new values until the app dies.</summary>
    private static async Task<int> SaveLoopAsync(HttpClient http, List<Figure> figures, Dictionary<string, StoredFigure> stored, int run,
        Dictionary<string, (decimal, Guid)> acknowledged, Dictionary<string, decimal> inFlight, int[] total, int[] busy, CancellationToken stop)
    {
        await Task.Yield();
        var versions = figures.ToDictionary(f => f.Key, f => stored.TryGetValue(f.Key, out var s) ? s.Version : (Guid?)null);
        var count = 0;
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var figure = figures[i % figures.Count];
            var value = 100 + (run * 7 + i) % 50;
            lock (acknowledged)
            {
                inFlight[figure.Key] = value;
            }

            HttpResponseMessage response;
            try
            {
                response = await http.PutAsJsonAsync($"/api/v1/actuals/{figure.Unit}/{figure.Indicator}/{figure.Component}/{figure.Month}",
                    new { value, version = versions[figure.Key]?.ToString(), confirm = true, reason = "Fehlertest" }, CancellationToken.None);
            }
            catch (HttpRequestException)
            {
                return count; // the app was killed
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    lock (acknowledged)
                    {
                        busy[0]++; // not acknowledged: the client is told to send again; nothing was stored
                        inFlight.Remove(figure.Key);
                    }

                    continue;
                }

                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{figure.Key}: {body}");
                var version = JsonDocument.Parse(body).RootElement.GetProperty("version").GetGuid();
                versions[figure.Key] = version;
                lock (acknowledged)
                {
                    acknowledged[figure.Key] = (value, version);
                    inFlight.Remove(figure.Key);
                    total[0]++;
                }

                count++;
            }
        }

        return count;
    }

    private static async Task<(HttpStatusCode? Status, string Body)> AnswerAsync(Task<HttpResponseMessage> import)
    {
        try
        {
            using var response = await import;
            var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            return (response.StatusCode, body[..Math.Min(body.Length, 600)]);
        }
        catch (HttpRequestException)
        {
            return (null, "");
        }
    }

    /// <summary>Alternates, so each run's import changes every one of its rows (within the stock-jump factor).</summary>
    private static decimal ImportValue(int run) => run % 2 == 0 ? 130 : 125;

    private static string WithValue(string line, int run) => line[..(line.LastIndexOf(';') + 1)] + ImportValue(run);

    private sealed record Figure(string Unit, string Indicator, string Component, string Month)
    {
        public string Key => FigureFile.Key(Unit, Indicator, Component, Month);

        public static Figure Parse(string line)
        {
            var p = line.Split(';');
            return new Figure(p[1], p[2], p[3], p[0]);
        }
    }
}
