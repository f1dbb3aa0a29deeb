using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// A unit's contribution to its parent's variance, additive over the units of one level (docs/kennzahlen.md,
/// "Beitrag zur Abweichung"). With the parent's value V = k · N / D (N, D summed components over the formula's months)
/// and its phased target T, the gap is V − T = Σ_i (k · N_i − T · D_i) / D: each unit's share is what its numerator
/// delivers beyond what the target rate asks of its own denominator. Change kinds take last year's sum as D.
/// Counts and stocks (year-to-date sums, annual averages) split the target by last year's level of the same months.
/// </summary>
public static class Contributions
{
    /// <summary>German description of the method for the page.</summary>
    public static string Method(FormulaKind formula) => formula switch
    {
        FormulaKind.IntegrationRate => "Beitrag = (100 · Monate · Integrationen der Einheit − Soll · eLb-Bestand der Einheit) ÷ eLb-Bestand insgesamt, in Prozentpunkten; die Beiträge ergeben zusammen die Abweichung.",
        FormulaKind.RatioOfSums or FormulaKind.ContactsPerCustomer or FormulaKind.RatioOfAverages =>
            "Beitrag = Anteil der Einheit am Nenner × (Wert der Einheit − Soll); die Beiträge ergeben zusammen die Abweichung.",
        FormulaKind.ChangeOfSum or FormulaKind.ChangeOfAverage =>
            "Beitrag = Anteil der Einheit am Vorjahreswert × (Veränderung der Einheit − Ziel), in Prozentpunkten; die Beiträge ergeben zusammen die Abweichung.",
        _ => "Beitrag = Wert der Einheit − ihr Anteil am Soll nach dem Vorjahreswert derselben Monate; die Beiträge ergeben zusammen die Abweichung.",
    };

    /// <summary>The numerator (or value) and the weight base of <paramref name="series"/> for month m, as the formula sums them.</summary>
    internal static (decimal N, decimal D) Parts(Indicator indicator, ComponentSeries series, int year, int month)
    {
        var def = IndicatorDefinition.FromEntity(indicator);
        switch (indicator.Formula)
        {
            case FormulaKind.IntegrationRate:
                var shift = def.ShiftDenominator ? -1 : 0;
                return (Sum(series, def.NumeratorComponent, year, 1, month),
                    Sum(series, def.DenominatorComponent, year, 1 + shift, month + shift));
            case FormulaKind.RatioOfSums or FormulaKind.ContactsPerCustomer or FormulaKind.RatioOfAverages:
                return (Sum(series, def.NumeratorComponent, year, 1, month), Sum(series, def.DenominatorComponent, year, 1, month));
            default:
                return (Sum(series, def.ValueComponent, year, 1, month), TargetRule.LastYearLevel(series, def.ValueComponent, year, month));
        }
    }

    /// <summary>
    /// The contribution of a unit with parts (N_i, D_i) to a parent with base D and phased target T (null without a
    /// target or when the parent's base is not positive).
    /// </summary>
    internal static decimal? Of(FormulaKind formula, int month, (decimal N, decimal D) unit, decimal parentBase, decimal? phasedTarget)
    {
        if (phasedTarget is not { } t || parentBase <= 0m)
        {
            return null;
        }

        return formula switch
        {
            FormulaKind.IntegrationRate => ((100m * month * unit.N) - (t * unit.D)) / parentBase,
            FormulaKind.RatioOfSums => ((100m * unit.N) - (t * unit.D)) / parentBase,
            FormulaKind.ContactsPerCustomer => ((12m * unit.N) - (t * unit.D)) / parentBase,
            FormulaKind.RatioOfAverages => (unit.N - (t * unit.D)) / parentBase,
            FormulaKind.ChangeOfSum or FormulaKind.ChangeOfAverage => ((100m * unit.N) - ((100m + t) * unit.D)) / parentBase,
            FormulaKind.AnnualAverage => (unit.N / month) - (t * unit.D / parentBase),
            _ => unit.N - (t * unit.D / parentBase),
        };
    }

    private static decimal Sum(ComponentSeries series, string? code, int year, int fromMonth, int toMonth)
    {
        if (code is null)
        {
            return 0m;
        }

        var sum = 0m;
        for (var m = fromMonth; m <= toMonth; m++)
        {
            var (y, mm) = m < 1 ? (year - 1, m + 12) : (year, m);
            sum += series.Get(code, y, mm) ?? 0m;
        }

        return sum;
    }
}
