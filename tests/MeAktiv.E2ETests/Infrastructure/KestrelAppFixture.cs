using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MeAktiv.E2ETests.Infrastructure;

/// <summary>
/// The app on a real Kestrel socket (127.0.0.1, dynamic port; .NET 10 <c>WebApplicationFactory.UseKestrel</c>) on a
/// fresh SQLite file with the demo data, and Debian's Chromium driven by Playwright's bundled driver (no browser
/// download: <c>ExecutablePath</c>, env <c>CHROMIUM_PATH</c> overrides /usr/bin/chromium). One per test collection.
/// </summary>
public sealed class KestrelAppFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo!2015";

    public static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"meaktiv-e2e-{Guid.NewGuid():N}.db");
    private readonly string _userDataDir = Path.Combine(Path.GetTempPath(), $"meaktiv-chromium-{Guid.NewGuid():N}");
    private AppFactory? _factory;
    private IPlaywright? _playwright;

    /// <summary>The app's address with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The browser (a persistent context: Playwright refuses <c>--user-data-dir</c> in Args).</summary>
    public IBrowserContext Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}: 'apt-get install chromium' or set CHROMIUM_PATH.");
        }

        _factory = new AppFactory($"Data Source={_databasePath}");
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().TrimEnd('/') + "/";

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_userDataDir, new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "de-DE",
            BaseURL = BaseUrl,
        });
        Browser.SetDefaultTimeout(15_000);
    }

    /// <summary>A fresh page with no cookies (every test starts signed out).</summary>
    public async Task<IPage> NewPageAsync()
    {
        await Browser.ClearCookiesAsync();
        return await Browser.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(_databasePath + suffix);
        }

        try
        {
            Directory.Delete(_userDataDir, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile; it lives in the temp folder.
        }
    }

    private sealed class AppFactory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseStaticWebAssets();
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:MeAktiv", connectionString);
            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("Database:SeedDemoData", "true");
            builder.UseSetting("Database:SeedPath", SeedsFolder());
            builder.UseSetting("Demo:Password", DemoPassword);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Security:CookieSecurePolicy", "SameAsRequest"); // plain http:// on loopback
            builder.UseSetting("Security:LoginRateLimit:PermitLimit", "0");
        }

        /// <summary>The repository's seeds (ME-aktiv.sln's folder, found from the binaries or the web project's
        /// folder), else the copy the web project puts next to the binaries.</summary>
        private static string SeedsFolder()
        {
            var starts = new List<string> { AppContext.BaseDirectory };
            starts.AddRange(typeof(KestrelAppFixture).Assembly
                .GetCustomAttributes(typeof(WebApplicationFactoryContentRootAttribute), false)
                .Cast<WebApplicationFactoryContentRootAttribute>()
                .Select(a => a.ContentRootPath)
                .Where(p => !string.IsNullOrEmpty(p) && Path.IsPathRooted(p)));
            foreach (var start in starts)
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "ME-aktiv.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
                    {
                        return Path.Combine(dir.FullName, "seeds");
                    }
                }
            }

            return Path.Combine(AppContext.BaseDirectory, "seeds");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<KestrelAppFixture>
{
    public const string Name = "Browser";
}
