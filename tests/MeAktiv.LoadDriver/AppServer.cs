using System.Diagnostics;
using System.Net.Http.Json;

namespace MeAktiv.LoadDriver;

/// <summary>
/// A published app (ME-aktiv or the bare Blazor app) started as its own process on a loopback port, pinned with
/// <c>taskset -c CPU</c>, in the Production environment; stopped (killed by its own process id) on dispose.
/// </summary>
internal sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;

    private AppServer(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>The server's process id (<c>taskset</c> execs <c>dotnet</c>, so it is the app's own).</summary>
    public int ProcessId => _process.Id;

    /// <summary>CPU time the server process has used so far (user + system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>ME-aktiv on a fresh copy of the prepared 10-year database, with the GC endpoint switched on.</summary>
    public static Task<AppServer> StartMeAktivAsync(Options o, string name)
    {
        var database = CopyTenYears(o, name);
        return StartAsync(o, Path.Combine(o.Web, "MeAktiv.Web.dll"), o.Int("port", 5190), "/health",
        [
            "--Database:Provider=Sqlite", $"--ConnectionStrings:MeAktiv=Data Source={database}",
            "--Database:SeedDemoData=true", "--Diagnostics:EnableGcEndpoint=true",
            "--Serilog:MinimumLevel:Default=Warning", "--Logging:LogLevel:Default=Warning",
            "--Security:CookieSecurePolicy=SameAsRequest", // plain http:// on loopback (no certificate here)
        ]);
    }

    /// <summary>
    /// ME-aktiv as the <c>suite</c> runs it: on <paramref name="database"/> (a copy of the 10-year file, or a new file),
    /// Production environment with the production configuration (appsettings.json: Serilog at Information, request
    /// logging on, console and file sink), only the GC endpoint switched on; <paramref name="demo"/>: seed the demo data
    /// into a new file as Development does. <see cref="Started"/> is the time from process start to a healthy <c>/health</c>.
    /// </summary>
    public static Task<AppServer> StartProductionAsync(Options o, string database, bool demo, int portOffset = 0) =>
        StartAsync(o, Path.Combine(o.Web, "MeAktiv.Web.dll"), o.Int("port", 5190) + portOffset, "/health",
        [
            "--Database:Provider=Sqlite", $"--ConnectionStrings:MeAktiv=Data Source={database}",
            $"--Database:SeedDemoData={(demo ? "true" : "false")}", "--Diagnostics:EnableGcEndpoint=true",
            "--Security:CookieSecurePolicy=SameAsRequest", // plain http:// on loopback (no certificate here)
        ]);

    /// <summary>A fresh copy of the prepared 10-year file named <c>run-NAME.db</c> in the work folder.</summary>
    public static string CopyTenYears(Options o, string name)
    {
        var source = Path.Combine(o.Work, "me-aktiv-10y.db");
        if (!File.Exists(source))
        {
            throw new DriverException($"{source} is missing: run the 'prepare' subcommand first.");
        }

        var database = NewFile(o, name);
        File.Copy(source, database);
        return database;
    }

    /// <summary>The path of <c>run-NAME.db</c> in the work folder, with any earlier file of that name deleted.</summary>
    public static string NewFile(Options o, string name)
    {
        var database = Path.Combine(o.Work, $"run-{name}.db");
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(database + suffix);
        }

        return database;
    }

    /// <summary>Time from starting the process to the first successful answer of the probe path.</summary>
    public TimeSpan Started { get; private set; }

    /// <summary>Resident memory of the server process now (VmRSS of /proc), in bytes.</summary>
    public long ResidentBytes() => ProcStatus("VmRSS:");

    private long ProcStatus(string key)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                return long.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>The bare <c>dotnet new blazor</c> app that <c>prepare</c> published.</summary>
    public static Task<AppServer> StartFloorAsync(Options o) =>
        StartAsync(o, Path.Combine(o.Work, "floor-app", "Floor.dll"), o.Int("port", 5190) + 1, "/counter",
            ["--Logging:LogLevel:Default=Warning"]);

    private static async Task<AppServer> StartAsync(Options o, string dll, int port, string probe, string[] args)
    {
        if (!File.Exists(dll))
        {
            throw new DriverException($"{dll} is missing: run the 'prepare' subcommand first.");
        }

        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("taskset")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in (string[])["-c", o.ServerCpu, "dotnet", dll, "--urls", url, .. args])
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var watch = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new DriverException("could not start " + dll);
        var log = Path.Combine(o.Work, Path.GetFileNameWithoutExtension(dll) + ".log");
        _ = Task.Run(async () => await File.WriteAllTextAsync(log, await process.StandardOutput.ReadToEndAsync()));
        _ = Task.Run(async () => await File.AppendAllTextAsync(log + ".err", await process.StandardError.ReadToEndAsync()));
        var server = new AppServer(process, url);
        while (watch.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited)
            {
                throw new DriverException($"{dll} exited with {process.ExitCode}; see {log}(.err)");
            }

            try
            {
                using var response = await server.Http.GetAsync(url + probe);
                if (response.IsSuccessStatusCode)
                {
                    server.Started = watch.Elapsed;
                    Stats.Report("server", $"{Path.GetFileName(dll)} up at {url} on cpu {o.ServerCpu} after {watch.ElapsedMilliseconds} ms");
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(20);
        }

        await server.DisposeAsync();
        throw new DriverException($"{dll} did not answer {probe} within 3 minutes");
    }

    /// <summary>GET /diagnostics/gc: heap after a full compacting collection, open circuits, EF commands so far.</summary>
    public async Task<GcSample> GcAsync() =>
        (await Http.GetFromJsonAsync<GcSample>(BaseUrl + "/diagnostics/gc"))!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

internal sealed record GcSample(long HeapBytes, long Circuits, long DbCommands);
