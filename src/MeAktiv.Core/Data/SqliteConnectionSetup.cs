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

        using var command = sqlite.CreateCommand();
        // journal_mode is stored in the file (EF creates files in WAL; a restored or foreign file may not be);
        // synchronous and busy_timeout belong to the connection.
        command.CommandText = sqlite.DataSource is "" or ":memory:"
            ? $"PRAGMA busy_timeout={BusyTimeoutMilliseconds};"
            : $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout={BusyTimeoutMilliseconds};";
        command.ExecuteNonQuery();
        Prepared.AddOrUpdate(handle, handle);
    }
}
