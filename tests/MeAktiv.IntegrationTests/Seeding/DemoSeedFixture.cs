using System.Diagnostics;

namespace MeAktiv.IntegrationTests.Seeding;

/// <summary>One demo database for the read-only checks of <see cref="DemoSeedTests"/> (seeding hashes ~22 passwords).</summary>
public sealed class DemoSeedFixture : IAsyncLifetime
{
    internal SeedTestDatabase Database { get; } = SeedTestDatabase.Create(demo: true);

    /// <summary>Time of migration plus complete demo seed on a fresh SQLite file.</summary>
    public TimeSpan InitializeTime { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        await Database.InitializeAsync(TestContext.Current.CancellationToken);
        InitializeTime = watch.Elapsed;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
