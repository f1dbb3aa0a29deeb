using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// The real app as a process (<c>dotnet MeAktiv.Web.dll</c>) on a temp SQLite file, killed with SIGKILL in the middle
/// of an import over HTTP, once the import has written 12 MB into SQLite's write-ahead log (EF Core creates SQLite
/// files in WAL mode) — about 40 % of the 30 MB its 40.000 rows with their audit entries take, several chunks of
/// <c>FigureEntryService</c> (1.000 rows each): the killed transaction's pages stay in the -wal file without a commit record.
/// Afterwards the database holds exactly what it held before and <c>PRAGMA integrity_check</c> is ok. (Were the
/// rows committed in several transactions, the chunks written before the kill would remain: this test fails then.)
/// </summary>
public sealed class ImportProcessKillTests
{
    [Fact]
    public async Task Killing_the_app_during_an_import_leaves_the_database_as_it_was()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("meaktiv-kill-");
        var database = Path.Combine(folder.FullName, "me-aktiv.db");
        var wal = database + "-wal";
        var output = new StringBuilder();
        var (process, port) = await StartHealthyAsync(folder.FullName, database, output, ct);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
            var login = await http.PostAsJsonAsync("/api/v1/auth/login",
                new { email = DemoAccounts.Geschaeftsfuehrung, password = DemoAccounts.Password }, ct);
            var token = (await login.Content.ReadFromJsonAsync<TokenResponse>(ct))!.AccessToken;
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var file = ImportFiles.CsvLines(await ValidRows.GenerateAsync(database, 40_000));
            var before = await FigureState.ReadFileAsync(database);
            var walBefore = Length(wal);

            var import = http.PostImportAsync("gross.csv", file);
            while (Length(wal) < walBefore + (12 << 20))
            {
                if (import.IsCompleted)
                {
                    var response = await import;
                    throw new ShouldAssertException("the import finished before its transaction was seen: " +
                        $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}\n{output}");
                }

                await Task.Delay(2, ct);
            }

            import.IsCompleted.ShouldBeFalse("the import must still be running when the app is killed");
            process.Kill(); // SIGKILL: no shutdown, no rollback by the app, no flush
            await process.WaitForExitAsync(ct);
            await Should.ThrowAsync<HttpRequestException>(() => import);

            (await FigureState.ReadFileAsync(database)).ShouldBe(before);
            (await IntegrityCheckAsync(database)).ShouldBe("ok");
        }
        catch (Exception ex) when (ex is not ShouldAssertException)
        {
            throw new ShouldAssertException($"{ex.GetType().Name}: {ex.Message}\n{output}", ex);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.Dispose();
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static Process Start(string folder, string database, int port)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MeAktiv.Web.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__MeAktiv"] = $"Data Source={database}";
        start.Environment["Database__MigrateOnStartup"] = "true";
        start.Environment["Database__SeedDemoData"] = "true";
        start.Environment["Database__SeedPath"] = RepoPaths.Seeds;
        start.Environment["Demo__Password"] = DemoAccounts.Password;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__WriteTo__0__Name"] = "Console";
        return Process.Start(start).ShouldNotBeNull();
    }

    /// <summary>Starts the app and waits for /health; a start that fails (e.g. the free port was taken in between) is retried.</summary>
    private static async Task<(Process Process, int Port)> StartHealthyAsync(string folder, string database, StringBuilder output,
        CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var process = Start(folder, database, port);
            process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
            process.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                try
                {
                    if ((await http.GetAsync("/health", ct)).StatusCode == HttpStatusCode.OK)
                    {
                        return (process, port);
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(200, ct);
            }

            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync(ct);
            process.Dispose();
            if (attempt == 3)
            {
                throw new ShouldAssertException($"the app did not start (3 attempts): {output}");
            }

            output.AppendLine($"--- start attempt {attempt} failed, retrying on a new port and a new file");
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(database + suffix); // a start killed during its migration would leave a migration lock
            }
        }
    }

    private static async Task<string?> IntegrityCheckAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    private static long Length(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
