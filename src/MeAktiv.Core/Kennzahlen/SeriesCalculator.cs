using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen.Formulas;

namespace MeAktiv.Core.Kennzahlen;

/// <summary>The monthly headline values of an indicator over a range of months (charts, <c>/api/v1/series</c>).</summary>
public static class SeriesCalculator
{
    /// <summary>
    /// One point per month from (<paramref name="fromYear"/>, <paramref name="fromMonth"/>) to
    /// (<paramref name="toYear"/>, <paramref name="toMonth"/>), both included; empty if the range is reversed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A month is not 1..12.</exception>
    public static IReadOnlyList<SeriesPoint> Calculate(
        IndicatorDefinition definition, ComponentSeries series, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(series);
        var from = new MonthRef(fromYear, fromMonth);
        var to = new MonthRef(toYear, toMonth);

        var points = new List<SeriesPoint>();
        foreach (var month in MonthRef.Range(from, to))
        {
            var context = new FormulaContext(definition, series, month.Year, month.Month, target: null);
            var value = FormulaRegistry.Evaluate(context).Actual;
            var rolling = definition.Formula == FormulaKind.IntegrationRate
                ? RollingIntegrationRate.Calculate(definition, series, month.Year, month.Month)
                : null;
            points.Add(new SeriesPoint(month.Year, month.Month, value, rolling));
        }

        return points;
    }
}
