using MeAktiv.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// Start-up work on the database: apply migrations (SQLite by default; SQL Server deploys a script instead), then
/// load the reference data (and, where configured, the demo data) into an empty database.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<AppDbContext> factory,
    IOptions<DatabaseOptions> options,
    SeedImporter seeds,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger,
    DatabaseLease lease)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        // Held until the app stops: a restore refuses meanwhile, and no app starts while a restore runs.
        lease.Acquire();
        var settings = options.Value;
        var begin = clock.GetTimestamp();
        await using var db = await factory.CreateDbContextAsync(ct);
        _ = db.Model; // the model is built on the context's first use: measured apart
        logger.LogInformation("Database: first context and its model in {ElapsedMs:F0} ms", clock.GetElapsedTime(begin).TotalMilliseconds);
        var migrate = settings.MigrateOnStartup ?? db.Database.IsSqlite();
        var newFile = false; // the schema made from the schema script: nothing in the file yet
        var upToDate = false; // ... with every migration
        if (migrate)
        {
            if (db.Database.IsSqlite())
            {
                begin = clock.GetTimestamp();
                // A lock left by a start that crashed mid-migration would make MigrateAsync wait forever.
                await MigrationLock.EnsureFreeAsync(db, settings, logger, clock, ct);
                logger.LogInformation("Database: migration lock checked in {ElapsedMs:F0} ms", clock.GetElapsedTime(begin).TotalMilliseconds);
            }

            begin = clock.GetTimestamp();
            if (await SqliteSchemaScript.TryCreateAsync(db, ct: ct) is { } created)
            {
                newFile = true;
                upToDate = created.Count == db.Database.GetMigrations().Count();
                logger.LogInformation("Created the schema of the new database from one script ({Count} migration(s)) in {ElapsedMs:F0} ms",
                    created.Count, clock.GetElapsedTime(begin).TotalMilliseconds);
            }

            begin = clock.GetTimestamp();
            // A file the script just made with every migration: no need to ask EF (~0,2 s of its first use).
            List<string> pending = upToDate ? [] : (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            logger.LogInformation("Database: pending migrations read in {ElapsedMs:F0} ms", clock.GetElapsedTime(begin).TotalMilliseconds);
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
                var start = clock.GetTimestamp();
                await db.Database.MigrateAsync(ct);
                logger.LogInformation("Applied {Count} migration(s) in {ElapsedMs:F0} ms", pending.Count, clock.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        else if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            throw new ConfigurationErrorException(
                "Die Datenbank ist nicht auf dem Stand dieser Version. Bitte das Migrationsskript einspielen " +
                "(docs/database.md) oder 'Database:MigrateOnStartup' setzen.");
        }

        await seeds.SeedAsync(settings.SeedDemoData, ct, newFile);
        if (db.Database.IsSqlite())
        {
            // Fresh statistics let SQLite pick the year index for subtree loads instead of each unit's whole history.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);
        }
    }
}
