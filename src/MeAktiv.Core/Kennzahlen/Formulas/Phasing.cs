using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// Phasing of a target over its period (the calendar year unless the target has another) for cumulative indicators
/// (K2 Jahresfortschrittswert, year-to-date sums): the target times the share of the period reached by month m.
/// Linear: months elapsed / months of the period; last year's pattern: Σ of the flow component in the same months a year
/// earlier / Σ over the whole period a year earlier; plan: Σ plan amounts up to m / Σ plan. Seasonal or plan phasing that
/// cannot be used falls back to linear, with a note.
/// </summary>
internal static class Phasing
{
    public static decimal? Cumulative(FormulaContext context, string shapeCode)
    {
        if (context.Target is not { } target)
        {
            return null;
        }

        var total = context.Profile.Months;
        var elapsed = Math.Clamp(context.Current.Ordinal - context.PeriodFrom.Ordinal + 1, 0, total);
        switch (context.Profile.PhasingFor(context.Definition))
        {
            case TargetPhasing.Plan:
                var plan = context.Profile.Plan ?? [];
                if (plan.Count == total && plan.Sum() > 0m)
                {
                    return target * plan.Take(elapsed).Sum() / plan.Sum();
                }

                context.Missing.AddNote($"Monatsplan passt nicht zum Zeitraum {context.Profile.Text}: linear phasiert");
                break;
            case TargetPhasing.LastYear when LastYearShare(context, shapeCode) is var (reached, whole):
                return target * reached / whole;
        }

        return target * elapsed / total;
    }

    /// <summary>Σ of the shape component from a year before the period's start to a year before m / Σ over the period a year before.</summary>
    private static (decimal Reached, decimal Whole)? LastYearShare(FormulaContext context, string shapeCode)
    {
        var from = context.PeriodFrom.AddMonths(-12);
        var to = context.PeriodTo.AddMonths(-12);
        var lastYear = context.Sum(shapeCode, from, to, "Saisonprofil");
        if (lastYear is { } total && total > 0m)
        {
            var byMonth = MonthRef.Range(from, context.Current.AddMonths(-12)).Sum(m => context.Series.Get(shapeCode, m)!.Value);
            return (byMonth, total);
        }

        if (lastYear is { } nonPositive)
        {
            var state = nonPositive == 0m ? "ist 0" : "ist negativ";
            context.Missing.AddNote($"Saisonprofil: {shapeCode} {MonthRef.FormatRange(from, to)} {state}");
        }

        context.Missing.AddNote("Saisonale Phasierung nicht möglich: linear phasiert");
        return null;
    }
}
