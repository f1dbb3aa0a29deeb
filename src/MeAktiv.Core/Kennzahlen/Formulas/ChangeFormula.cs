namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// Change against last year (KdU, K1, LZA integrations; ALQ U25 with <c>average</c>): headline =
/// <c>100 · (Σ_{1..m} X_Y / Σ_{1..m} X_{Y−1} − 1)</c>, the same with means (equal, as both periods have m months).
/// The target is a percent change; the ratio compares levels: achieved Σ (or mean) against
/// <c>last year's Σ (or mean) · (1 + target/100)</c>. Forecast: year-end change with the remaining months projected,
/// against last year's full year (averages: the remaining months at the last value). Required: (Σ_{1..12} X_{Y−1} · (1 + target/100) − Σ_{1..m} X_Y) / (12 − m).
/// </summary>
internal sealed class ChangeFormula(bool average) : IFormula
{
    public FormulaOutcome Evaluate(FormulaContext context)
    {
        var code = context.Definition.ValueComponent!;
        var target = context.Target;
        var lastYearFrom = new MonthRef(context.Year - 1, 1);
        var current = context.Sum(code, context.First, context.Current);
        var previous = context.Sum(code, lastYearFrom, new MonthRef(context.Year - 1, context.Month));
        var usablePrevious = context.IsUsableDenominator(previous, code, lastYearFrom, new MonthRef(context.Year - 1, context.Month));
        if (current is not { } cur || !usablePrevious)
        {
            return new FormulaOutcome { PhasedTarget = target };
        }

        var prev = previous!.Value;
        var divisor = average ? context.Month : 1m;
        var actual = 100m * (cur - prev) / prev;
        var outcome = new FormulaOutcome
        {
            Actual = actual,
            PhasedTarget = target,
            Achieved = cur / divisor,
            TargetLevel = target is { } t ? prev / divisor * (1m + (t / 100m)) : null,
        };
        if (context.Remaining == 0)
        {
            return outcome with { Forecast = actual, ForecastMethod = Projection.YearComplete };
        }

        var lastYearTo = new MonthRef(context.Year - 1, 12);
        var lastYear = context.Sum(code, lastYearFrom, lastYearTo, FormulaContext.ForecastPurpose);
        if (!context.IsUsableDenominator(lastYear, code, lastYearFrom, lastYearTo, FormulaContext.ForecastPurpose))
        {
            return outcome;
        }

        var full = lastYear!.Value;
        // An averaged rate (ALQ U25) is projected like an averaged stock (domain.md 3.5): the remaining months at the
        // last value; a sum (KdU, K1) at the mean of the last three months or last year's seasonal shape.
        var seasonal = !average && Projection.UseSeasonal(context, code);
        var rest = average
            ? context.Sum(code, context.Current, context.Current) * context.Remaining
            : Projection.RemainingFlow(context, code, cur, seasonal);
        return outcome with
        {
            // Means of 12 months against means of 12 months: the factor 1/12 cancels, so sums are compared.
            Forecast = rest is { } r ? 100m * (cur + r - full) / full : null,
            ForecastMethod = average ? Projection.StockLastValue : Projection.FlowMethod(seasonal),
            RequiredPerMonth = target is { } t2 ? ((full * (1m + (t2 / 100m))) - cur) / context.Remaining : null,
        };
    }
}
