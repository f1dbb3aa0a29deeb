using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MeAktiv.IntegrationTests.Reliability;

/// <summary>
/// A start killed during its migration leaves a row in <c>__EFMigrationsLock</c>; EF Core would then wait for it
/// forever on the next start. The real app as a process: it refuses to start at once with exit code 2 and a German
/// message naming the setting, and with <c>Database:ClearStaleMigrationLock=true</c> removes the lock and starts.
/// </summary>
public sealed class MigrationLockTests
{
    [Fact]
    public async Task A_stale_migration_lock_stops_the_start_with_a_German_message_naming_the_setting_not_a_silent_hang()
    {
        var folder = Directory.CreateTempSubdirectory("meaktiv-lock-");
        var database = Path.Combine(folder.FullName, "me-aktiv.db");
        try
        {
            await LeaveStaleLockAsync(database);

            await using var app = AppProcess.Start(database, AppProcess.FreePort());
            (await app.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBeTrue($"the app must not hang:\n{app.Output}");

            app.ExitCode.ShouldBe(2, app.Output.ToString());
            var output = app.Output.ToString();
            output.ShouldContain("für Migrationen gesperrt", customMessage: output);
            output.ShouldContain("Database:ClearStaleMigrationLock=true", customMessage: output);
            (await LockRowsAsync(database)).ShouldBe(1, "nothing is removed without the setting");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task With_the_setting_the_stale_lock_is_removed_and_the_app_migrates_and_starts()
    {
        var folder = Directory.CreateTempSubdirectory("meaktiv-lock-");
        var database = Path.Combine(folder.FullName, "me-aktiv.db");
        try
        {
            await LeaveStaleLockAsync(database);

            await using var app = await AppProcess.StartHealthyAsync(database,
                new Dictionary<string, string> { ["Database__ClearStaleMigrationLock"] = "true" });

            (await LockRowsAsync(database)).ShouldBe(0);
            (await FigureFile.FiguresAsync(database)).ShouldNotBeEmpty("migrated and seeded");
            app.Output.ToString().ShouldContain("Veraltete Migrationssperre");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>What a start killed during its first migration leaves: a database with only EF's lock, taken an hour ago.</summary>
    private static async Task LeaveStaleLockAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            """;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        command.CommandText = "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, $t);";
        command.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.AddHours(-1).ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<long> LockRowsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsLock\"";
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
