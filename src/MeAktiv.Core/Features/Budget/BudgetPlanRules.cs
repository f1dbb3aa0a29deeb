using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Budget;

/// <summary>The checks of a plan revision (docs/kennzahlen.md, „Budget“), each with its German message.</summary>
internal static class BudgetPlanRules
{
    /// <summary>Applies <paramref name="changes"/> to <paramref name="amounts"/> (line code → €) and lists every problem.</summary>
    public static List<string> Check(BudgetPlan plan, BudgetPlan valid, IReadOnlyDictionary<string, decimal> changes, IReadOnlyList<BudgetLine> lines,
        Dictionary<string, decimal> amounts)
    {
        var errors = new List<string>();
        foreach (var (value, what) in new[] { (plan.VerwaltungAllocation, "Verwaltungsbudget"), (plan.EingliederungAllocation, "Eingliederungsbudget"), (plan.PlannedShift, "Umschichtung") })
        {
            if (BudgetEntryService.AmountProblem(value, what) is { } problem)
            {
                errors.Add(problem);
            }
        }

        if (plan.PlannedShift > plan.EingliederungAllocation)
        {
            errors.Add($"Die Umschichtung ({German.Euro(plan.PlannedShift)}) ist größer als das Eingliederungsbudget ({German.Euro(plan.EingliederungAllocation)}).");
        }

        if (plan.Note is { Length: > 1000 })
        {
            errors.Add("Die Notiz ist länger als 1.000 Zeichen.");
        }

        if (plan.DecidedOn < valid.DecidedOn || plan.DecidedOn.Year is var y && (y < plan.Year - 1 || y > plan.Year + 1))
        {
            errors.Add($"Das Beschlussdatum muss zwischen dem der {valid.Label} ({German.Date(valid.DecidedOn)}) und dem 31.12.{plan.Year + 1} liegen.");
        }

        foreach (var (code, amount) in changes)
        {
            var line = lines.FirstOrDefault(l => string.Equals(l.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
            if (line is null || !line.IsActiveIn(plan.Year))
            {
                errors.Add($"Die Haushaltsposition '{code}' gibt es {plan.Year} nicht.");
            }
            else if (BudgetEntryService.AmountProblem(amount, line.Name) is { } problem)
            {
                errors.Add(problem);
            }
            else
            {
                amounts[line.Code] = amount;
            }
        }

        if (errors.Count == 0)
        {
            Sum(BudgetKind.Verwaltung, plan.VerwaltungAllocation + plan.PlannedShift, "Verwaltungsbudget + Umschichtung");
            Sum(BudgetKind.Eingliederung, plan.EingliederungAllocation - plan.PlannedShift, "Eingliederungsbudget − Umschichtung");
        }

        return errors;

        void Sum(BudgetKind kind, decimal expected, string rule)
        {
            var sum = lines.Where(l => l.Budget == kind && l.IsActiveIn(plan.Year)).Sum(l => amounts.GetValueOrDefault(l.Code));
            if (sum != expected)
            {
                errors.Add($"Die Positionen des {BudgetNames.Of(kind)}s ergeben {German.Euro(sum)}, es müssen {German.Euro(expected)} sein ({rule}); " +
                           $"Differenz {German.Euro(sum - expected)}.");
            }
        }
    }
}
