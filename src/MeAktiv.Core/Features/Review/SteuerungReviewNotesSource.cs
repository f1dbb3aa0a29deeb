using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Review;

/// <summary>
/// The review screen's notes from the Zielnachhaltung process: per indicator the Jobcenter's latest comment up to the
/// quarter's last month (of that year), and the measures of the year (started by the quarter's end, not discarded)
/// with their state, of the units the caller may see (a Teamleitung not another team's, the Träger no team's). Two queries.
/// </summary>
public sealed class SteuerungReviewNotesSource(IDbContextFactory<AppDbContext> factory) : IReviewNotesSource
{
    public async Task<ReviewNotes> GetAsync(UserScope scope, int year, int month, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var jc = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null).Select(u => u.Id).FirstAsync(ct);
        var comments = await db.IndicatorComments.AsNoTracking()
            .Where(c => c.OrgUnitId == jc && c.Year == year && c.Month <= month)
            .Join(db.Indicators, c => c.IndicatorId, i => i.Id, (c, i) => new { i.Code, c.Month, c.Text })
            .ToListAsync(ct);
        var end = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var start = new DateOnly(year, 1, 1);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.StartDate <= end && m.DueDate >= start && m.Status != MeasureStatus.Verworfen)
            .OrderBy(m => m.DueDate).ThenBy(m => m.Title)
            .Select(m => new
            {
                m.Title, m.Owner, m.DueDate, m.Status, m.OrgUnitId, UnitCode = m.OrgUnit!.Code,
                Indicator = m.Indicators.Select(i => i.Indicator!.Code).OrderBy(c => c).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new ReviewNotes(
            comments.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Month)!.Text),
            [.. measures.Where(m => scope.CanSee(m.OrgUnitId))
                .Select(m => new ReviewMeasure(m.Title, m.Indicator, m.Owner, m.DueDate, MeasureStatusMachine.Text(m.Status), m.UnitCode))]);
    }
}
