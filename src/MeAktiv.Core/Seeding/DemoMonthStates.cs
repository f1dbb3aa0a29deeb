using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// Demo only: the month states of the units with demo figures, so the demo looks like a running year. Every month up
/// to <see cref="LastClosed"/> (2015-04, and the December 2013 the year-to-date formulas start from) is closed,
/// <see cref="Submitted"/> (2015-05) is submitted, the latest month (2015-06) stays in Entwurf (no row). Submitted on
/// the 8th and closed on the 15th of the following month, by <see cref="SeedImporter.DemoSeedUser"/>. Runs only while
/// no month state exists at all, so a second start, or a database in use, is left as it is.
/// </summary>
internal static class DemoMonthStates
{
    public static readonly YearMonth LastClosed = new(2015, 4);
    public static readonly YearMonth Submitted = new(2015, 5);

    /// <param name="at">The time of the states' audit entries.</param>
    public static async Task SeedAsync(IDbContextFactory<AppDbContext> factory, AuditWriter audit, DateTime at, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.MonthStatuses.AnyAsync(ct))
        {
            return;
        }

        var months = await db.MonthlyValues.AsNoTracking()
            .Where(v => v.IsDemo)
            .Select(v => new { v.OrgUnitId, v.Year, v.Month })
            .Distinct()
            .ToListAsync(ct);
        var states = months
            .Select(m => (m.OrgUnitId, Month: new YearMonth(m.Year, m.Month)))
            .Where(m => m.Month.CompareTo(Submitted) <= 0)
            .OrderBy(m => m.Month).ThenBy(m => m.OrgUnitId)
            .Select(m => Status(m.OrgUnitId, m.Month))
            .ToList();
        if (states.Count == 0)
        {
            return;
        }

        // One transaction; the audit history records each state like any other change. Only figures of submitted or
        // closed months count above the unit that entered them, so the states change what the cached figures hold:
        // the figures' stamp is raised in the same transaction.
        await DemoFigureWriter.WriteAsync(db, states, audit, at, ct);
    }

    private static MonthStatus Status(int unitId, YearMonth month)
    {
        var next = new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        var closed = month.CompareTo(LastClosed) <= 0;
        return new MonthStatus
        {
            OrgUnitId = unitId,
            Year = month.Year,
            Month = month.Month,
            State = closed ? MonthState.Abgeschlossen : MonthState.Eingereicht,
            SubmittedBy = SeedImporter.DemoSeedUser,
            SubmittedAt = next.AddDays(7).AddHours(8),
            ClosedBy = closed ? SeedImporter.DemoSeedUser : null,
            ClosedAt = closed ? next.AddDays(14).AddHours(9) : null,
        };
    }
}
