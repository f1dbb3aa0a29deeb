using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MeAktiv.Core.Data;

/// <summary>
/// EF Core (9+) guards a migration on SQLite with a row in <c>__EFMigrationsLock</c>; a start killed during its
/// migration leaves the row behind and every later migration waits for it forever. Before migrating, a row still
/// there after <see cref="DatabaseOptions.MigrationLockWaitSeconds"/> (another start may hold it briefly) is either
/// removed (<see cref="DatabaseOptions.ClearStaleMigrationLock"/>) or stops the start with a German message.
/// </summary>
internal static class MigrationLock
{
    public const string Table = "__EFMigrationsLock";

    public static async Task EnsureFreeAsync(AppDbContext db, DatabaseOptions settings, ILogger logger, TimeProvider clock,
        CancellationToken ct)
    {
        var wait = TimeSpan.FromSeconds(Math.Max(0, settings.MigrationLockWaitSeconds));
        var loggedWait = false;
        while (await ReadTakenAtAsync(db, ct) is { TakenAt: var takenAt })
        {
            var age = clock.GetUtcNow() - (takenAt ?? DateTimeOffset.MinValue);
            if (age < wait)
            {
                if (!loggedWait)
                {
                    logger.LogWarning("Migrationssperre ({Table}) seit {TakenAt:O} gesetzt; warte bis zu {Seconds} s, ob ein anderer Start sie freigibt.",
                        Table, takenAt, wait.TotalSeconds);
                    loggedWait = true;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), clock, ct);
                continue;
            }

            var since = takenAt is null ? "unbekannt" : takenAt.Value.ToString("dd.MM.yyyy HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
            if (!settings.ClearStaleMigrationLock)
            {
                throw new ConfigurationErrorException(
                    $"Die Datenbank ist für Migrationen gesperrt (Tabelle {Table}, gesetzt seit {since}). Vermutlich wurde " +
                    "ein früherer Start während der Migration abgebrochen. Läuft keine andere Instanz, die Sperre mit der " +
                    "Einstellung 'Database:ClearStaleMigrationLock=true' (Umgebungsvariable Database__ClearStaleMigrationLock=true) " +
                    "einmalig entfernen lassen und neu starten (docs/operations.md).");
            }

            logger.LogWarning("Veraltete Migrationssperre ({Table}, gesetzt seit {Since}) wird entfernt (Database:ClearStaleMigrationLock=true).",
                Table, since);
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{Table}\";", ct);
        }
    }

    /// <summary>Null: no lock. A lock whose time cannot be read counts as old. Plain commands on the connection: two EF
    /// queries compiled for this alone cost a noticeable part of the first start (issue 23).</summary>
    private static async Task<LockRow?> ReadTakenAtAsync(AppDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var exists = connection.CreateCommand();
            exists.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }

            await using var read = connection.CreateCommand();
            read.CommandText = $"SELECT COALESCE(CAST(\"Timestamp\" AS TEXT), '') FROM \"{Table}\"";
            var stamps = new List<string>();
            await using (var reader = await read.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    stamps.Add(reader.GetString(0));
                }
            }

            return stamps.Count == 0
                ? null
                : new LockRow(stamps.Select(s => DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                    ? t : (DateTimeOffset?)null).Min());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record LockRow(DateTimeOffset? TakenAt);
}
