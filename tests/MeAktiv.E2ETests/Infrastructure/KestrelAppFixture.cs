using System.Net;
using MeAktiv.Web.Infrastructure.Startup;
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
/// fresh SQLite file with the demo data, and one Debian Chromium driven by Playwright's bundled driver (no browser
/// download: <c>ExecutablePath</c>, env <c>CHROMIUM_PATH</c> overrides /usr/bin/chromium). One per test collection or
/// class. Every test opens its own <see cref="IBrowserContext"/> (<see cref="NewContextAsync"/>): no cookies, local
/// storage, cache, open pages or pending requests carry over from one test to the next, whatever order they run in.
/// </summary>
public sealed class KestrelAppFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo!2015";

    /// <summary>Playwright's default timeout for actions, waits and navigations in every context (ms).</summary>
    public const float DefaultTimeout = 15_000;

    public static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"meaktiv-e2e-{Guid.NewGuid():N}.db");
    private AppFactory? _factory;
    private IPlaywright? _playwright;

    /// <summary>The app's address with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The browser process; tests never use it directly but open a context each (<see cref="NewContextAsync"/>).</summary>
    public IBrowser Browser { get; private set; } = null!;

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
        await _factory.Services.GetRequiredService<DatabaseStartup>().Ready; // migrated and seeded in the background
        // As a load balancer waits for /health: the warm-up after the start (CacheWarmup) is over before the first test,
        // instead of competing with it for the CPU (CI met a first page that missed its timeout meanwhile).
        await _factory.Services.GetRequiredService<CacheWarmup>().Done;
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().TrimEnd('/') + "/";

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>
    /// A new, empty browser context (an incognito-like profile of its own: signed out, no cookies, no local storage)
    /// with the app as base address, German locale, a 1280×900 viewport (or <paramref name="viewport"/>) and
    /// <see cref="DefaultTimeout"/>. The test closes it when it ends (closing it closes its pages and their circuits).
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = "de-DE",
            ViewportSize = viewport ?? new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(DefaultTimeout);
        return context;
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
