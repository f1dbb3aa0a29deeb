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
        var (annual, version, source) = Reference(data, indicator, unit, month);
        var result = AttainmentCalculator.Calculate(definition, series, data.Year, month, annual);
        var required = FormulaText.RequiredUnit(indicator);
        var from = new DateOnly(data.Year, month, 1).AddMonths(-12);
        var rolling = indicator.Formula == FormulaKind.IntegrationRate;
        var sparkline = TurnOfYearSeries.Calculate(definition, series, from.Year, from.Month, data.Year, month)
            .Select(p => new MonthPoint(new YearMonth(p.Year, p.Month), p.Value) { LastYear = p.LastYear, StartsLine = p.StartsLine })
            .ToList();
        return new IndicatorCard(indicator.Code, indicator.Name, indicator.Category, indicator.Unit, indicator.Formula,
            indicator.Direction, version, source, data.Year, month, result, required?.Text, required?.Kind,
            data.LatestMonthWithFigures(indicator, unit), sparkline,
            rolling ? "gleitende 12 Monate (K2)" : "Stand zum jeweiligen Monat, gestrichelt: Vorjahresmonat");
    }

    /// <summary>
    /// The annual target the unit is held against: its own; else the nearest ancestor's, as a rate (rate kinds) or
    /// split by last year's level of the same months (sums and averaged stocks); null when there is none.
    /// </summary>
    public static (decimal? Annual, TargetVersionInfo? Version, string? Source) Reference(
        DashboardData data, Indicator indicator, DashboardUnit unit, int month)
    {
        if (data.TargetHolder(indicator, unit) is not var (holder, target))
        {
            return (null, null, null);
        }

        if (holder.Id == unit.Id)
        {
            return (target.Value, target, null);
        }

        if (Contributions.IsRateKind(indicator.Formula))
        {
            return (target.Value, target, $"Ziel von {holder.Name}");
        }

        var own = Contributions.Parts(indicator, data.Series(indicator, unit), data.Year, month).D;
        var whole = Contributions.Parts(indicator, data.Series(indicator, holder), data.Year, month).D;
        return target.Value is { } value && whole > 0m && own > 0m
            ? (value * own / whole, target, $"Anteil am Ziel von {holder.Name} nach dem Vorjahr")
            : (null, target, $"Ziel von {holder.Name} nicht aufteilbar (kein Vorjahreswert)");
    }
}
