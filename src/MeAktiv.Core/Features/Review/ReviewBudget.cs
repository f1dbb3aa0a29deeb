using MeAktiv.Core.Features.Budget;

namespace MeAktiv.Core.Features.Review;

/// <summary>The budget slide of the review (issue 21): each budget's sums at the quarter's last month (Finanzen's
/// Datenstand), the shift and the § 16a lines to report to the Kreis. Frozen with a snapshot like every slide; null for
/// roles that read no money and in snapshots frozen before it existed.</summary>
public sealed record ReviewBudget(int Year, int? Month, bool HasDemo, IReadOnlyList<ReviewBudgetRow> Budgets, decimal? PlannedShiftShare,
    decimal? NeededShiftShare, decimal? CostPerIntegration, IReadOnlyList<string> KreisInformieren)
{
    public static ReviewBudget? Of(BudgetReport? r) => r is null ? null : new ReviewBudget(r.Year, r.Month, r.HasDemo,
        r.Budgets.Select(b => new ReviewBudgetRow(b.Name, b.Figures.Plan, b.Figures.PaidYtd, b.Figures.Committed, b.Figures.Utilisation,
            b.Figures.Projection, b.Figures.Deviation, b.Figures.Light)).ToList(),
        r.Shift?.PlannedShare, r.Shift?.NeededShare, r.CostPerIntegration, r.KreisInformieren.Select(l => l.Name).ToList());
}

/// <summary>One budget on the slide.</summary>
public sealed record ReviewBudgetRow(string Name, decimal Plan, decimal PaidYtd, decimal Committed, decimal? Utilisation, decimal Projection,
    decimal? Deviation, BudgetLight Light);
