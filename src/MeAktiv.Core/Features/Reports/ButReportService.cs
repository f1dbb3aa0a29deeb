using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Reports;

/// <summary>
/// Builds the BuT quarterly report from the city figures; every sum is exact (decimal). For the Träger, counts below
/// Privacy:MinCellSize are removed (<see cref="SmallCellRule"/>); sums are computed before.
/// </summary>
public sealed class ButReportService(CityFigureQueries queries, SmallCellRule cells)
{
    public const string Processed = "BUT-BEA";
    public const string Open = "BUT-OFF";
    public const string Expenditure = "BUT-AUF";
    public const string Backlog = "BUT-RUE";

    public async Task<ButReport> GetAsync(UserScope scope, int year, int stichtag, CancellationToken ct = default)
    {
        ReportPeriods.CheckYear(year);
        var month = ReportPeriods.StichtagMonth(stichtag);
        var end = new YearMonth(year, month);
        var start = end.AddMonths(-2);
        var figures = await queries.LoadAsync(scope, [Processed, Open, Expenditure, Backlog], start, end, ct);
        var rows = figures.Rows;
        var german = Common.German.Comparer;
        var sites = rows.GroupBy(r => (r.UnitCode, r.UnitName))
            .OrderBy(g => g.Key.UnitName, german)
            .Select(g =>
            {
                var lines = g.GroupBy(r => r.City, StringComparer.OrdinalIgnoreCase)
                    .Select(c => Line(c.Key, figures.CityName(c.Key), c.ToList(), end))
                    .OrderBy(l => l.Name, german).ToList();
                return new ButSite(g.Key.UnitCode, g.Key.UnitName, lines, Line(g.Key.UnitCode, "Summe " + g.Key.UnitName, g.ToList(), end));
            })
            .ToList();
        var cities = rows.GroupBy(r => r.City, StringComparer.OrdinalIgnoreCase)
            .Select(c => Line(c.Key, figures.CityName(c.Key), c.ToList(), end))
            .OrderBy(l => l.Name, german).ToList();
        var missing = Enumerable.Range(0, 3).Select(i => start.AddMonths(i))
            .Where(m => !rows.Any(r => r.Year == m.Year && r.Month == m.Month))
            .Select(m => m.ToString()).ToList();
        var date = new DateOnly(year, month, 15);
        var before = start.AddMonths(-1);
        var report = new ButReport(year, stichtag, date, Common.German.Period(new DateOnly(before.Year, before.Month, 16), date),
            sites, cities, Line("", "Gesamt", rows, end), missing, rows.Any(r => r.IsDemo));
        var caller = cells.For(scope);
        return caller.HidesSmallCounts
            ? report with
            {
                Sites = [.. report.Sites.Select(s => s with { Cities = [.. s.Cities.Select(l => Mask(caller, l))], Subtotal = Mask(caller, s.Subtotal) })],
                Cities = [.. report.Cities.Select(l => Mask(caller, l))],
                Total = Mask(caller, report.Total),
                HiddenBelow = caller.HiddenBelow,
            }
            : report;
    }

    private static ButLine Mask(Disclosure caller, ButLine line) => line with
    {
        Processed = caller.Show(line.Processed, IndicatorUnit.Anzahl), Open = caller.Show(line.Open, IndicatorUnit.Anzahl),
        Backlog = caller.Show(line.Backlog, IndicatorUnit.Anzahl),
        ProcessedHidden = caller.Hides(line.Processed, IndicatorUnit.Anzahl), OpenHidden = caller.Hides(line.Open, IndicatorUnit.Anzahl),
        BacklogHidden = caller.Hides(line.Backlog, IndicatorUnit.Anzahl),
    };

    private static ButLine Line(string code, string name, IReadOnlyList<CityFigure> rows, YearMonth stichtag)
    {
        decimal Sum(string indicator) => rows.Where(r => r.Indicator == indicator).Sum(r => r.Value);
        decimal? Stock(string indicator)
        {
            var at = rows.Where(r => r.Indicator == indicator && r.Year == stichtag.Year && r.Month == stichtag.Month).ToList();
            return at.Count == 0 ? null : at.Sum(r => r.Value);
        }

        return new ButLine(code, name, Sum(Processed), Stock(Open), Sum(Expenditure), Stock(Backlog));
    }
}
