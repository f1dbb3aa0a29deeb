using MeAktiv.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// The Termine of the seed files: fixed dates (<c>fixed-dates.csv</c>) and recurring meetings
/// (<c>recurring-dates.csv</c>), each added by code while missing, so a database created before a line existed gets
/// it too; a Termin changed or cancelled in the application is kept as it is (cancelled ones stay stored for that).
/// Recurring meetings of units the database does not have are left out. One save, audited.
/// </summary>
internal static class TerminSeeder
{
    public static async Task SeedAsync(AppDbContext db, string folder, CancellationToken ct)
    {
        var presentDates = (await db.FixedDates.Select(d => d.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        db.FixedDates.AddRange(FixedDateSeedReader.Read(folder).Where(d => !presentDates.Contains(d.Code)));
        var presentRules = (await db.RecurringDates.Select(d => d.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        foreach (var seed in RecurringDateSeedReader.Read(folder).Where(r => !presentRules.Contains(r.Rule.Code)))
        {
            if (units.TryGetValue(seed.UnitCode, out var unitId))
            {
                seed.Rule.OrgUnitId = unitId;
                db.RecurringDates.Add(seed.Rule);
            }
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
