using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace MeAktiv.Core.Data;

/// <summary>
/// The two prepared INSERT statements of one <see cref="SqliteBulkInsert{T}"/> on the connection's native handle: one
/// of <see cref="RowsPerStatement"/> rows and one of a single row (the rest). Values are bound by position
/// (<see cref="BulkColumn"/>): the n-th column of the k-th row of a statement is parameter k·columns + n + 1.
/// </summary>
internal sealed class BulkStatements : IDisposable
{
    /// <summary>Rows per multi-row statement (SQLite allows 32.766 parameters; 32 rows of ten columns bind 320).</summary>
    public const int RowsPerStatement = 32;

    /// <summary>SQLITE_CONSTRAINT: a UNIQUE, NOT NULL, CHECK or FOREIGN KEY constraint failed.</summary>
    private const int SqliteConstraint = 19;

    private readonly sqlite3 _db;
    private readonly string _table;

    public BulkStatements(sqlite3 db, string table, string columns, int count)
    {
        (_db, _table) = (db, table);
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", count)) + ")";
        One = Prepare($"INSERT INTO \"{table}\" ({columns}) VALUES {row}");
        Many = Prepare($"INSERT INTO \"{table}\" ({columns}) VALUES {string.Join(", ", Enumerable.Repeat(row, RowsPerStatement))}");
    }

    public sqlite3_stmt One { get; }

    public sqlite3_stmt Many { get; }

    /// <summary>Throws for a failed bind (SQLITE_OK is 0).</summary>
    public void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <exception cref="DbUpdateException">A constraint failed.</exception>
    public void Execute(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        try
        {
            if (rc == raw.SQLITE_DONE)
            {
                return;
            }

            // Read the message before the reset.
            if ((rc & 0xFF) == SqliteConstraint)
            {
                var e = new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
                throw new DbUpdateException($"Inserting into {_table} failed: {e.Message}", e);
            }

            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose()
    {
        One.Dispose();
        Many.Dispose();
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }
}
