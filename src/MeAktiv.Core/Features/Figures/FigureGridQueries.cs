using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Features.Reports;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>Loads the Erfassung grid for units the user may see, in a fixed number of queries.</summary>
public sealed class FigureGridQueries(IDbContextFactory<AppDbContext> factory, AttainmentQueries attainment)
{
    public async Task<FigureGrid> LoadAsync(UserScope scope, IReadOnlyList<string> unitCodes, int year, int month,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var codes = unitCodes.Select(c => c.ToUpperInvariant()).ToList();
        var units = (await db.OrgUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToListAsync(ct))
            .Where(u => scope.CanSee(u.Id) && u.ExistsIn(year, month))
            .OrderBy(u => codes.IndexOf(u.Code)).ToList();
        var ids = units.Select(u => u.Id).ToList();
        var (py, pm) = month == 1 ? (year - 1, 12) : (year, month - 1);
        var values = (await db.MonthlyValues.AsNoTracking()
                .Where(v => ids.Contains(v.OrgUnitId) && ((v.Year == year && v.Month == month) || (v.Year == py && v.Month == pm)))
                .ToListAsync(ct))
            .ToDictionary(v => (v.OrgUnitId, v.ComponentId, v.Year, v.Month));
        var states = (await db.MonthStatuses.AsNoTracking()
                .Where(s => ids.Contains(s.OrgUnitId) && s.Year == year && s.Month == month).ToListAsync(ct))
            .ToDictionary(s => s.OrgUnitId);
        // Only the indicators switched on for the year are offered (their stored figures stay).
        var indicators = (await DatenstandQueries.LoadActivationAsync(db, ct)).ActiveOf(
            await db.Indicators.AsNoTracking().Include(i => i.Components).OrderBy(i => i.SortOrder).ToListAsync(ct), year);
        var cityLinks = await db.OrgUnitCities.AsNoTracking().Include(c => c.City).Where(c => ids.Contains(c.OrgUnitId)).ToListAsync(ct);

        // The derived values of every column from one load (figures and sums come from the FigureCache): each unit's
        // own drafts count here, on its own Erfassung page, and nowhere else (docs/kennzahlen.md, "Datenstand").
        var derived = new Dictionary<(int Unit, string Indicator), decimal?>();
        var dataByUnit = units.Count == 0
            ? new Dictionary<string, AttainmentData>()
            : await attainment.LoadForEntryAsync(scope, units.Select(u => u.Code).ToList(), year, ct);
        foreach (var unit in units)
        {
            if (!dataByUnit.TryGetValue(unit.Code, out var data))
            {
                continue;
            }

            foreach (var indicator in data.IndicatorsOf(year).Where(i => i.IsEnteredAt(unit)))
            {
                derived[(unit.Id, indicator.Code)] = data.Calculate(indicator, year, month).Actual;
            }
        }

        var gridUnits = units.Select(u => ToGridUnit(scope, u, states.GetValueOrDefault(u.Id))).ToList();
        var rows = indicators
            .SelectMany(i => i.Components.OrderBy(c => c.SortOrder).Select(c => (Indicator: i, Component: c)))
            .Select(x => new GridRow(x.Indicator.Code, x.Indicator.Name, x.Component.Code, x.Component.Name, x.Component.Kind,
                x.Indicator.Unit,
                units.Where(u => x.Indicator.IsEnteredAt(u)
                        && (!CityServing.IsCityIndicator(x.Indicator) || CityServing.Serves(cityLinks, u.Id, x.Component.Code, year, month)))
                    .ToDictionary(u => u.Code, u =>
                {
                    var current = values.GetValueOrDefault((u.Id, x.Component.Id, year, month));
                    var previous = values.GetValueOrDefault((u.Id, x.Component.Id, py, pm));
                    return new GridCell(current?.Value, current?.Version, current?.UpdatedBy, current?.UpdatedAt, previous?.Value,
                        derived.GetValueOrDefault((u.Id, x.Indicator.Code)));
                })))
            .Where(r => r.Cells.Count > 0)
            .ToList();
        return new FigureGrid(year, month, gridUnits, rows);
    }

    private static GridUnit ToGridUnit(UserScope scope, OrgUnit unit, MonthStatus? status) => new(
        unit.Id, unit.Code, unit.Name, status?.State ?? MonthState.Entwurf,
        scope.CanEditFigures(unit.Id) && status?.State != MonthState.Abgeschlossen,
        status?.SubmittedBy, status?.SubmittedAt, status?.ClosedBy, status?.ClosedAt);
}
