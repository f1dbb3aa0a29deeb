using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// Writes the demo figures (read by <see cref="DemoFiguresReader"/>) in one transaction, each with the audit entry the
/// interceptor would write for an added figure, and raises the figures' stamp in it (no one reads yet: start-up).
/// On SQLite through the bulk path of new figures (<see cref="SqliteBulkInsert"/> with <see cref="AuditWriter.ForInserts{T}"/>,
/// a prepared statement instead of one command per row: ~12 s → well under a second for the 3.817 demo figures,
/// docs/performance.md); on SQL Server with EF's <c>AddRange</c> in one <c>SaveChanges</c>, audited by the interceptor.
/// </summary>
internal static class DemoFigureWriter
{
    public static async Task WriteAsync(AppDbContext db, List<MonthlyValue> values, AuditWriter audit, DateTime at,
        CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            // SQL Server runs with a retrying execution strategy: one SaveChanges is one transaction inside it.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.MonthlyValues.AddRange(values);
            await RaiseStampAsync(db, ct);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            return;
        }

        // Inside the configured execution strategy (a retrying one does not allow a transaction of its own outside it):
        // a retry runs the whole transaction again (the stamp is raised once more: it only has to change).
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await SqliteBulkInsert.InsertAsync(db, values, token);
            await SqliteBulkInsert.InsertAsync(db, audit.ForInserts(db, values, at), token);
            await RaiseStampAsync(db, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
        }, ct);
    }

    private static async Task RaiseStampAsync(AppDbContext db, CancellationToken ct)
    {
        var stamp = await db.DataStamps.SingleAsync(s => s.Name == DataStamp.Figures, ct);
        stamp.Value++;
    }
}
