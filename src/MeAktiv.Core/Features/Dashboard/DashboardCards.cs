using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>Builds the engine's figures of one indicator at one unit: the card, its reference target, the sparkline.</summary>
internal static class DashboardCards
{
    public static IndicatorCard Card(DashboardData data, Indicator indicator, DashboardUnit unit, int month)
    {
        var definition = IndicatorDefinition.FromEntity(indicator);
        var series = data.Series(indicator, unit);
        var held = data.TargetOf(indicator, unit, month);
        var result = AttainmentCalculator.Calculate(definition, series, data.Year, month, held?.Annual, held?.Profile);
        var required = FormulaText.RequiredUnit(indicator);
        var from = new DateOnly(data.Year, month, 1).AddMonths(-12);
        var rolling = indicator.Formula == FormulaKind.IntegrationRate;
        var sparkline = TurnOfYearSeries.Calculate(definition, series, from.Year, from.Month, data.Year, month)
            .Select(p => new MonthPoint(new YearMonth(p.Year, p.Month), p.Value) { LastYear = p.LastYear, StartsLine = p.StartsLine })
            .ToList();
        return new IndicatorCard(indicator.Code, indicator.Name, indicator.Category, indicator.Unit, indicator.Formula,
            indicator.Direction, held is null ? null : TargetVersionInfo.Of(held.Version), held?.Source, data.Year, month, result, required?.Text, required?.Kind,
            data.LatestMonthWithFigures(indicator, unit), sparkline,
            rolling ? "gleitende 12 Monate (K2)" : "Stand zum jeweiligen Monat, gestrichelt: Vorjahresmonat") { Profile = held?.Profile };
    }
}
