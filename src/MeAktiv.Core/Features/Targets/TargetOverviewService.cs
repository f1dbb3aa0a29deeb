using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Targets;

/// <summary>
/// The Zielübersicht: every target of a year at a unit (and every indicator with figures there), with the current
/// target version and the figures of one month for all rows: the chosen month, by default THE default month (the
/// Jobcenter's latest complete month, docs/kennzahlen.md "Datenstand"). Only submitted or closed figures count.
/// </summary>
public sealed class TargetOverviewService(AttainmentQueries queries, DatenstandQueries datenstand, SmallCellRule cells)
{
    /// <exception cref="UnitNotFoundException">No such unit.</exception>
    /// <exception cref="UnitForbiddenException">The user may not see the unit.</exception>
    public async Task<TargetOverview> GetAsync(UserScope scope, int year, string unitCode = "JC", int? month = null,
        CancellationToken ct = default)
    {
        var data = await queries.LoadAsync(scope, unitCode, year, year, ct);
        var asked = year; // the Träger gets the latest complete month instead of one that is not complete
        (year, var m) = await datenstand.ShownAsync(scope, new YearMonth(year, month is >= 1 and <= 12 ? month.Value : data.DefaultMonth(year)), ct);
        data = year == asked ? data : await queries.LoadAsync(scope, unitCode, year, year, ct);
        var rows = data.IndicatorsOf(year)
            .Where(i => i.Category != TargetCategory.Stadtbericht)
            .Select(i => (Indicator: i, Target: data.TargetOf(i, year, m)))
            .Where(x => x.Target is not null || data.HasFigures(x.Indicator))
            .Select(x => ToRow(scope, data, x.Indicator, x.Target, year, m))
            .ToList();
        var coverage = data.CoverageOf(year, m);
        var jobcenter = data.Datenstand.Root;
        return new TargetOverview(year, m, data.UnitCode, data.UnitName, data.HasDemoFigures, rows)
        {
            Coverage = coverage.Coverage,
            Missing = coverage.Missing.Where(u => data.Datenstand.Find(u.Code) is { } unit && scope.CanSee(unit.Id)).ToList(),
            Months = TraegerMonths.Selectable(scope, data.Datenstand, year, Enumerable.Range(1, Math.Max(m, data.LatestMonthWithAnyFigure(year) ?? 1)).ToList()),
            LatestCompleteMonth = jobcenter is null ? null : data.Datenstand.LatestCompleteMonth(jobcenter.Id, year),
        };
    }

    private TargetOverviewRow ToRow(UserScope scope, AttainmentData data, Indicator indicator, HeldTarget? target, int year, int month)
    {
        var computed = data.Calculate(indicator, year, month, target);
        var result = cells.Mask(scope, computed, indicator.Unit).Result;
        var hidden = (int?)cells.MinCellSize;
        return new TargetOverviewRow(
            indicator.Code, indicator.Name, indicator.Category, indicator.Unit, indicator.Formula, indicator.Direction,
            target?.Annual, target?.Version.Status, target?.Version.Note, new YearMonth(year, month),
            result.Actual, result.PhasedTarget, result.Light, result.Forecast, result.ForecastMethod, result.Missing)
        {
            TargetSource = target?.Source,
            PeriodText = target?.Profile is { IsCalendarYear: false } period ? period.Text : null,
            ActualHiddenBelow = computed.Actual is not null && result.Actual is null ? hidden : null,
            ForecastHiddenBelow = computed.Forecast is not null && result.Forecast is null ? hidden : null,
        };
    }
}
