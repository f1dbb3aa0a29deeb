using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MeAktiv.Core.Data;

/// <summary>
/// Durability and waiting on every SQLite connection, once per native handle (pooled connections keep theirs):
/// write-ahead log (readers never block the writer), <c>synchronous=FULL</c> (a committed save survives a power loss,
/// not only an app crash) and a busy timeout, so a writer waits for the one before it instead of failing with
/// SQLITE_BUSY. Write transactions begin IMMEDIATE (Microsoft.Data.Sqlite's default for <c>BeginTransaction()</c>),
/// so they take the write lock at their start and never fail on a lock upgrade.
/// </summary>
internal sealed class SqliteConnectionSetup(int busyTimeoutSeconds) : DbConnectionInterceptor
{
    // Keyed by the native handle: a pooled connection opened again keeps its settings, a new handle gets them.
    private static readonly ConditionalWeakTable<object, object> Prepared = new();

    public int BusyTimeoutMilliseconds { get; } = Math.Max(0, busyTimeoutSeconds) * 1000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite || sqlite.Handle is not { } handle || Prepared.TryGetValue(handle, out _))
        {
            return;
        }

        // One statement per command: Microsoft.Data.Sqlite does not report a busy error of a later statement.
        Execute(sqlite, $"PRAGMA busy_timeout={BusyTimeoutMilliseconds};");
        if (sqlite.DataSource is not ("" or ":memory:"))
        {
            // journal_mode is stored in the file (EF creates files in WAL; a restored or foreign file may not be);
            // synchronous and busy_timeout belong to the connection.
            Execute(sqlite, "PRAGMA journal_mode=WAL;");
            Execute(sqlite, "PRAGMA synchronous=FULL;");
        }

        Prepared.AddOrUpdate(handle, handle);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
