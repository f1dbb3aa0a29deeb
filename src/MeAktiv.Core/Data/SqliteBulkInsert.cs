using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace MeAktiv.Core.Data;

/// <summary>
/// Inserts many new rows on SQLite with prepared statements in the context's open transaction, past EF Core (which
/// sends one command per row) and past Microsoft.Data.Sqlite's per-command work (a reader per execution, each
/// parameter looked up by its name and converted anew): the statements are prepared once on the connection's native
/// handle and each value is bound by its position, <see cref="BulkStatements.RowsPerStatement"/> rows per statement
/// (the rest one by one). The values are converted as EF and Microsoft.Data.Sqlite store them (<see cref="BulkColumn"/>).
/// Bypassed: the change tracker (the caller writes the audit history itself, see
/// <see cref="Auditing.AuditWriter.ForInserts{T}"/>) and EF's command logging and interceptors. A constraint failure
/// (e.g. a concurrent save that inserted the same figure first) is reported as EF reports it for its own inserts, a
/// <see cref="DbUpdateException"/>, so callers handle both paths alike.
/// </summary>
public static class SqliteBulkInsert
{
    /// <exception cref="InvalidOperationException">No transaction is open: a bulk write must be all or nothing.</exception>
    /// <remarks>The rows are read once, one by one, as they are inserted: a lazy sequence (e.g. the audit entries of
    /// <see cref="Auditing.AuditWriter.ForInserts{T}"/>) is never held in memory as a whole.</remarks>
    public static async Task InsertAsync<T>(AppDbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        using var enumerator = rows.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            return;
        }

        await using var insert = SqliteBulkInsert<T>.Prepare(db);
        do
        {
            await insert.InsertAsync(enumerator.Current, ct);
        }
        while (enumerator.MoveNext());

        await insert.FlushAsync(ct);
    }
}

/// <summary>
/// The prepared insert of <see cref="SqliteBulkInsert"/> for one entity type, for callers that insert rows of two
/// tables side by side (a figure, then its audit entry) without holding either in a list. Rows are buffered up to
/// <see cref="BulkStatements.RowsPerStatement"/>: call <see cref="FlushAsync"/> before the transaction commits.
/// </summary>
public sealed class SqliteBulkInsert<T> : IAsyncDisposable where T : class
{
    private readonly BulkStatements _statements;
    private readonly BulkColumn[] _columns;
    private readonly T[] _pending = new T[BulkStatements.RowsPerStatement];
    private int _count;

    private SqliteBulkInsert(BulkStatements statements, BulkColumn[] columns) => (_statements, _columns) = (statements, columns);

    /// <exception cref="InvalidOperationException">No transaction is open: a bulk write must be all or nothing.</exception>
    public static SqliteBulkInsert<T> Prepare(AppDbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run only inside the caller's transaction.");
        var connection = (SqliteConnection)transaction.Connection!;
        var type = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Keys the database assigns (integer identity, e.g. AuditEntries.Id) are left to it.
        var properties = type.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd
                          && (p.ClrType == typeof(long) || p.ClrType == typeof(int))))
            .ToList();
        using var command = connection.CreateCommand();
        var columns = properties.Select(p => new BulkColumn(command, p)).ToArray();
        var names = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        return new SqliteBulkInsert<T>(new BulkStatements(connection.Handle!, table.Name, names, columns.Length), columns);
    }

    /// <summary>Adds the row; every <see cref="BulkStatements.RowsPerStatement"/> rows are written.</summary>
    /// <exception cref="DbUpdateException">A constraint failed.</exception>
    public Task InsertAsync(T row, CancellationToken ct)
    {
        _pending[_count++] = row;
        if (_count == _pending.Length)
        {
            ct.ThrowIfCancellationRequested();
            Write(_statements.Many, 0, _count);
            Clear();
        }

        return Task.CompletedTask;
    }

    /// <summary>Writes the rows still buffered, one statement each.</summary>
    /// <exception cref="DbUpdateException">A constraint failed.</exception>
    public Task FlushAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        for (var i = 0; i < _count; i++)
        {
            Write(_statements.One, i, 1);
        }

        Clear();
        return Task.CompletedTask;
    }

    /// <summary>Time spent binding values (all statements so far).</summary>
    public TimeSpan Binding { get; private set; }

    /// <summary>Time spent in SQLite executing the statements (all so far).</summary>
    public TimeSpan Executing { get; private set; }

    private void Write(sqlite3_stmt statement, int start, int rows)
    {
        var begin = Stopwatch.GetTimestamp();
        var position = 1;
        for (var r = start; r < start + rows; r++)
        {
            foreach (var column in _columns)
            {
                _statements.Check(column.Bind(statement, position++, _pending[r]));
            }
        }

        var bound = Stopwatch.GetTimestamp();
        _statements.Execute(statement);
        Binding += Stopwatch.GetElapsedTime(begin, bound);
        Executing += Stopwatch.GetElapsedTime(bound);
    }

    private void Clear()
    {
        Array.Clear(_pending, 0, _count);
        _count = 0;
    }

    public ValueTask DisposeAsync()
    {
        _statements.Dispose();
        return ValueTask.CompletedTask;
    }
}
