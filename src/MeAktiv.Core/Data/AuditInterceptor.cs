using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MeAktiv.Core.Data;

/// <summary>
/// Adds an <see cref="AuditEntry"/> for every change of an <see cref="IAudited"/> entity before the save, so the
/// history is committed in the same transaction as the change (or not at all). <see cref="AuditWriter"/> builds the
/// entries; the reason is the one the saving context carries (<see cref="AppDbContext.AuditReason"/>). No state of its
/// own: one instance serves every context of its scope, also saves running at the same time.
/// </summary>
public sealed class AuditInterceptor(AuditWriter writer) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContextEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            writer.AddChanges(db);
        }
    }
}
