using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// Phasing of an annual target for cumulative indicators (K2 Jahresfortschrittswert, year-to-date sums):
/// linear <c>target · m / 12</c>, or seasonal <c>target · Σ last year 1..m / Σ last year 1..12</c> of the flow
/// component, falling back to linear (with a note) when last year is incomplete or sums to 0.
/// </summary>
internal static class Phasing
{
    public static decimal? Cumulative(FormulaContext context, string shapeCode)
    {
        if (context.Target is not { } target)
        {
            return null;
        }

        if (context.Definition.Phasing == PhasingKind.Seasonal)
        {
            var from = new MonthRef(context.Year - 1, 1);
            var to = new MonthRef(context.Year - 1, 12);
            var lastYear = context.Sum(shapeCode, from, to, "Saisonprofil");
            if (lastYear is { } total && total > 0m)
            {
                var byMonth = MonthRef.Range(from, new MonthRef(context.Year - 1, context.Month))
                    .Sum(m => context.Series.Get(shapeCode, m)!.Value);
                return target * byMonth / total;
            }

            if (lastYear is { } nonPositive)
            {
                var state = nonPositive == 0m ? "ist 0" : "ist negativ";
                context.Missing.AddNote($"Saisonprofil: {shapeCode} {MonthRef.FormatRange(from, to)} {state}");
            }

            context.Missing.AddNote("Saisonale Phasierung nicht möglich: linear phasiert");
        }

        return target * context.Month / 12m;
    }
}
