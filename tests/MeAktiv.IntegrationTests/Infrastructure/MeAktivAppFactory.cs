using System.Net.Http.Headers;
using System.Net.Http.Json;
using MeAktiv.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MeAktiv.Web.Infrastructure.Startup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeAktiv.IntegrationTests.Infrastructure;

/// <summary>
/// The real app (Program) in-process on TestServer, on a fresh temporary SQLite FILE (never EF InMemory: the
/// migrations, constraints and SQL of the real provider are part of what is tested). Environment "Testing",
/// migrated at start-up and loaded with the demo data (organisation, targets, demo accounts) from the repository's
/// seed files. Share one instance per test class (<c>IClassFixture</c>) or per collection (<see cref="SharedAppCollection"/>):
/// start-up (migrate + seed) is the expensive part.
/// </summary>
public class MeAktivAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"meaktiv-it-{Guid.NewGuid():N}.db");

    public string DatabasePath => _databasePath;

    public string ConnectionString => $"Data Source={_databasePath}";

    /// <summary>Extra settings (UseSetting) for a derived factory; applied after the defaults, so they win.</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the static web assets (_framework/blazor.web.js, _content/MudBlazor/*) are not mapped.
        builder.UseStaticWebAssets();
        // UseSetting (not ConfigureAppConfiguration): visible while Program's top-level code reads the settings.
        builder.UseSetting("Database:Provider", DatabaseProvider.Sqlite);
        builder.UseSetting("ConnectionStrings:MeAktiv", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Database:SeedPath", RepoPaths.Seeds);
        builder.UseSetting("Demo:Password", DemoAccounts.Password);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Plain http:// in tests: cookies Secure only on https (production default: Always, see HardeningTests).
        builder.UseSetting("Security:CookieSecurePolicy", "SameAsRequest");
        // The tests sign in hundreds of times from one address; LoginRateLimitTests switches the limit on.
        builder.UseSetting("Security:LoginRateLimit:PermitLimit", "0");
        // The notification worker stays off unless a test switches it on (NotificationAppFactory runs the rules itself).
        builder.UseSetting("Notifications:Background", "false");
        // No cache warm-up after the start: tests count the commands of a cold load (CacheWarmupTests switches it on).
        builder.UseSetting("Performance:WarmUp", "false");
        ConfigureSettings(builder);
    }

    /// <summary>Whether starting the app waits until the database is migrated and seeded (the app answers 503 meanwhile,
    /// DatabasePreparingMiddleware); a factory that looks at that page turns it off.</summary>
    protected virtual bool WaitForDatabase => true;

    /// <summary>The started app, once its database start-up (run in the background) is done; a failed start-up
    /// throws its exception here, so the fixture fails with the app's own exception.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitForDatabase)
        {
            host.Services.GetRequiredService<DatabaseStartup>().Ready.GetAwaiter().GetResult();
        }

        return host;
    }

    /// <summary>Starts the app (migration and seeding included) when the fixture is created, so a broken start
    /// fails the fixture with the app's own exception instead of the first test.</summary>
    public virtual ValueTask InitializeAsync()
    {
        StartServer();
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            try
            {
                File.Delete(_databasePath + suffix);
            }
            catch (IOException)
            {
                // A file still held open must not fail the run; it lives in the temp folder.
            }
        }
    }

    /// <summary>A client like a browser: keeps cookies, does NOT follow redirects (tests look at the 302s).</summary>
    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser-like client signed in through the login form (cookie).</summary>
    public async Task<HttpClient> CreateSignedInBrowserClientAsync(string email, string password = DemoAccounts.Password)
    {
        var client = CreateBrowserClient();
        using var response = await LoginForm.SubmitAsync(client, email, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException(
                $"Login form for {email} answered {(int)response.StatusCode} instead of a redirect.");
        }

        return client;
    }

    /// <summary>POST /api/v1/auth/login; throws unless 200.</summary>
    public async Task<TokenResponse> GetTokenAsync(string email, string password = DemoAccounts.Password)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password },
            TestContext.Current.CancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"API login for {email} answered {(int)response.StatusCode}: " +
                await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        return (await response.Content.ReadFromJsonAsync<TokenResponse>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>An API client with <c>Authorization: Bearer</c> of the given account.</summary>
    public async Task<HttpClient> CreateApiClientAsync(string email, string password = DemoAccounts.Password)
    {
        var token = await GetTokenAsync(email, password);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }
}

/// <summary>The body of a successful POST /api/v1/auth/login (shape of Identity's API endpoints).</summary>
public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

/// <summary>One app shared by the read-only test classes (they run one after another, on one database).</summary>
[CollectionDefinition(Name)]
public sealed class SharedAppCollection : ICollectionFixture<MeAktivAppFactory>
{
    public const string Name = "Shared app (read-only)";
}

/// <summary>
/// One app for the login tests: they change account state (failed-attempt counters, a lockout), so they stay apart
/// from the read-only tests; each test uses accounts that no other test here drives towards a lockout.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LoginAppCollection : ICollectionFixture<MeAktivAppFactory>
{
    public const string Name = "Login app (changes account state)";
}
