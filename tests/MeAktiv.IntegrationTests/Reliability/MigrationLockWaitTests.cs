using System.Diagnostics;
using System.Globalization;
using MeAktiv.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace MeAktiv.IntegrationTests.Reliability;

/// <summary>A fresh migration lock may belong to another start: the start waits for it, and fails only once it is old.</summary>
public sealed class MigrationLockWaitTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"meaktiv-lockwait-{Guid.NewGuid():N}.db");

    private string ConnectionString => $"Data Source={_file};Pooling=False";

    public async ValueTask InitializeAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL);""";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        command.CommandText = "INSERT INTO \"__EFMigrationsLock\" VALUES (1, $t);";
        command.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString(CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_lock_released_by_its_holder_within_the_wait_lets_the_start_go_on()
    {
        await using var db = Context();
        var release = Task.Run(async () =>
        {
            await Task.Delay(800, TestContext.Current.CancellationToken);
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM \"__EFMigrationsLock\";";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken);

        var watch = Stopwatch.StartNew();
        await MigrationLock.EnsureFreeAsync(db, new DatabaseOptions { MigrationLockWaitSeconds = 20 }, NullLogger.Instance, TimeProvider.System,
            TestContext.Current.CancellationToken);

        await release;
        watch.Elapsed.ShouldBeGreaterThan(TimeSpan.FromMilliseconds(700));
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_lock_still_held_after_the_wait_stops_the_start_with_the_German_message()
    {
        await using var db = Context();
        var watch = Stopwatch.StartNew();

        var refused = await Should.ThrowAsync<ConfigurationErrorException>(() => MigrationLock.EnsureFreeAsync(db,
            new DatabaseOptions { MigrationLockWaitSeconds = 2 }, NullLogger.Instance, TimeProvider.System, TestContext.Current.CancellationToken));

        watch.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(1));
        refused.Message.ShouldContain("Database:ClearStaleMigrationLock=true");
    }

    private AppDbContext Context() => new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options);
}
