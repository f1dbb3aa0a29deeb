using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Reports;

/// <summary>
/// Builds the § 16a report from the city figures; sums are exact (decimal) per city and in total. For the Träger, counts
/// below Privacy:MinCellSize are removed (<see cref="SmallCellRule"/>); sums are computed before.
/// </summary>
public sealed class Sec16aReportService(CityFigureQueries queries, SmallCellRule cells)
{
    public static readonly IReadOnlyList<Sec16aService> AllServices =
    [
        new(1, "16A-1", "Kinderbetreuung / häusliche Pflege (Nr. 1)"),
        new(2, "16A-2", "Schuldnerberatung (Nr. 2)"),
        new(3, "16A-3", "Psychosoziale Betreuung (Nr. 3)"),
        new(4, "16A-4", "Suchtberatung (Nr. 4)"),
    ];

    public async Task<Sec16aReport> GetAsync(UserScope scope, int year, bool includeNo4, CancellationToken ct = default)
    {
        ReportPeriods.CheckYear(year);
        var services = AllServices.Where(s => includeNo4 || s.Number <= 3).ToList();
        var figures = await queries.LoadAsync(scope, services.Select(s => s.IndicatorCode).ToList(),
            new YearMonth(year, 1), new YearMonth(year, 12), ct);
        var cities = figures.Rows.Select(r => r.City).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(code => Row(code, figures.CityName(code), services, figures.Rows.Where(r => Same(r.City, code)).ToList()))
            .OrderBy(r => r.CityName, Common.German.Comparer)
            .ToList();
        var total = Row("", "Gesamt", services, figures.Rows);
        var report = new Sec16aReport(year, includeNo4, services, cities, total,
            figures.Rows.Count == 0 ? null : figures.Rows.Max(r => r.Month), figures.Rows.Any(r => r.IsDemo));
        var caller = cells.For(scope);
        return caller.HidesSmallCounts
            ? report with { Cities = [.. cities.Select(l => Mask(caller, l))], Total = Mask(caller, total), HiddenBelow = caller.HiddenBelow }
            : report;
    }

    private static Sec16aCityRow Mask(Disclosure caller, Sec16aCityRow row) => row with
    {
        PerService = [.. row.PerService.Select(v => caller.Show(v, IndicatorUnit.Anzahl))],
        Sum = caller.Show(row.Sum, IndicatorUnit.Anzahl),
    };

    private static Sec16aCityRow Row(string code, string name, IReadOnlyList<Sec16aService> services, IReadOnlyList<CityFigure> rows)
    {
        var perService = services.Select(s => (decimal?)rows.Where(r => r.Indicator == s.IndicatorCode).Sum(r => r.Value)).ToList();
        return new Sec16aCityRow(code, name, perService, perService.Sum(),
            rows.Select(r => r.UnitName).Distinct().Order(Common.German.Comparer).ToList());
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
