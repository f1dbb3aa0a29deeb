using MeAktiv.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace MeAktiv.Core.Features.Operations;

/// <summary>
/// Backup and restore of the SQLite database file. The backup uses SQLite's online backup API: it reads a consistent
/// snapshot while the app keeps running (in WAL mode readers do not block the writer) and writes ONE self-contained
/// file (journal mode DELETE, no -wal beside it), checked with <c>PRAGMA integrity_check</c>. A restore checks the
/// backup first, keeps the replaced file beside it and removes its -wal/-shm, so no old log is replayed onto it.
/// </summary>
public static class SqliteBackup
{
    /// <summary>The SQLite file the app uses with these settings (relative paths against <paramref name="basePath"/>).</summary>
    public static string DatabaseFile(IConfiguration configuration, string basePath)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (!string.Equals(options.Provider?.Trim(), DatabaseProvider.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new OperationFailedException(
                $"Sicherung und Wiederherstellung gibt es hier nur für SQLite ('Database:Provider' ist '{options.Provider}'). " +
                "Eine SQL-Server-Datenbank sichert die Datenbankadministration mit BACKUP DATABASE (docs/operations.md).");
        }

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new OperationFailedException("Die Einstellung 'ConnectionStrings:MeAktiv' fehlt.");
        }

        var source = new SqliteConnectionStringBuilder(SqliteFile.Prepare(connectionString, basePath)).DataSource;
        return Path.IsPathRooted(source)
            ? source
            : throw new OperationFailedException($"'{source}' ist keine Datenbankdatei; gesichert werden nur Dateien.");
    }

    /// <summary>Copies the live database <paramref name="source"/> (a file path) to <paramref name="target"/>.</summary>
    /// <returns>The size of the backup in bytes.</returns>
    public static async Task<long> BackupAsync(string source, string target, CancellationToken ct = default)
    {
        if (!File.Exists(source))
        {
            throw new OperationFailedException($"Die Datenbankdatei '{source}' gibt es nicht.");
        }

        var full = Path.GetFullPath(target);
        if (File.Exists(full))
        {
            throw new OperationFailedException($"Die Zieldatei '{full}' gibt es schon; eine Sicherung überschreibt nichts.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        File.Delete(temporary);
        // Read-write (never created): a read-only connection cannot open a WAL database whose -shm is missing.
        await using (var from = await OpenAsync(source, SqliteOpenMode.ReadWrite, ct))
        await using (var to = await OpenAsync(temporary, SqliteOpenMode.ReadWriteCreate, ct))
        {
            from.BackupDatabase(to);
            await ExecuteAsync(to, "PRAGMA journal_mode=DELETE;", ct);
        }

        await EnsureIntactAsync(temporary, ct);
        File.Move(temporary, full);
        return new FileInfo(full).Length;
    }

    /// <summary>
    /// Replaces the database <paramref name="database"/> with the backup. Refused while an app runs on the file (it
    /// holds the <see cref="SqliteLease"/>): a running app would keep writing into the replaced file, and what it
    /// acknowledged would be lost. While the restore runs it holds the lease itself, so no app starts meanwhile.
    /// </summary>
    /// <returns>Where the replaced file was kept, or null if there was none.</returns>
    public static async Task<string?> RestoreAsync(string backup, string database, TimeProvider clock, CancellationToken ct = default)
    {
        if (!File.Exists(backup))
        {
            throw new OperationFailedException($"Die Sicherungsdatei '{backup}' gibt es nicht.");
        }

        using var lease = SqliteLease.TryExclusive(database) ?? throw new OperationFailedException(
            $"ME-aktiv läuft noch auf der Datenbank '{database}' (oder eine andere Wiederherstellung). " +
            "Bitte die Anwendung zuerst stoppen (systemctl stop me-aktiv bzw. Anwendungspool beenden), dann erneut wiederherstellen. " +
            "Es wurde nichts verändert.");
        await EnsureIntactAsync(backup, ct);
        string? kept = null;
        if (File.Exists(database))
        {
            kept = $"{database}.vor-wiederherstellung-{clock.GetUtcNow():yyyyMMdd-HHmmss}";
            // The old file together with its log, so the kept copy is complete; then nothing old is left to replay.
            await using (var old = await OpenAsync(database, SqliteOpenMode.ReadWrite, ct))
            {
                await ExecuteAsync(old, "PRAGMA wal_checkpoint(TRUNCATE);", ct);
            }

            File.Move(database, kept);
        }

        foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
        {
            File.Delete(database + suffix);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database))!);
        File.Copy(backup, database);
        await EnsureIntactAsync(database, ct);
        return kept;
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c>; throws with SQLite's findings unless it answers "ok".</summary>
    public static async Task EnsureIntactAsync(string file, CancellationToken ct = default)
    {
        var findings = new List<string>();
        try
        {
            await using var connection = await OpenAsync(file, SqliteOpenMode.ReadOnly, ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                findings.Add(reader.GetString(0));
            }
        }
        catch (SqliteException ex)
        {
            findings.Add(ex.Message);
        }

        if (findings is not ["ok"])
        {
            throw new OperationFailedException(
                $"Die Datei '{file}' ist beschädigt (PRAGMA integrity_check): {string.Join("; ", findings.Take(5))}");
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string file, SqliteOpenMode mode, CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file, Mode = mode, Pooling = false, DefaultTimeout = 60,
        }.ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>An operations command (backup, restore) could not be done; the message says why, in German.</summary>
public sealed class OperationFailedException(string message) : Exception(message);
