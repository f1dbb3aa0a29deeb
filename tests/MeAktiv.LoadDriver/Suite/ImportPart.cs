using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MeAktiv.LoadDriver.Suite;

/// <summary>
/// Import of <c>--import-rows</c> (default 100.000) valid rows (<see cref="ImportRowsFile"/>) through the real API
/// (<c>POST /api/v1/imports</c>, multipart CSV, bearer token of the Geschäftsführung) into a fresh copy of the
/// 10-year file, beside the floor: <c>sqlite3 .import</c> of the same rows (a CSV of <c>MonthlyValues</c> rows) into
/// a copy of the same file, i.e. the same table with the same indexes and constraints (foreign keys on, as the app has
/// them). Half the rows too, to see whether the server's memory grows with the file: resident memory (VmRSS) sampled
/// every 10 ms during the request, peak minus the value before it. Floor and app alternate, half then full size. For
/// information, at full size: the floor with the audit entries the app wrote (one per figure, exported from its file).
/// </summary>
internal static class ImportPart
{
    public static async Task RunAsync(Options o, SuiteTable table)
    {
        var full = o.Int("import-rows", 100_000);
        var half = full / 2;
        var prepared = await ImportRowsFile.PrepareDatabaseAsync(o);
        var rows = await ImportRowsFile.GenerateAsync(prepared, full);
        Stats.Report("import", $"{full} rows generated, {rows.Rows[0].Figure.Year}-{rows.Rows[0].Figure.Month:D2} .. " +
                               $"{rows.Rows[^1].Figure.Year}-{rows.Rows[^1].Figure.Month:D2}, {rows.Rows.Select(r => r.Unit.Id).Distinct().Count()} teams");
        var results = new Dictionary<int, (double Floor, double App, double Growth)>();
        var withAudit = 0.0;
        foreach (var count in new[] { half, full })
        {
            var floor = await FloorAsync(o, ImportRowsFile.Copy(o, prepared, "import-floor"), rows, count);
            var database = ImportRowsFile.Copy(o, prepared, "import-app");
            var auditBefore = await Scalar(database, "SELECT COALESCE(MAX(Id), 0) FROM AuditEntries WHERE EntityType = 'MonthlyValue'");
            var (seconds, growth) = await AppAsync(o, database, rows, count);
            results[count] = (floor, seconds, growth);
            Stats.Report("import", $"{count} rows: sqlite3 .import {floor:F2} s, API {seconds:F2} s ({seconds / floor:F1}×), " +
                                   $"server memory +{growth / 1048576.0:F0} MiB");
            if (count == full)
            {
                // The same floor with the audit entries the app wrote (its own rows, exported), in one transaction.
                var audit = Path.Combine(o.Work, "import-floor-audit.csv");
                var (exit, error) = await Sqlite3Async(o, database, ".mode csv", $".once {audit}",
                    $"SELECT * FROM AuditEntries WHERE EntityType = 'MonthlyValue' AND Id > {auditBefore} ORDER BY Id");
                if (exit != 0 || error.Length > 0)
                {
                    throw new DriverException($"sqlite3 export of the audit entries: exit {exit}: {error}");
                }

                withAudit = await FloorAsync(o, ImportRowsFile.Copy(o, prepared, "import-floor-audit"), rows, count, audit);
            }
        }

        table.Ratio($"import of {full:N0} rows: API vs sqlite3 .import", results[full].App, results[full].Floor, "s", 3);
        table.Info($"import of {half:N0} rows: API vs sqlite3 .import", results[half].App, results[half].Floor, "s");
        table.Info($"import of {full:N0} rows: API vs sqlite3 .import of the figures and their audit entries", results[full].App, withAudit, "s");
        table.Ratio($"server memory growth during the import, {full:N0} rows (floor: {half:N0} rows)",
            results[full].Growth / 1048576.0, results[half].Growth / 1048576.0, "MiB", 1.2);
    }

    /// <summary>Seconds of <c>sqlite3 FILE .import</c> (process start to exit) of the rows into a copy of the 10-year file;
    /// with <paramref name="audit"/> (a CSV of <c>AuditEntries</c> rows) those too, both in one transaction.</summary>
    private static async Task<double> FloorAsync(Options o, string database, ImportRowsFile rows, int count, string? audit = null)
    {
        var csv = Path.Combine(o.Work, "import-floor.csv");
        var columns = await rows.WriteFloorCsvAsync(database, count, csv);
        var auditBefore = await Scalar(database, "SELECT COUNT(*) FROM AuditEntries");
        string[] commands = audit is null
            ? ["PRAGMA foreign_keys=ON;", ".mode csv", $".import {csv} MonthlyValues"]
            : ["PRAGMA foreign_keys=ON;", ".mode csv", "BEGIN;", $".import {csv} MonthlyValues", $".import {audit} AuditEntries", "COMMIT;"];
        var watch = Stopwatch.StartNew();
        var (exit, error) = await Sqlite3Async(o, database, commands);
        watch.Stop();
        var stored = await Scalar(database, "SELECT COUNT(*) FROM MonthlyValues WHERE Year >= 2016");
        var audited = await Scalar(database, "SELECT COUNT(*) FROM AuditEntries") - auditBefore;
        if (exit != 0 || error.Length > 0 || stored != count || audited != (audit is null ? 0 : count))
        {
            throw new DriverException($"sqlite3 .import: exit {exit}, {stored} of {count} rows and {audited} audit entries stored: {error}");
        }

        Stats.Report("import floor", $"{count} rows ({columns}){(audit is null ? "" : $" and {audited} audit entries")} in {watch.Elapsed.TotalMilliseconds:F0} ms");
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Runs <c>sqlite3 FILE COMMAND...</c>; its exit code and standard error.</summary>
    private static async Task<(int Exit, string Error)> Sqlite3Async(Options o, string database, params string[] commands)
    {
        var info = new ProcessStartInfo(o.Get("sqlite3", "/usr/bin/sqlite3")) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in (string[])[database, .. commands])
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new DriverException("could not start sqlite3");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }

    /// <summary>Seconds of the import request and the peak growth of the server's resident memory meanwhile.</summary>
    private static async Task<(double Seconds, long Growth)> AppAsync(Options o, string database, ImportRowsFile rows, int count)
    {
        const string auditSql = "SELECT COUNT(*) FROM AuditEntries WHERE EntityType = 'MonthlyValue'";
        var auditBefore = await Scalar(database, auditSql);
        var body = rows.Csv(count);
        // Kept beside the databases: the same file can be imported again by hand (e.g. under dotnet-trace).
        await File.WriteAllBytesAsync(Path.Combine(o.Work, $"import-app-{count}.csv"), body);
        await using var app = await AppServer.StartProductionAsync(o, database, demo: false);
        var auth = await SaversCommand.TokenAsync(app, o.Email, o.Password);
        await app.GcAsync();
        var before = app.ResidentBytes();
        var peak = before;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, app.ResidentBytes());
                await Task.Delay(10);
            }
        });

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(body);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "lasttest.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, app.BaseUrl + "/api/v1/imports") { Content = form };
        request.Headers.Authorization = auth;
        var watch = Stopwatch.StartNew();
        using var response = await app.Http.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        watch.Stop();
        await done.CancelAsync();
        await sampler;
        peak = Math.Max(peak, app.ResidentBytes());
        if (!response.IsSuccessStatusCode)
        {
            throw new DriverException($"import of {count} rows: {(int)response.StatusCode} {answer[..Math.Min(answer.Length, 800)]}");
        }

        var created = JsonDocument.Parse(answer).RootElement.GetProperty("new").GetInt32();
        var stored = await Scalar(database, "SELECT COUNT(*) FROM MonthlyValues WHERE Year >= 2016");
        var audited = await Scalar(database, auditSql) - auditBefore;
        if (created != count || stored != count || audited != count)
        {
            throw new DriverException($"import of {count} rows: {created} new, {stored} stored, {audited} audit entries");
        }

        Stats.Report("import app", $"{count} rows in {watch.Elapsed.TotalMilliseconds:F0} ms ({body.Length / 1024} KiB CSV), {audited} audit entries; " +
                                   $"server memory {before / 1048576.0:F0} → peak {peak / 1048576.0:F0} MiB");
        return (watch.Elapsed.TotalSeconds, peak - before);
    }

    internal static async Task<long> Scalar(string database, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
