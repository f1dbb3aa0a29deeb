using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MeAktiv.Core.Data;

/// <summary>
/// Sets the <see cref="DataStamp.Reference"/> stamp to a new value in the SAME save (one more UPDATE of the stamp row in
/// the save's own transaction) whenever the save adds, changes or deletes reference data that readers keep in memory
/// behind that stamp: units, indicators and their components, targets and their versions, reporting duties, successor
/// links, the indicators switched off per year and the users' assigned units (and a user added, deleted or renamed).
/// Central, so no writer can forget it; nothing writes these tables past EF (no ExecuteUpdate, no raw SQL). A new
/// random value instead of a counter: readers only compare for equality, and no read is needed before the write.
/// No state of its own: one instance serves every context.
/// </summary>
public sealed class ReferenceStampInterceptor : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Types =
    [
        typeof(OrgUnit), typeof(Indicator), typeof(IndicatorComponent), typeof(Target), typeof(TargetVersion),
        typeof(ReportingDuty), typeof(OrgUnitSuccessor), typeof(IndicatorYear), typeof(UserOrgUnit),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>True when the context's pending changes touch the reference data.</summary>
    internal static bool Touches(DbContext db) => db.ChangeTracker.Entries().Any(e => e.State switch
    {
        EntityState.Added or EntityState.Deleted => Types.Contains(e.Metadata.ClrType) || e.Entity is AppUser,
        EntityState.Modified => Types.Contains(e.Metadata.ClrType)
            || (e.Entity is AppUser && e.Property(nameof(AppUser.UserName)) is { IsModified: true } name
                && !string.Equals((string?)name.OriginalValue, (string?)name.CurrentValue, StringComparison.Ordinal)),
        _ => false,
    });

    private static void Stamp(DbContext? context)
    {
        if (context is not AppDbContext db || !Touches(db))
        {
            return;
        }

        var value = Random.Shared.NextInt64(1, long.MaxValue);
        var tracked = db.ChangeTracker.Entries<DataStamp>().FirstOrDefault(e => e.Entity.Name == DataStamp.Reference);
        if (tracked is not null)
        {
            tracked.Property(s => s.Value).CurrentValue = value;
            tracked.Property(s => s.Value).IsModified = true;
            return;
        }

        db.DataStamps.Attach(new DataStamp { Name = DataStamp.Reference, Value = value }).Property(s => s.Value).IsModified = true;
    }
}
