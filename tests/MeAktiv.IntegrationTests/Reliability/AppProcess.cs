using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Reliability;

/// <summary>
/// The real built app as a process (<c>dotnet MeAktiv.Web.dll</c>) on an SQLite file, environment Testing with the
/// demo data; its console output is collected for failure messages. <see cref="Kill"/> is SIGKILL.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, int port, StringBuilder output)
    {
        _process = process;
        Port = port;
        Output = output;
    }

    public int Port { get; }

    public StringBuilder Output { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the app and waits for <c>/health</c> (up to 3 attempts on new ports if the port was taken).</summary>
    public static async Task<AppProcess> StartHealthyAsync(string database, IDictionary<string, string>? settings = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var log = new StringBuilder();
        for (var attempt = 1; ; attempt++)
        {
            var app = Start(database, FreePort(), settings, log);
            if (await app.WaitHealthyAsync(TimeSpan.FromSeconds(120), ct))
            {
                return app;
            }

            await app.DisposeAsync();
            if (attempt == 3)
            {
                throw new ShouldAssertException($"the app did not start (3 attempts): {log}");
            }

            log.AppendLine($"--- start attempt {attempt} failed, retrying on a new port");
        }
    }

    /// <summary>Starts the process without waiting (for tests of a refused start).</summary>
    public static AppProcess Start(string database, int port, IDictionary<string, string>? settings = null, StringBuilder? log = null,
        params string[] arguments)
    {
        var output = log ?? new StringBuilder();
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(database)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MeAktiv.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (arguments.Length == 0)
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add($"http://127.0.0.1:{port}");
        }

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
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start).ShouldNotBeNull();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, port, output);
    }

    /// <summary>Runs a command of the app (<c>backup</c>, <c>restore</c>) to its end; returns exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string database, params string[] arguments)
    {
        await using var app = Start(database, 0, null, null, arguments);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        await app._process.WaitForExitAsync(timeout.Token);
        app._process.WaitForExit(); // the last output lines
        return (app._process.ExitCode, app.Output.ToString());
    }

    /// <summary>Waits until the process exits (true) or the time is up (false).</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            _process.WaitForExit();
            return true;
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<bool> WaitHealthyAsync(TimeSpan limit, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/health", ct)).StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // not listening yet
            }

            await Task.Delay(200, ct);
        }

        return false;
    }

    /// <summary>An API client with a bearer token of the account.</summary>
    public async Task<HttpClient> ApiClientAsync(string email)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        using var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoAccounts.Password },
            TestContext.Current.CancellationToken);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<TokenResponse>(TestContext.Current.CancellationToken))!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>SIGKILL: no shutdown, no rollback by the app, no flush.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
