using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Targets;

/// <summary>
/// The Zielübersicht: every target of a year at a unit (and every indicator with figures there), with the current
/// target version and the figures of the latest month that has data (figures arrive with a delay, so that month
/// differs per indicator).
/// </summary>
public sealed class TargetOverviewService(AttainmentQueries queries, SmallCellRule cells)
{
    public async Task<TargetOverview> GetAsync(UserScope scope, int year, string unitCode = "JC", CancellationToken ct = default)
    {
        var data = await queries.LoadAsync(scope, unitCode, year, year, ct);
        var rows = data.Indicators
            .Where(i => i.Category != TargetCategory.Stadtbericht)
            .Select(i => (Indicator: i, Target: data.TargetOf(i, year)))
            .Where(x => x.Target is not null || data.HasFigures(x.Indicator))
            .Select(x => ToRow(scope, data, x.Indicator, x.Target, year))
            .ToList();
        return new TargetOverview(year, data.UnitCode, data.UnitName, rows.Max(r => r.LatestMonth), data.HasDemoFigures, rows);
    }

    private TargetOverviewRow ToRow(UserScope scope, AttainmentData data, Indicator indicator, TargetVersion? target, int year)
    {
        var latest = data.LatestMonth(indicator, year);
        var computed = latest is { } m ? data.Calculate(indicator, year, m.Month) : null;
        var result = computed is null ? null : cells.Mask(scope, computed, indicator.Unit).Result;
        var hidden = (int?)cells.MinCellSize;
        return new TargetOverviewRow(
            indicator.Code, indicator.Name, indicator.Category, indicator.Unit, indicator.Formula, indicator.Direction,
            target?.Value, target?.Status, target?.Note, latest,
            result?.Actual, result?.PhasedTarget, result?.Light ?? TrafficLight.None, result?.Forecast, result?.ForecastMethod,
            result?.Missing ?? [])
        {
            ActualHiddenBelow = computed?.Actual is not null && result?.Actual is null ? hidden : null,
            ForecastHiddenBelow = computed?.Forecast is not null && result?.Forecast is null ? hidden : null,
        };
    }
}
