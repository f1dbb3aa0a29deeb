using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using MeAktiv.Core.Seeding;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Seeding;

/// <summary>
/// A real SQLite file in a temp folder with the data services as the app registers them (no web host): migrations
/// and seeding run through <see cref="DatabaseInitializer"/> exactly as at start-up.
/// </summary>
internal sealed class SeedTestDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private readonly ServiceProvider _services;

    private SeedTestDatabase(string folder, ServiceProvider services)
    {
        _folder = folder;
        _services = services;
    }

    public string DatabaseFile => Path.Combine(_folder, "me-aktiv.db");

    public static SeedTestDatabase Create(bool demo, IDictionary<string, string?>? settings = null, string? seedPath = null,
        TimeProvider? clock = null, IInterceptor? interceptor = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "me-aktiv-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:MeAktiv"] = $"Data Source={Path.Combine(folder, "me-aktiv.db")}",
            ["Database:SeedDemoData"] = demo ? "true" : "false",
            ["Database:SeedPath"] = seedPath ?? RepoPaths.Seeds,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddMeAktivData(configuration).AddSeeding();
        if (interceptor is not null)
        {
            services.ConfigureDbContext<AppDbContext>((_, o) => o.AddInterceptors(interceptor));
        }

        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
        services.AddScoped<ICurrentUser, SystemUser>();
        return new SeedTestDatabase(folder, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Runs the start-up work (migrate + seed) in a fresh scope, as the app does once per start.</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
    }

    /// <summary>The schema from the schema script, nothing else: the next <see cref="InitializeAsync"/> then seeds through
    /// EF, as on a file that is not new.</summary>
    public Task CreateSchemaAsync(CancellationToken ct) => QueryAsync(db => SqliteSchemaScript.TryCreateAsync(db, ct: ct), ct);

    /// <summary>The seeding's steps up to the budget through EF (what a <see cref="SeedScript"/> holds).</summary>
    public async Task SeedUpToBudgetAsync(bool demo, CancellationToken ct)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().SeedUpToBudgetAsync(demo, ct);
    }

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query, CancellationToken ct)
    {
        await using var scope = _services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>()
            .CreateDbContextAsync(ct);
        return await query(db);
    }

    public async Task<T> WithUsersAsync<T>(Func<UserManager<AppUser>, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    /// <summary>Row counts of every table the seed writes: equal before and after a run means nothing changed.</summary>
    public Task<string> CountsAsync(CancellationToken ct) => QueryAsync(async db => string.Join(", ",
        $"cities {await db.Cities.CountAsync(ct)}",
        $"units {await db.OrgUnits.CountAsync(ct)}",
        $"unitCities {await db.OrgUnitCities.CountAsync(ct)}",
        $"indicators {await db.Indicators.CountAsync(ct)}",
        $"components {await db.IndicatorComponents.CountAsync(ct)}",
        $"targets {await db.Targets.CountAsync(ct)}",
        $"versions {await db.TargetVersions.CountAsync(ct)}",
        $"values {await db.MonthlyValues.CountAsync(ct)}",
        $"duties {await db.ReportingDuties.CountAsync(ct)}",
        $"states {await db.MonthStatuses.CountAsync(ct)}",
        $"audit {await db.AuditEntries.CountAsync(ct)}",
        $"roles {await db.Roles.CountAsync(ct)}",
        $"users {await db.Users.CountAsync(ct)}",
        $"userRoles {await db.UserRoles.CountAsync(ct)}",
        $"userUnits {await db.UserOrgUnits.CountAsync(ct)}"), ct);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }

    private sealed class SystemUser : ICurrentUser
    {
        public string UserName => "system";
    }
}
