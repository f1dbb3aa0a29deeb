namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// Kundenkontaktdichte (KD): contacts per customer per year, annualised:
/// <c>Σ_{1..m} KON / mean_{1..m} KUN · 12 / m</c> (= 12 · Σ KON / Σ KUN). Forecast: contacts of the remaining
/// months projected as a flow, the customer stock at its last value. Required: contacts per remaining month so
/// that the year's contacts reach <c>target · projected mean KUN</c>.
/// </summary>
internal sealed class ContactsPerCustomerFormula : IFormula
{
    public FormulaOutcome Evaluate(FormulaContext context)
    {
        var def = context.Definition;
        var contacts = def.NumeratorComponent!;
        var customers = def.DenominatorComponent!;
        var target = context.Target;
        var sumK = context.Sum(contacts, context.First, context.Current);
        var sumC = context.Sum(customers, context.First, context.Current);
        var usableC = context.IsUsableDenominator(sumC, customers, context.First, context.Current);
        if (sumK is not { } k || !usableC)
        {
            return new FormulaOutcome { PhasedTarget = target, TargetLevel = target };
        }

        var c = sumC!.Value;
        // Σ KON / (Σ KUN / m) · 12 / m, written with a single division.
        var actual = 12m * k / c;
        var outcome = new FormulaOutcome { Actual = actual, PhasedTarget = target, Achieved = actual, TargetLevel = target };
        if (context.Remaining == 0)
        {
            return outcome with { Forecast = actual, ForecastMethod = Projection.YearComplete };
        }

        // Customer-months of the whole year: the known ones plus the remaining months at the last stock.
        var yearC = c + (context.Remaining * context.Series.Get(customers, context.Current)!.Value);
        if (!context.IsUsableDenominator(yearC, customers, context.Current, context.Current, FormulaContext.ForecastPurpose))
        {
            return outcome;
        }

        var seasonal = Projection.UseSeasonal(context, contacts);
        var rest = Projection.RemainingFlow(context, contacts, k, seasonal);
        return outcome with
        {
            Forecast = rest is { } r ? 12m * (k + r) / yearC : null,
            ForecastMethod = Projection.FlowMethod(seasonal, customers),
            RequiredPerMonth = target is { } t ? ((t * yearC / 12m) - k) / context.Remaining : null,
        };
    }
}
