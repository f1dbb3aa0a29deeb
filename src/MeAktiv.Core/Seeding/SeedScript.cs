using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// A NEW SQLite file (its schema just made by <see cref="Data.SqliteSchemaScript"/>) gets the seeding's rows up to the
/// budget (roles, reference data, Termine, duties, successors, qualitative targets, budget) from one embedded script
/// instead of through EF: the rows a seeding through EF wrote, taken from such a file (<see cref="Generate"/>), with the
/// seeding's time as <see cref="Instant"/> and every GUID as a numbered placeholder, which <see cref="TryRunAsync"/> turns
/// into the time of the start and fresh GUIDs. EF compiling ~20 queries and its save pipeline on their first use cost
/// 2–3 s of the first start (issue 23). The script is used only for the seed files it was made from (their hash in its
/// first line) and the schema it was made on (the last migration); else the seeding runs through EF as before.
/// <c>SeedScriptTests</c> prove the file equals one seeded through EF and fail when a script lags behind.
/// </summary>
public static partial class SeedScript
{
    /// <summary>The reference data's stamp is random (<see cref="Data.ReferenceStampInterceptor"/>): so it is in each run
    /// of the script, in the same range.</summary>
    private const string RandomStamp = "'Reference', 1 + (random() & 9223372036854775806)";

    /// <summary>The seeding's time while a script is made (7 fraction digits, so every format writes all of them).</summary>
    public static readonly DateTime Instant = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc).AddTicks(7_890_123);

    private static readonly string[] Skipped = ["__EFMigrationsHistory", "__EFMigrationsLock", "DataProtectionKeys", "sqlite_sequence"];

    /// <summary>The name of the embedded script in the SQLite migrations assembly.</summary>
    public static string ResourceName(bool demo) => $"MeAktiv.Migrations.Sqlite.Seed{(demo ? "Demo" : "Production")}.sql";

    /// <summary>The script embedded in the context's migrations assembly, or null if it has none.</summary>
    public static string? Embedded(DbContext db, bool demo)
    {
        using var stream = db.GetService<IMigrationsAssembly>().Assembly.GetManifestResourceStream(ResourceName(demo));
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The hash of the seed files (every <c>*.csv</c> below <paramref name="folder"/>, names and contents).</summary>
    public static string SeedsHash(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories)
                     .Select(f => (Name: Path.GetRelativePath(folder, f).Replace('\\', '/'), Path: f))
                     .OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Name + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(file.Path).ReplaceLineEndings("\n")));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// The script of the rows in <paramref name="db"/>'s file, seeded through EF at <see cref="Instant"/>: a header (seed
    /// files' hash, last migration), then per table with rows a <c>DELETE</c> and one <c>INSERT</c> per row (values as
    /// SQLite's <c>quote()</c> writes them), GUIDs numbered in their order. For tests and for writing the script.
    /// </summary>
    public static async Task<string> GenerateAsync(DbContext db, string seedFolder, CancellationToken ct)
    {
        var script = new StringBuilder()
            .Append("-- seeds ").Append(SeedsHash(seedFolder)).Append('\n')
            .Append("-- schema ").Append(db.GetService<IMigrationsAssembly>().Migrations.Keys.Last()).Append('\n');
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var table in await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", ct))
            {
                if (Skipped.Contains(table))
                {
                    continue;
                }

                var columns = await ListAsync(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid", ct);
                var rows = await ListAsync(connection, $"SELECT {string.Join(" || ', ' || ", columns.Select(c => $"quote(\"{c}\")"))} " +
                    $"FROM \"{table}\" ORDER BY rowid", ct);
                if (rows.Count == 0)
                {
                    continue;
                }

                if (!(await ListAsync(connection, $"SELECT type FROM pragma_table_info('{table}') WHERE pk > 0", ct)).Contains("INTEGER"))
                {
                    // Keyed by GUIDs: EF inserted them in the order of their random keys; here in the order of the rest.
                    rows = [.. rows.OrderBy(SeedScriptGuids.Blanked, StringComparer.Ordinal)];
                }

                script.Append(CultureInfo.InvariantCulture, $"DELETE FROM \"{table}\";\n");
                var into = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES (";
                foreach (var row in rows)
                {
                    script.Append(into).Append(table == "DataStamps" ? ReferenceStampValue().Replace(row, RandomStamp) : row).Append(");\n");
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return SeedScriptGuids.Number(script.ToString());
    }

    /// <summary>
    /// Runs the embedded script (or <paramref name="script"/>) on a file whose schema was just made, in one transaction,
    /// with <paramref name="now"/> for the seeding's time and fresh GUIDs. Returns false (nothing written) when there is no
    /// script or it was made from other seed files or on another schema.
    /// </summary>
    public static async Task<bool> TryRunAsync(DbContext db, bool demo, string seedFolder, DateTime now, string? script = null,
        CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite() || (script ?? Embedded(db, demo)) is not { } sql
            || Header().Match(sql) is not { Success: true } header
            || header.Groups["schema"].Value != db.GetService<IMigrationsAssembly>().Migrations.Keys.Last()
            || header.Groups["seeds"].Value != SeedsHash(seedFolder))
        {
            return false;
        }

        // All seven fraction digits written, as in the script (EF and JSON leave trailing zeros out).
        now = now.Ticks % 10 == 0 ? now.AddTicks(1) : now;
        var text = SeedScriptGuids.Fresh(sql)
            .Replace(Format(Instant, ' '), Format(now, ' '), StringComparison.Ordinal)
            .Replace(Format(Instant, 'T'), Format(now, 'T'), StringComparison.Ordinal);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = "PRAGMA defer_foreign_keys = ON;\n" + text; // tables in the order of their names
            await command.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Format(DateTime at, char separator) =>
        at.ToString($"yyyy-MM-dd'{separator}'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    /// <summary>The first column of every row of <paramref name="sql"/>, as text (also for <c>SeedScriptTests</c>).</summary>
    internal static async Task<List<string>> ListAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    [GeneratedRegex(@"\A'Reference', [0-9]+\z")]
    private static partial Regex ReferenceStampValue();

    [GeneratedRegex(@"\A-- seeds (?<seeds>[0-9A-F]+)\n-- schema (?<schema>\S+)\n")]
    private static partial Regex Header();
}
