using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// Writes new demo rows — the demo figures (read by <see cref="DemoFiguresReader"/>), then their month states
/// (<see cref="DemoMonthStates"/>) — in one transaction each, every row with the audit entry the interceptor would write
/// for an added row, and raises the figures' stamp in it (no one reads yet: start-up).
/// On SQLite through the bulk path of new rows (<see cref="SqliteBulkInsert"/> with <see cref="AuditWriter.ForInserts{T}"/>,
/// a prepared statement instead of one command per row: ~12 s → well under a second for the 3.817 demo figures; the
/// 361 month states ~0,6 s → a few ms, docs/performance.md) and the stamp by one SQL command (no EF query to compile
/// at start-up); on SQL Server with EF's <c>AddRange</c> in one <c>SaveChanges</c>, audited by the interceptor.
/// </summary>
internal static class DemoFigureWriter
{
    /// <param name="at">The time of the audit entries (SQLite; on SQL Server the interceptor's time of the save).</param>
    public static async Task WriteAsync<T>(AppDbContext db, List<T> rows, AuditWriter audit, DateTime at, CancellationToken ct)
        where T : class, IAudited
    {
        if (!db.Database.IsSqlite())
        {
            // SQL Server runs with a retrying execution strategy: one SaveChanges is one transaction inside it.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Set<T>().AddRange(rows);
            var stamp = await db.DataStamps.SingleAsync(s => s.Name == DataStamp.Figures, ct);
            stamp.Value++;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            return;
        }

        // Inside the configured execution strategy (a retrying one does not allow a transaction of its own outside it):
        // a retry runs the whole transaction again (the stamp is raised once more: it only has to change).
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await SqliteBulkInsert.InsertAsync(db, rows, token);
            await SqliteBulkInsert.InsertAsync(db, audit.ForInserts(db, rows, at), token);
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "DataStamps" SET "Value" = "Value" + 1 WHERE "Name" = {DataStamp.Figures}""", token);
            await transaction.CommitAsync(token);
        }, ct);
    }
}
