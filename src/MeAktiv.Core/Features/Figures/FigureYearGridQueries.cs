using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The Erfassung grid of one unit's year: rows are the components the unit enters, columns the months from January to
/// <c>lastMonth</c> in which the unit exists, each with its own state (a closed month is read-only). Fixed number of
/// queries: unit, figures of the year and last December, month states, indicators, one engine load for the derived values.
/// </summary>
public sealed class FigureYearGridQueries(IDbContextFactory<AppDbContext> factory, AttainmentQueries attainment)
{
    /// <returns>The grid, or null if the unit does not exist or the user may not see it.</returns>
    public async Task<FigureGrid?> LoadAsync(UserScope scope, string unitCode, int year, int lastMonth, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var code = unitCode.ToUpperInvariant();
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        if (unit is null || !scope.CanSee(unit.Id))
        {
            return null;
        }

        var values = (await db.MonthlyValues.AsNoTracking()
                .Where(v => v.OrgUnitId == unit.Id && (v.Year == year || (v.Year == year - 1 && v.Month == 12)))
                .ToListAsync(ct))
            .ToDictionary(v => (v.ComponentId, v.Year, v.Month));
        var states = (await db.MonthStatuses.AsNoTracking().Where(s => s.OrgUnitId == unit.Id && s.Year == year).ToListAsync(ct))
            .ToDictionary(s => s.Month);
        // Only the indicators switched on for the year are offered (their stored figures stay).
        var indicators = (await DatenstandQueries.LoadActivationAsync(db, ct)).ActiveOf(
                await db.Indicators.AsNoTracking().Include(i => i.Components).OrderBy(i => i.SortOrder).ToListAsync(ct), year)
            .Where(i => i.IsEnteredAt(unit)).ToList();
        var months = Enumerable.Range(1, lastMonth).Where(m => unit.ExistsIn(year, m)).ToList();
        // The unit's own drafts count in its derived values here (its own Erfassung page) and nowhere else.
        var data = (await attainment.LoadForEntryAsync(scope, [unit.Code], year, ct))[unit.Code];

        var columns = months.Select(m => Column(scope, unit, year, m, states.GetValueOrDefault(m))).ToList();
        var rows = indicators
            .SelectMany(i => i.Components.OrderBy(c => c.SortOrder).Select(c => (Indicator: i, Component: c)))
            .Select(x => new GridRow(x.Indicator.Code, x.Indicator.Name, x.Component.Code, x.Component.Name, x.Component.Kind,
                x.Indicator.Unit,
                columns.ToDictionary(c => c.Key, c =>
                {
                    var (py, pm) = c.Month == 1 ? (year - 1, 12) : (year, c.Month!.Value - 1);
                    var current = values.GetValueOrDefault((x.Component.Id, year, c.Month!.Value));
                    var previous = values.GetValueOrDefault((x.Component.Id, py, pm));
                    return new GridCell(current?.Value, current?.Version, current?.UpdatedBy, current?.UpdatedAt, previous?.Value,
                        data.Calculate(x.Indicator, year, c.Month!.Value).Actual);
                })))
            .ToList();
        return new FigureGrid(year, lastMonth, columns, rows);
    }

    private static GridUnit Column(UserScope scope, OrgUnit unit, int year, int month, MonthStatus? status) => new(
        unit.Id, unit.Code, $"{month:D2}/{year}", status?.State ?? MonthState.Entwurf,
        scope.CanEditFigures(unit.Id) && status?.State != MonthState.Abgeschlossen,
        status?.SubmittedBy, status?.SubmittedAt, status?.ClosedBy, status?.ClosedAt, month);
}
