using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Kennzahlen;

/// <summary>One month of a small chart that reads across the turn of the year (<see cref="TurnOfYearSeries"/>).</summary>
/// <param name="Value">The value drawn: K2's rolling 12 months, for every other kind the headline (year-to-date) value.</param>
/// <param name="LastYear">The same month's value a year earlier, drawn as a second, dashed line (year-to-date kinds);
/// null for K2's rolling value, which needs no second line.</param>
/// <param name="StartsLine">True where the line starts anew: January of a year-to-date kind is not joined to December
/// (its value restarts with the year; a line between them would show a fall that did not happen).</param>
public sealed record TurnOfYearPoint(int Year, int Month, decimal? Value, decimal? LastYear, bool StartsLine);

/// <summary>
/// The rule of the small charts that span the turn of the year (sparklines; docs/kennzahlen.md, "Über den
/// Jahreswechsel"): the Integrationsquote is drawn as its rolling 12 months, which is comparable across the turn;
/// every other indicator's value restarts each January (year-to-date sums, running averages, ratios and changes of the
/// months so far), so its line is broken between December and January and last year's same month is drawn as a second
/// line: a January is read against last January, never against the December before it.
/// </summary>
public static class TurnOfYearSeries
{
    /// <summary>
    /// One point per month from (<paramref name="fromYear"/>, <paramref name="fromMonth"/>) to
    /// (<paramref name="toYear"/>, <paramref name="toMonth"/>), both included.
    /// </summary>
    public static IReadOnlyList<TurnOfYearPoint> Calculate(IndicatorDefinition definition, ComponentSeries series,
        int fromYear, int fromMonth, int toYear, int toMonth)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Formula == FormulaKind.IntegrationRate)
        {
            return SeriesCalculator.Calculate(definition, series, fromYear, fromMonth, toYear, toMonth)
                .Select(p => new TurnOfYearPoint(p.Year, p.Month, p.Rolling12, null, StartsLine: false))
                .ToList();
        }

        var before = new MonthRef(fromYear, fromMonth).AddMonths(-12);
        return Of(SeriesCalculator.Calculate(definition, series, before.Year, before.Month, toYear, toMonth));
    }

    /// <summary>
    /// The points of a year-to-date kind from monthly headline values that begin twelve months before the first point
    /// wanted (those twelve give the first year's "last year" values and are not returned).
    /// </summary>
    public static IReadOnlyList<TurnOfYearPoint> Of(IReadOnlyList<SeriesPoint> withYearBefore) =>
        withYearBefore.Skip(12)
            .Select((p, i) => new TurnOfYearPoint(p.Year, p.Month, p.Value, withYearBefore[i].Value, StartsLine: p.Month == 1))
            .ToList();
}
