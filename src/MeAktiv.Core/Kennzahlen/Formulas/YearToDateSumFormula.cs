namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// Plain year-to-date sum against an annual count target (ESF starts, qualifications): headline = Σ_{1..m} X,
/// phased target linear or seasonal, forecast Σ + remaining months projected, required (target − Σ) / (12 − m).
/// </summary>
internal sealed class YearToDateSumFormula : IFormula
{
    public FormulaOutcome Evaluate(FormulaContext context)
    {
        var code = context.Definition.ValueComponent!;
        var phased = Phasing.Cumulative(context, code);
        if (context.Sum(code, context.First, context.Current) is not { } sum)
        {
            return new FormulaOutcome { PhasedTarget = phased, TargetLevel = phased };
        }

        var outcome = new FormulaOutcome { Actual = sum, PhasedTarget = phased, Achieved = sum, TargetLevel = phased };
        if (context.Remaining == 0)
        {
            return outcome with { Forecast = sum, ForecastMethod = Projection.YearComplete };
        }

        var seasonal = Projection.UseSeasonal(context, code);
        var rest = Projection.RemainingFlow(context, code, sum, seasonal);
        return outcome with
        {
            Forecast = sum + rest,
            ForecastMethod = Projection.FlowMethod(seasonal),
            RequiredPerMonth = context.Target is { } t ? (t - sum) / context.Remaining : null,
        };
    }
}
