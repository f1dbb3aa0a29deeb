namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// Plain sum against a count target (ESF starts, qualifications), cumulated over the target's period (the calendar year
/// unless the target has another, across years if need be): headline = Σ from the period's first month to m, phased
/// target by the target's profile, forecast Σ + the period's remaining months projected (the seasonal shape only for a
/// calendar year), required (target − Σ) / months left in the period.
/// </summary>
internal sealed class YearToDateSumFormula : IFormula
{
    public const string PeriodComplete = "Zeitraum abgeschlossen, keine Hochrechnung nötig";

    public FormulaOutcome Evaluate(FormulaContext context)
    {
        var code = context.Definition.ValueComponent!;
        var phased = Phasing.Cumulative(context, code);
        if (context.Sum(code, context.PeriodFrom, context.Current) is not { } sum)
        {
            return new FormulaOutcome { PhasedTarget = phased, TargetLevel = phased };
        }

        var outcome = new FormulaOutcome { Actual = sum, PhasedTarget = phased, Achieved = sum, TargetLevel = phased };
        var remaining = context.PeriodRemaining;
        if (remaining == 0)
        {
            return outcome with { Forecast = sum, ForecastMethod = context.Profile.IsCalendarYear ? Projection.YearComplete : PeriodComplete };
        }

        var seasonal = context.Profile.IsCalendarYear && Projection.UseSeasonal(context, code);
        var rest = Projection.RemainingFlow(context, code, sum, seasonal, remaining);
        return outcome with
        {
            Forecast = sum + rest,
            ForecastMethod = Projection.FlowMethod(seasonal),
            RequiredPerMonth = context.Target is { } t ? (t - sum) / remaining : null,
        };
    }
}
