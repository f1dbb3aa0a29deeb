namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// K2 Integrationsquote, headline = Jahresfortschrittswert
/// <c>JFW(m) = 100 · Σ_{1..m} INT / mean_{0..m−1} ELB</c> (months 1..m without the shift).
/// Forecast JFW(12): INT for the remaining months projected as a flow, ELB at its last value.
/// Required: integrations per remaining month to reach <c>target/100 · projected mean ELB</c>.
/// </summary>
internal sealed class IntegrationRateFormula : IFormula
{
    public FormulaOutcome Evaluate(FormulaContext context)
    {
        var def = context.Definition;
        var integrations = def.NumeratorComponent!;
        var stock = def.DenominatorComponent!;
        var (denFrom, denTo) = DenominatorWindow(def, context.First, context.Current);

        var sumInt = context.Sum(integrations, context.First, context.Current);
        var sumElb = context.Sum(stock, denFrom, denTo);
        var phased = Phasing.Cumulative(context, integrations);
        var usableElb = context.IsUsableDenominator(sumElb, stock, denFrom, denTo);
        if (sumInt is not { } ytd || !usableElb)
        {
            return new FormulaOutcome { PhasedTarget = phased, TargetLevel = phased };
        }

        // 100 · Σ INT / (Σ ELB / m), written with a single division.
        var actual = 100m * ytd * context.Month / sumElb!.Value;
        var outcome = new FormulaOutcome { Actual = actual, PhasedTarget = phased, Achieved = actual, TargetLevel = phased };
        if (context.Remaining == 0)
        {
            return outcome with { Forecast = actual, ForecastMethod = Projection.YearComplete };
        }

        // Last ELB value: month m if entered, else (with the shift) month m−1, the newest month the actual used.
        var last = context.Series.Get(stock, context.Current) ?? context.Series.Get(stock, denTo);
        if (last is not { } lastElb)
        {
            return outcome;
        }

        // Σ of the 12 denominator months of JFW(12): the known ones plus the remaining ones at the last value.
        var elbYear = sumElb.Value + (context.Remaining * lastElb);
        var yearFrom = def.ShiftDenominator ? context.MonthOfYear(0) : context.First;
        if (!context.IsUsableDenominator(elbYear, stock, yearFrom, yearFrom.AddMonths(11), FormulaContext.ForecastPurpose))
        {
            return outcome;
        }

        var seasonal = Projection.UseSeasonal(context, integrations);
        var rest = Projection.RemainingFlow(context, integrations, ytd, seasonal);
        return outcome with
        {
            Forecast = rest is { } r ? 100m * (ytd + r) * 12m / elbYear : null,
            ForecastMethod = Projection.FlowMethod(seasonal, stock),
            RequiredPerMonth = context.Target is { } t ? ((t * elbYear / 1200m) - ytd) / context.Remaining : null,
        };
    }

    /// <summary>ELB months for JFW(m): 0..m−1 with the shift, 1..m without.</summary>
    internal static (MonthRef From, MonthRef To) DenominatorWindow(IndicatorDefinition def, MonthRef first, MonthRef last) =>
        def.ShiftDenominator ? (first.AddMonths(-1), last.AddMonths(-1)) : (first, last);
}
