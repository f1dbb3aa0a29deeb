using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// Loads everything the dashboards of one year need in a fixed number of queries, whatever the number of units or
/// months: units, indicators with components, the year's targets with all versions, the reporting duties, and the
/// figures of the year and the two before with their months' states (via <see cref="FigureQueries"/>: the stamp, and
/// after a change values, component codes, states). Eight commands at most; <c>DashboardQueryBudgetTests</c> holds it
/// to that.
/// </summary>
public sealed class DashboardLoader(IDbContextFactory<AppDbContext> factory, FigureQueries figures)
{
    public async Task<DashboardData> LoadAsync(int year, CancellationToken ct = default)
    {
        List<OrgUnit> units;
        List<Indicator> indicators;
        List<LoadedTarget> targets;
        List<ReportingDuty> duties;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
            indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
                .OrderBy(i => i.SortOrder).ToListAsync(ct);
            targets = await db.Targets.AsNoTracking()
                .Where(t => t.Year == year)
                .Select(t => new LoadedTarget(t.OrgUnitId, t.IndicatorId, t.Versions
                    .Select(v => new TargetVersionInfo(v.Number, v.Value, v.Status, v.DecidedOn, v.Note, v.CreatedBy, v.CreatedAt))
                    .ToList()))
                .ToListAsync(ct);
            duties = await DatenstandQueries.LoadDutiesAsync(db, ct);
        }

        // The figures that count and the month states of the years come together, cached while the stamp is unchanged.
        var window = await figures.LoadWindowAsync(year - 2, year, ct);
        return new DashboardData(year,
            units.Select(u => new DashboardUnit(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.ValidFrom, u.ValidTo)).ToList(),
            indicators, targets, new Datenstand(units, duties, window.States), window);
    }
}
