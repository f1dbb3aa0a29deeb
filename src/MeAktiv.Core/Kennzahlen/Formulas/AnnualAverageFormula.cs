namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// Annual average of a monthly stock or rate (K3 LZB, Prozessindex): headline = running mean of months 1..m, held
/// against the target directly. Forecast: (Σ_{1..m} X + (12 − m) · X[m]) / 12. Required: the average the remaining
/// months may have (lower better) or must have (higher better): (12 · target − Σ_{1..m} X) / (12 − m).
/// </summary>
internal sealed class AnnualAverageFormula : IFormula
{
    public FormulaOutcome Evaluate(FormulaContext context)
    {
        var code = context.Definition.ValueComponent!;
        var target = context.Target;
        var sum = context.Sum(code, context.First, context.Current);
        if (sum is not { } s)
        {
            return new FormulaOutcome { PhasedTarget = target, TargetLevel = target };
        }

        var actual = s / context.Month;
        var outcome = new FormulaOutcome { Actual = actual, PhasedTarget = target, Achieved = actual, TargetLevel = target };
        if (context.Remaining == 0)
        {
            return outcome with { Forecast = actual, ForecastMethod = Projection.YearComplete };
        }

        var last = context.Series.Get(code, context.Current)!.Value;
        return outcome with
        {
            Forecast = (s + (context.Remaining * last)) / 12m,
            ForecastMethod = Projection.StockLastValue,
            RequiredPerMonth = target is { } t ? ((12m * t) - s) / context.Remaining : null,
        };
    }
}
