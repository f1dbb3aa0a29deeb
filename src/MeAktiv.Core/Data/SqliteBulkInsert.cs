using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MeAktiv.Core.Data;

/// <summary>
/// Inserts many new rows on SQLite with one prepared single-row statement in the context's open transaction. EF Core's
/// SQLite provider sends one command per row and has SQLite prepare each anew; here SQLite prepares the statement once
/// and only the values are bound again. Every value is converted and bound exactly as EF binds it (each property's
/// type mapping creates its parameter). Bypassed: the change tracker (the caller writes the audit history itself, see
/// <see cref="Auditing.AuditWriter.ForInserts{T}"/>) and EF's command logging and interceptors. A constraint failure
/// (e.g. a concurrent save that inserted the same figure first) is reported as EF reports it for its own inserts, a
/// <see cref="DbUpdateException"/>, so callers handle both paths alike.
/// </summary>
public static class SqliteBulkInsert
{
    /// <summary>SQLITE_CONSTRAINT: a UNIQUE, NOT NULL, CHECK or FOREIGN KEY constraint failed.</summary>
    private const int SqliteConstraint = 19;

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

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run only inside the caller's transaction.");
        var type = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Keys the database assigns (integer identity, e.g. AuditEntries.Id) are left to it.
        var columns = type.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd
                          && (p.ClrType == typeof(long) || p.ClrType == typeof(int))))
            .Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping(), Column: p.GetColumnName(table)!))
            .ToList();

        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        do
        {
            var row = enumerator.Current;
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var (property, mapping, _) = columns[i];
                command.Parameters.Add(mapping.CreateParameter(command, $"@p{i}", property.GetGetter().GetClrValue(row), property.IsNullable));
            }

            try
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
            {
                throw new DbUpdateException($"Inserting into {table.Name} failed: {e.Message}", e);
            }
        }
        while (enumerator.MoveNext());
    }
}
