namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// Ratio of two averaged stocks, not in percent (Betreuungsschlüssel 1:n): headline =
/// <c>mean_{1..m} numerator / mean_{1..m} denominator</c> (= Σ / Σ). Forecast: both stocks at their last value for
/// the remaining months. Required: the numerator stock each remaining month may have (lower better) or needs
/// (higher better), the denominator staying at its last value.
/// </summary>
internal sealed class RatioOfAveragesFormula : IFormula
{
    public FormulaOutcome Evaluate(FormulaContext context)
    {
        var def = context.Definition;
        var numerator = def.NumeratorComponent!;
        var denominator = def.DenominatorComponent!;
        var target = context.Target;
        var sumN = context.Sum(numerator, context.First, context.Current);
        var sumD = context.Sum(denominator, context.First, context.Current);
        var usableD = context.IsUsableDenominator(sumD, denominator, context.First, context.Current);
        if (sumN is not { } n || !usableD)
        {
            return new FormulaOutcome { PhasedTarget = target, TargetLevel = target };
        }

        var d = sumD!.Value;
        var actual = n / d;
        var outcome = new FormulaOutcome { Actual = actual, PhasedTarget = target, Achieved = actual, TargetLevel = target };
        if (context.Remaining == 0)
        {
            return outcome with { Forecast = actual, ForecastMethod = Projection.YearComplete };
        }

        var k = context.Remaining;
        var yearN = n + (k * context.Series.Get(numerator, context.Current)!.Value);
        var yearD = d + (k * context.Series.Get(denominator, context.Current)!.Value);
        if (!context.IsUsableDenominator(yearD, denominator, context.Current, context.Current, FormulaContext.ForecastPurpose))
        {
            return outcome;
        }

        return outcome with
        {
            Forecast = yearN / yearD,
            ForecastMethod = Projection.StockLastValue,
            RequiredPerMonth = target is { } t ? ((t * yearD) - n) / k : null,
        };
    }
}
