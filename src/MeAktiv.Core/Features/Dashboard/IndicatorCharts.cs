using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>The series of the Kennzahl page's charts and tables, all from the engine.</summary>
internal static class IndicatorCharts
{
    /// <summary>Months 1..12: actual up to the chosen month, the phased target path, and the forecast line from the
    /// chosen month's actual to the year-end forecast.</summary>
    public static IReadOnlyList<PathPoint> Path(DashboardData data, Indicator indicator, DashboardUnit unit, IndicatorCard card)
    {
        var definition = IndicatorDefinition.FromEntity(indicator);
        var series = data.Series(indicator, unit);
        return Enumerable.Range(1, 12).Select(m =>
        {
            var r = m == card.Month ? card.Result : AttainmentCalculator.Calculate(definition, series, data.Year, m, card.Result.Target, card.Profile);
            decimal? forecast = m == card.Month && card.Result.Forecast is not null ? card.Result.Actual
                : m == 12 ? card.Result.Forecast : null;
            return new PathPoint(m, m <= card.Month ? r.Actual : null, r.PhasedTarget, forecast);
        }).ToList();
    }

    /// <summary>The rolling 12-month Integrationsquote from January of last year to the chosen month (K2 only).</summary>
    public static IReadOnlyList<MonthPoint> Rolling(DashboardData data, Indicator indicator, DashboardUnit unit, int month)
    {
        if (indicator.Formula != FormulaKind.IntegrationRate)
        {
            return [];
        }

        return SeriesCalculator.Calculate(IndicatorDefinition.FromEntity(indicator), data.Series(indicator, unit),
                data.Year - 1, 1, data.Year, month)
            .Select(p => new MonthPoint(new YearMonth(p.Year, p.Month), p.Rolling12))
            .ToList();
    }

    /// <summary>The headline value of each month of this year (up to the chosen month) and of last year.</summary>
    public static IReadOnlyList<YearComparisonPoint> LastYear(DashboardData data, Indicator indicator, DashboardUnit unit, int month)
    {
        var definition = IndicatorDefinition.FromEntity(indicator);
        var series = data.Series(indicator, unit);
        var last = SeriesCalculator.Calculate(definition, series, data.Year - 1, 1, data.Year - 1, 12);
        var now = SeriesCalculator.Calculate(definition, series, data.Year, 1, data.Year, month);
        return Enumerable.Range(1, 12)
            .Select(m => new YearComparisonPoint(m, m <= month ? now[m - 1].Value : null, last[m - 1].Value))
            .ToList();
    }

    /// <summary>The raw components summed over the unit, months 1..12 of this year and last year.</summary>
    public static IReadOnlyList<ComponentMonths> Components(DashboardData data, Indicator indicator, DashboardUnit unit)
    {
        var series = data.Series(indicator, unit);
        return indicator.Components.OrderBy(c => c.SortOrder).Select(c => new ComponentMonths(c.Code, c.Name, c.Kind, c.Role,
                Enumerable.Range(1, 12).Select(m => series.Get(c.Code, data.Year, m)).ToList(),
                Enumerable.Range(1, 12).Select(m => series.Get(c.Code, data.Year - 1, m)).ToList()))
            .ToList();
    }
}
