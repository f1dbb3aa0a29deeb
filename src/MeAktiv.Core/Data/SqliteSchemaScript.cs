using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace MeAktiv.Core.Data;

/// <summary>
/// A NEW SQLite file (no table in it) gets its whole schema from one script instead of migration after migration: the
/// SQL of all migrations with their <c>__EFMigrationsHistory</c> rows (<see cref="ResourceName"/>, embedded in the SQLite
/// migrations assembly; <c>dotnet ef migrations script --no-transactions</c>, docs/database.md), run in one transaction
/// under EF's migration lock. EF's own migrating builds and compares every migration's model first (seconds at start-up);
/// the file is the same either way (<c>SqliteSchemaScriptTests</c>). Migrations newer than the script are left pending
/// for <c>MigrateAsync</c>; a file that has any table is never touched.
/// </summary>
public static partial class SqliteSchemaScript
{
    /// <summary>The name of the embedded script in the SQLite migrations assembly (file <c>SchemaScript.sql</c>).</summary>
    public const string ResourceName = "MeAktiv.Migrations.Sqlite.SchemaScript.sql";

    /// <summary>The script embedded in the context's migrations assembly, or null if it has none.</summary>
    public static string? Embedded(DbContext db)
    {
        using var stream = db.GetService<IMigrationsAssembly>().Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The migrations a script records in <c>__EFMigrationsHistory</c>, in order.</summary>
    public static IReadOnlyList<string> MigrationsOf(string script) =>
        HistoryInsert().Matches(script).Select(m => m.Groups["id"].Value).ToList();

    /// <summary>
    /// Creates the schema from <paramref name="script"/> (default: the embedded one) if the file has no table yet and the
    /// script's migrations are the first ones of the context's migrations. Returns the migrations it applied, or null when
    /// it left the file alone (not new, no script, or a script that does not fit these migrations).
    /// </summary>
    public static async Task<IReadOnlyList<string>?> TryCreateAsync(DbContext db, string? script = null, CancellationToken ct = default)
    {
        script ??= Embedded(db);
        if (script is null || !db.Database.IsSqlite())
        {
            return null;
        }

        var applied = MigrationsOf(script);
        var known = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
        if (applied.Count == 0 || applied.Count > known.Count || !applied.SequenceEqual(known.Take(applied.Count)))
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            if (await CountAsync(connection, null, "SELECT COUNT(*) FROM sqlite_master", ct) > 0)
            {
                return null; // a file in use is not touched at all (not even by the lock table)
            }

            // The same lock as MigrateAsync (__EFMigrationsLock): a second instance starting on the same file waits.
            await using var migrationLock = await db.GetService<IHistoryRepository>().AcquireDatabaseLockAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await CountAsync(connection, transaction, $"SELECT COUNT(*) FROM sqlite_master WHERE name <> '{MigrationLockTable}'", ct) > 0)
            {
                return null; // not new (or another instance was quicker): MigrateAsync decides
            }

            await using (var command = connection.CreateCommand())
            {
                command.Transaction = (SqliteTransaction)transaction.GetDbTransaction();
                command.CommandText = script;
                await command.ExecuteNonQueryAsync(ct);
            }

            await transaction.CommitAsync(ct);
            return applied;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string MigrationLockTable = "__EFMigrationsLock";

    private static async Task<long> CountAsync(SqliteConnection connection, IDbContextTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction?.GetDbTransaction();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("""INSERT INTO "__EFMigrationsHistory" \("MigrationId", "ProductVersion"\)\s+VALUES \('(?<id>[^']+)',""")]
    private static partial Regex HistoryInsert();
}
