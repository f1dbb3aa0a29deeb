using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace MeAktiv.Core.Data;

/// <summary>
/// A NEW SQLite file (nothing in it) gets its whole schema from one script instead of migration after migration: the
/// SQL commands of all migrations with their <c>__EFMigrationsHistory</c> rows, as EF generates them for these migrations
/// (<see cref="Generate"/>), embedded in the SQLite migrations assembly as <c>SchemaScript.sql</c> and run in one
/// transaction under EF's migration lock. EF's own migrating builds every migration's model and compares the snapshot
/// with the model first (seconds at start-up); the file is the same either way (<c>SqliteSchemaScriptTests</c>, which
/// also fails when the embedded script lags behind the migrations). Migrations newer than the script stay pending for
/// <c>MigrateAsync</c>; a file that has anything in it is never touched.
/// </summary>
public static partial class SqliteSchemaScript
{
    /// <summary>The name of the embedded script in the SQLite migrations assembly (file <c>SchemaScript.sql</c>).</summary>
    public const string ResourceName = "MeAktiv.Migrations.Sqlite.SchemaScript.sql";

    /// <summary>Ends each command in the script: a line with only a semicolon (valid SQL, so sqlite3 runs the file too).</summary>
    private const string CommandEnd = "\n;\n";

    private const string MigrationLockTable = "__EFMigrationsLock";

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

    /// <summary>
    /// The script of the context's migrations up to <paramref name="toMigration"/> (default: all): the history table, then
    /// per migration EF's commands for it (as <c>dotnet ef migrations script --no-transactions</c> generates them) and its
    /// history row, each command ended by <see cref="CommandEnd"/>. Builds every migration's model: for tests and for
    /// writing <c>SchemaScript.sql</c>, never at start-up.
    /// </summary>
    public static string Generate(DbContext db, string? toMigration = null)
    {
        var migrations = db.GetService<IMigrationsAssembly>();
        var generator = db.GetService<IMigrationsSqlGenerator>();
        var initializer = db.GetService<IModelRuntimeInitializer>();
        var history = db.GetService<IHistoryRepository>();
        var provider = db.Database.ProviderName!;
        var script = new StringBuilder();
        Append(script, history.GetCreateIfNotExistsScript());
        foreach (var (id, type) in migrations.Migrations)
        {
            var migration = migrations.CreateMigration(type, provider);
            var model = migration.TargetModel switch // finalized and initialized as the migrator does
            {
                IMutableModel mutable => initializer.Initialize(mutable.FinalizeModel()),
                { } target => initializer.Initialize(target),
                null => null,
            };
            foreach (var command in generator.Generate(migration.UpOperations, model,
                         MigrationsSqlGenerationOptions.Script | MigrationsSqlGenerationOptions.NoTransactions))
            {
                Append(script, command.CommandText);
            }

            Append(script, history.GetInsertScript(new HistoryRow(id, ProductInfo.GetVersion())));
            if (id == toMigration)
            {
                break;
            }
        }

        return script.ToString();
    }

    /// <summary>The migrations a script records in <c>__EFMigrationsHistory</c>, in order.</summary>
    public static IReadOnlyList<string> MigrationsOf(string script) =>
        HistoryInsert().Matches(script).Select(m => m.Groups["id"].Value).ToList();

    /// <summary>
    /// Creates the schema from <paramref name="script"/> (default: the embedded one) if the file is new and the script's
    /// migrations are the first ones of the context's migrations. Returns the migrations it applied, or null when it left
    /// the file alone (not new, no script, or a script that does not fit these migrations).
    /// </summary>
    public static async Task<IReadOnlyList<string>?> TryCreateAsync(DbContext db, string? script = null, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite() || (script ?? Embedded(db)) is not { } sql)
        {
            return null;
        }

        var applied = MigrationsOf(sql);
        var known = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
        if (applied.Count == 0 || applied.Count > known.Count || !applied.SequenceEqual(known.Take(applied.Count)))
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            if (await ScalarAsync(connection, null, "SELECT COUNT(*) FROM sqlite_master", ct) > 0)
            {
                return null; // a file in use is not touched at all (not even by the lock table)
            }

            // The same lock as MigrateAsync (__EFMigrationsLock): a second instance starting on the same file waits.
            await using var migrationLock = await db.GetService<IHistoryRepository>().AcquireDatabaseLockAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await ScalarAsync(connection, transaction, $"SELECT COUNT(*) FROM sqlite_master WHERE name <> '{MigrationLockTable}'", ct) > 0)
            {
                return null; // another instance was quicker: MigrateAsync decides
            }

            // One command at a time, as EF runs them (an error of a later statement in one command can go unreported).
            foreach (var text in Commands(sql))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = (SqliteTransaction)transaction.GetDbTransaction();
                command.CommandText = text;
                await command.ExecuteNonQueryAsync(ct);
            }

            if (await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"", ct) != applied.Count)
            {
                throw new InvalidOperationException($"{ResourceName} did not record its {applied.Count} migrations.");
            }

            await transaction.CommitAsync(ct);
            return applied;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static IEnumerable<string> Commands(string script) => script.Replace("\r\n", "\n", StringComparison.Ordinal)
        .Split(CommandEnd, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(c => c.Length > 0 && c != ";");

    private static void Append(StringBuilder script, string command) => script.Append(command.Trim()).Append(CommandEnd);

    private static async Task<long> ScalarAsync(SqliteConnection connection, IDbContextTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction?.GetDbTransaction();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("""INSERT INTO "__EFMigrationsHistory" \("MigrationId", "ProductVersion"\)\s+VALUES \('(?<id>[^']+)',""")]
    private static partial Regex HistoryInsert();
}
