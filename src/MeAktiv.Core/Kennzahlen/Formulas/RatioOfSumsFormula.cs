namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// Ratio indicators (EQ, BAMF, BZ, Nachhaltigkeit): headline = <c>100 · Σ numerator / Σ denominator</c> over months
/// 1..m and all units; a whole denominator of 0 has no value. Forecast: both components' remaining months projected
/// as flows. Required: numerator per remaining month, the denominator continuing as projected.
/// </summary>
internal sealed class RatioOfSumsFormula : IFormula
{
    public FormulaOutcome Evaluate(FormulaContext context)
    {
        var def = context.Definition;
        var numerator = def.NumeratorComponent!;
        var denominator = def.DenominatorComponent!;
        var target = context.Target;
        // figures left out in the months used: 1..m, and m−2..m for the forecast (which may reach into last year)
        var usedFrom = context.Current.AddMonths(-2) < context.First ? context.Current.AddMonths(-2) : context.First;
        foreach (var figure in context.Series.Excluded.Where(f =>
            new MonthRef(f.Year, f.Month) is var m && m >= usedFrom && m <= context.Current))
        {
            context.Missing.AddNote($"{figure.ComponentCode} {new MonthRef(figure.Year, figure.Month)} nicht gezählt (Nenner 0)");
        }

        var sumN = context.Sum(numerator, context.First, context.Current);
        var sumD = context.Sum(denominator, context.First, context.Current);
        var usableD = context.IsUsableDenominator(sumD, denominator, context.First, context.Current);
        if (sumN is not { } n || !usableD)
        {
            return new FormulaOutcome { PhasedTarget = target, TargetLevel = target };
        }

        var d = sumD!.Value;
        var actual = 100m * n / d;
        var outcome = new FormulaOutcome { Actual = actual, PhasedTarget = target, Achieved = actual, TargetLevel = target };
        if (context.Remaining == 0)
        {
            return outcome with { Forecast = actual, ForecastMethod = Projection.YearComplete };
        }

        var seasonal = Projection.UseSeasonal(context, numerator, denominator);
        var restN = Projection.RemainingFlow(context, numerator, n, seasonal);
        var restD = Projection.RemainingFlow(context, denominator, d, seasonal);
        if (restD is not { } rd)
        {
            return outcome;
        }

        var yearD = d + rd;
        var last = context.Current.AddMonths(-2);
        if (!context.IsUsableDenominator(yearD, denominator, last, context.Current, FormulaContext.ForecastPurpose))
        {
            return outcome;
        }

        return outcome with
        {
            Forecast = restN is { } rn ? 100m * (n + rn) / yearD : null,
            ForecastMethod = Projection.FlowMethod(seasonal),
            RequiredPerMonth = target is { } t ? ((t * yearD / 100m) - n) / context.Remaining : null,
        };
    }
}
