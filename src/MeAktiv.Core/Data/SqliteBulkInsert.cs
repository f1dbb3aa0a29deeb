using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MeAktiv.Core.Data;

/// <summary>
/// Inserts many new rows on SQLite as multi-row <c>INSERT … VALUES (…), (…)</c> statements of <see cref="RowsPerCommand"/>
/// rows, in the context's open transaction. EF Core's SQLite provider sends one command per row (no batching), which
/// dominates a large import. The statements still go through EF (<c>ExecuteSqlRaw</c>: logging, command interceptors),
/// and every value is converted and bound exactly as EF binds it (each property's type mapping creates its
/// parameter); only the change tracker is bypassed, so the caller writes the audit history itself
/// (see <see cref="AuditInterceptor.ForInsert"/>).
/// </summary>
public static class SqliteBulkInsert
{
    /// <summary>Rows per statement: about 1.000 parameters, far below SQLite's limit of 32.766.</summary>
    public const int RowsPerCommand = 100;

    /// <exception cref="InvalidOperationException">No transaction is open: a bulk write must be all or nothing.</exception>
    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk inserts run only inside the caller's transaction.");
        }

        var type = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Keys the database assigns (integer identity, e.g. AuditEntries.Id) are left to it.
        var columns = type.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd
                          && (p.ClrType == typeof(long) || p.ClrType == typeof(int))))
            .Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping(), Column: p.GetColumnName(table)!))
            .ToList();
        var head = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) VALUES ";
        await using var factory = db.Database.GetDbConnection().CreateCommand(); // creates the parameters only

        foreach (var chunk in rows.Chunk(RowsPerCommand))
        {
            var sql = new StringBuilder(head);
            var parameters = new List<DbParameter>(chunk.Length * columns.Count);
            foreach (var row in chunk)
            {
                sql.Append(parameters.Count == 0 ? "(" : ", (");
                foreach (var (property, mapping, _) in columns)
                {
                    var name = $"@p{parameters.Count}";
                    sql.Append(parameters.Count % columns.Count == 0 ? name : ", " + name);
                    parameters.Add(mapping.CreateParameter(factory, name, property.GetGetter().GetClrValue(row), property.IsNullable));
                }

                sql.Append(')');
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }
    }
}
