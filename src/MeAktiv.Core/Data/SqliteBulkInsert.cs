using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MeAktiv.Core.Data;

/// <summary>
/// Inserts many new rows on SQLite with one prepared single-row statement in the context's open transaction. EF Core's
/// SQLite provider sends one command per row and has SQLite prepare each anew; here SQLite prepares the statement once
/// and only the values are bound again. Each column's parameter is made once by the property's type mapping (as EF
/// makes it: type, size, provider settings) and per row only its value is set, converted as that mapping converts it
/// (<see cref="BulkColumn"/>). Bypassed: the change tracker (the caller writes the audit history itself, see
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
    }
}

/// <summary>
/// The prepared insert of <see cref="SqliteBulkInsert"/> for one entity type, for callers that insert rows of two
/// tables side by side (a figure, then its audit entry) without holding either in a list.
/// </summary>
public sealed class SqliteBulkInsert<T> : IAsyncDisposable where T : class
{
    /// <summary>SQLITE_CONSTRAINT: a UNIQUE, NOT NULL, CHECK or FOREIGN KEY constraint failed.</summary>
    private const int SqliteConstraint = 19;

    private readonly DbCommand _command;
    private readonly BulkColumn[] _columns;
    private readonly string _table;

    private SqliteBulkInsert(DbCommand command, BulkColumn[] columns, string table) =>
        (_command, _columns, _table) = (command, columns, table);

    /// <exception cref="InvalidOperationException">No transaction is open: a bulk write must be all or nothing.</exception>
    public static SqliteBulkInsert<T> Prepare(AppDbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run only inside the caller's transaction.");
        var type = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Keys the database assigns (integer identity, e.g. AuditEntries.Id) are left to it.
        var properties = type.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd
                          && (p.ClrType == typeof(long) || p.ClrType == typeof(int))))
            .ToList();

        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))}) " +
                              $"VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))})";
        return new SqliteBulkInsert<T>(command, [.. properties.Select((p, i) => new BulkColumn(command, p, $"@p{i}"))], table.Name);
    }

    /// <exception cref="DbUpdateException">A constraint failed.</exception>
    public async Task InsertAsync(T row, CancellationToken ct)
    {
        foreach (var column in _columns)
        {
            column.Bind(_command, row);
        }

        try
        {
            await _command.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
        {
            throw new DbUpdateException($"Inserting into {_table} failed: {e.Message}", e);
        }
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}

/// <summary>
/// One column of <see cref="SqliteBulkInsert"/>: its parameter, made once by the property's type mapping
/// (<see cref="RelationalTypeMapping.CreateParameter"/> sets the type, size and provider settings; none depends on the
/// value), and per row the value that mapping would give it: through its value converter, null as
/// <see cref="DBNull"/>. An enum without a converter is normalised by the mapping itself, so such a column gets a new
/// parameter from the mapping per row.
/// </summary>
internal sealed class BulkColumn
{
    private readonly IProperty _property;
    private readonly RelationalTypeMapping _mapping;
    private readonly IClrPropertyGetter _getter;
    private readonly bool _perRow;
    private readonly string _name;
    private DbParameter _parameter;

    public BulkColumn(DbCommand command, IProperty property, string name)
    {
        (_property, _mapping, _getter, _name) = (property, property.GetRelationalTypeMapping(), property.GetGetter(), name);
        _perRow = _mapping.Converter is null && (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType).IsEnum;
        _parameter = _mapping.CreateParameter(command, name, null, property.IsNullable);
        command.Parameters.Add(_parameter);
    }

    public void Bind(DbCommand command, object row)
    {
        var value = _getter.GetClrValue(row);
        if (_perRow)
        {
            var fresh = _mapping.CreateParameter(command, _name, value, _property.IsNullable);
            command.Parameters[command.Parameters.IndexOf(_parameter)] = fresh;
            _parameter = fresh;
            return;
        }

        if (_mapping.Converter is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }

        _parameter.Value = value ?? DBNull.Value;
    }
}
