using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Budget;

/// <summary>The early-warning light of a line or budget: within the margin, projected over, projected under.</summary>
public enum BudgetLight
{
    None = 0,
    Green = 1,
    Yellow = 2,
    Red = 3,
}

/// <summary>How a year-end projection was made.</summary>
public enum ProjectionMethod
{
    /// <summary>Paid so far ÷ months × 12.</summary>
    Linear = 0,

    /// <summary>Paid so far ÷ last year's share of payments by the same month.</summary>
    LastYearPattern = 1,
}

/// <summary>One line's plan and execution as the calculator needs them (amounts in €).</summary>
public sealed record BudgetLineInput(BudgetLine Line, decimal Plan, IReadOnlyList<BudgetMonthInput> Months, IReadOnlyList<decimal>? LastYearPaid);

/// <summary>A month's execution of a line: commitments at the month's end (stock) and payments in the month (flow).</summary>
public sealed record BudgetMonthInput(int Month, decimal Committed, decimal Paid);

/// <summary>The derived figures of a line or of a sum of lines (docs/kennzahlen.md, „Budget“).</summary>
public sealed record BudgetFigures(decimal Plan, decimal PaidYtd, decimal Committed, decimal? Utilisation, decimal LinearProjection,
    decimal? PatternProjection, decimal Projection, ProjectionMethod Method, decimal? Deviation, BudgetLight Light);

/// <summary>
/// THE budget rule (issue 21): utilisation, the two year-end projections, the light and the shift actually needed, for
/// the month <c>m</c> of the Datenstand. Pure: no database, unit-tested against the hand-computed example of
/// docs/kennzahlen.md. Sums aggregate as sums first, ratios last.
/// </summary>
public static class BudgetCalculator
{
    /// <summary>The figures of one line at month <paramref name="month"/> (1–12) with the light's margin (0,05 = ±5 %).</summary>
    public static BudgetFigures Line(BudgetLineInput line, int month, decimal margin)
    {
        var upTo = line.Months.Where(x => x.Month <= month).ToList();
        var paid = upTo.Sum(x => x.Paid);
        var committed = upTo.FirstOrDefault(x => x.Month == month)?.Committed ?? 0m;
        var floor = paid + committed;
        var linear = Math.Max(paid / month * 12m, floor);
        var share = PatternShare(line.LastYearPaid, month);
        decimal? pattern = share is { } s ? Math.Max(paid / s, floor) : null;
        return Figures(line.Plan, paid, committed, linear, pattern, margin);
    }

    /// <summary>A line without a counted month: its plan only, no projection, no light.</summary>
    public static BudgetFigures PlanOnly(decimal plan) => new(plan, 0m, 0m, null, 0m, null, 0m, ProjectionMethod.Linear, null, BudgetLight.None);

    /// <summary>The sum of several lines' figures (a group, a budget, the total): amounts summed, ratios of the sums.</summary>
    public static BudgetFigures Sum(IEnumerable<BudgetFigures> lines, decimal margin)
    {
        var list = lines.ToList();
        var allPattern = list.Count > 0 && list.All(l => l.PatternProjection is not null);
        decimal? pattern = allPattern ? list.Sum(l => l.PatternProjection!.Value) : null;
        return Figures(list.Sum(l => l.Plan), list.Sum(l => l.PaidYtd), list.Sum(l => l.Committed), list.Sum(l => l.LinearProjection),
            pattern, margin, list.Sum(l => l.Projection));
    }

    /// <summary>Last year's share of the year's payments made by the end of <paramref name="month"/>; null without a full
    /// last year of this line or without payments by then.</summary>
    public static decimal? PatternShare(IReadOnlyList<decimal>? lastYearPaid, int month)
    {
        if (lastYearPaid is not { Count: 12 })
        {
            return null;
        }

        var year = lastYearPaid.Sum();
        var byMonth = lastYearPaid.Take(month).Sum();
        return year > 0m && byMonth > 0m ? byMonth / year : null;
    }

    /// <summary>The light: no plan and nothing projected → none; projection above plan × (1 + margin) → red (overspend);
    /// below plan × (1 − margin) → yellow (funds left unused); otherwise green.</summary>
    public static BudgetLight LightOf(decimal plan, decimal projection, decimal margin)
    {
        if (plan <= 0m)
        {
            return projection > 0m ? BudgetLight.Red : BudgetLight.None;
        }

        var deviation = (projection - plan) / plan;
        return deviation > margin ? BudgetLight.Red : deviation < -margin ? BudgetLight.Yellow : BudgetLight.Green;
    }

    /// <summary>The shift actually needed: projected Verwaltung spend − Verwaltung allocation, in € and as a share of
    /// the Eingliederungsbudget's allocation.</summary>
    public static (decimal Amount, decimal? Share) ShiftNeeded(decimal verwaltungProjection, decimal verwaltungAllocation,
        decimal eingliederungAllocation)
    {
        var amount = verwaltungProjection - verwaltungAllocation;
        return (amount, eingliederungAllocation > 0m ? amount / eingliederungAllocation : null);
    }

    /// <summary>Cost per integration: Eingliederungsleistungen paid so far ÷ integrations so far (null without integrations).</summary>
    public static decimal? CostPerIntegration(decimal eingliederungPaidYtd, decimal integrationsYtd) =>
        integrationsYtd > 0m ? eingliederungPaidYtd / integrationsYtd : null;

    private static BudgetFigures Figures(decimal plan, decimal paid, decimal committed, decimal linear, decimal? pattern, decimal margin,
        decimal? projection = null)
    {
        var method = pattern is null ? ProjectionMethod.Linear : ProjectionMethod.LastYearPattern;
        var chosen = projection ?? pattern ?? linear;
        decimal? utilisation = plan > 0m ? (paid + committed) / plan : null;
        decimal? deviation = plan > 0m ? (chosen - plan) / plan : null;
        return new BudgetFigures(plan, paid, committed, utilisation, linear, pattern, chosen, method, deviation, LightOf(plan, chosen, margin));
    }
}
