using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Reports;

/// <summary>Builds the quarterly attainment report from one load of the whole tree (<see cref="AttainmentQueries.LoadTreeAsync"/>).</summary>
public sealed class AttainmentReportService(
    AttainmentQueries queries, DatenstandQueries datenstand, IDbContextFactory<AppDbContext> factory, SmallCellRule cells)
{
    /// <summary>
    /// The latest quarter whose three months are complete for the Jobcenter (docs/kennzahlen.md, "Datenstand"); while
    /// there is none, the quarter of the latest month with figures.
    /// </summary>
    public async Task<(int Year, int Quarter)> DefaultPeriodAsync(CancellationToken ct = default)
    {
        if (TraegerMonths.LatestCompleteQuarter(await datenstand.LoadAsync(ct: ct)) is { } complete)
        {
            return complete;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var any = await db.MonthlyValues.MaxAsync(v => (int?)(v.Year * 100 + v.Month), ct);
        return any is { } l ? (l / 100, (l % 100 + 2) / 3) : (DateTime.Today.Year, 1);
    }

    private static readonly TargetCategory[] Categories =
        [TargetCategory.BaZiel, TargetCategory.LokalesZiel, TargetCategory.KommunalesZiel, TargetCategory.Monitoring];

    public async Task<AttainmentReport> GetAsync(UserScope scope, int year, int quarter, CancellationToken ct = default)
    {
        ReportPeriods.CheckYear(year);
        ReportPeriods.CheckQuarter(quarter);
        (year, quarter) = await datenstand.ShownQuarterAsync(scope, year, quarter, ct); // the Träger: complete quarters only
        var month = quarter * 3;
        var tree = await queries.LoadTreeAsync(scope, year, ct);
        var jobcenter = tree.FirstOrDefault(d => d.UnitKind == OrgUnitKind.Jobcenter);
        var units = tree
            .Where(d => d.UnitKind is OrgUnitKind.Jobcenter or OrgUnitKind.Geschaeftsstelle)
            .Where(d => d.UnitKind == OrgUnitKind.Jobcenter || d.IndicatorsOf(year).Any(i => d.LatestMonth(i, year) is { } m && m.Month > month - 3))
            .OrderBy(d => d.UnitKind).ThenBy(d => d.UnitName, Common.German.Comparer)
            .ToList();
        var parts = units.Select(d => new AttainmentReportPart(d.UnitCode, d.UnitName, d.UnitKind, Rows(d, year, month, scope))).ToList();
        return new AttainmentReport(year, quarter, month,
            parts.SelectMany(p => p.Rows).Any(r => r.IsProvisional && r.Target is not null),
            units.Any(u => u.HasDemoFigures), parts) { Datenstand = ReportCoverage.Of(scope, jobcenter, year, month) };
    }

    private List<AttainmentReportRow> Rows(AttainmentData data, int year, int month, UserScope scope) => data.IndicatorsOf(year)
        .Where(i => Categories.Contains(i.Category))
        .Select(i => (Indicator: i, Target: data.TargetOf(i, year, month)))
        .Where(x => x.Target is not null)
        .Select(x =>
        {
            var target = x.Target!;
            var computed = data.Calculate(x.Indicator, year, month, target);
            var (result, suppressed) = cells.Mask(scope, computed, x.Indicator.Unit);
            return new AttainmentReportRow(x.Indicator.Code, x.Indicator.Name, x.Indicator.Category, x.Indicator.Unit,
                x.Indicator.Formula is FormulaKind.ChangeOfSum or FormulaKind.ChangeOfAverage,
                target.Annual, target.Version.Status, target.Source, result.Actual, result.PhasedTarget, result.Light, result.Forecast,
                result.ForecastMethod)
            {
                ActualHiddenBelow = suppressed && result.Actual is null && computed.Actual is not null ? cells.MinCellSize : null,
            };
        })
        .Where(r => data.UnitKind == OrgUnitKind.Jobcenter || r.Target is not null || r.Actual is not null || r.ActualHiddenBelow is not null)
        .ToList();
}
