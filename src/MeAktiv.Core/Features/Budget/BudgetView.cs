using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Budget;

/// <summary>The budget of a year as of one month (page, API, export, dashboard cards and review slide read this).</summary>
public sealed record BudgetReport(
    int Year,
    int? Month,
    IReadOnlyList<FinanceMonthView> Months,
    BudgetPlanView? Plan,
    IReadOnlyList<BudgetPlanView> Versions,
    IReadOnlyList<BudgetLineView> Lines,
    IReadOnlyList<BudgetTotalView> Budgets,
    BudgetFigures? Gesamt,
    BudgetShiftView? Shift,
    decimal? IntegrationsYtd,
    decimal? CostPerIntegration,
    decimal Margin,
    bool HasDemo,
    bool LinesVisible)
{
    public IEnumerable<BudgetLineView> KreisInformieren => Lines.Where(l => l.InformKreis);
}

/// <summary>A plan version: allocations, planned shift (€ and share of the Eingliederungsbudget) and the lines' amounts.</summary>
public sealed record BudgetPlanView(Guid Id, int Number, string Label, DateOnly DecidedOn, string? Note, decimal VerwaltungAllocation,
    decimal EingliederungAllocation, decimal PlannedShift, decimal? PlannedShiftShare, bool IsAssumed, IReadOnlyDictionary<string, decimal> Amounts)
{
    public decimal Gesamt => VerwaltungAllocation + EingliederungAllocation;
}

/// <summary>One line with its figures at the month; <see cref="InformKreis"/>: a § 16a line projected above its plan beyond the margin (red).</summary>
public sealed record BudgetLineView(string Code, string Name, BudgetKind Budget, string Group, int SortOrder, bool IsKommunal,
    BudgetFigures Figures, bool InformKreis, bool IsDemo);

/// <summary>The sum of one budget's lines.</summary>
public sealed record BudgetTotalView(BudgetKind Budget, string Name, decimal? Allocation, BudgetFigures Figures);

/// <summary>The shift: planned and actually needed (projected Verwaltung spend − Verwaltung allocation).</summary>
public sealed record BudgetShiftView(decimal Planned, decimal? PlannedShare, decimal Needed, decimal? NeededShare);

/// <summary>A finance month's state.</summary>
public sealed record FinanceMonthView(int Month, MonthState State, string? SubmittedBy, DateTime? SubmittedAt, string? ClosedBy,
    DateTime? ClosedAt, Guid? Version, bool HasData);

/// <summary>The German names of the budgets.</summary>
public static class BudgetNames
{
    public static string Of(BudgetKind kind) => kind switch
    {
        BudgetKind.Verwaltung => "Verwaltungsbudget",
        BudgetKind.Eingliederung => "Eingliederungsbudget",
        _ => "Kommunale Eingliederungsleistungen (§ 16a SGB II)",
    };

    public static string Light(BudgetLight light) => light switch
    {
        BudgetLight.Green => "im Plan",
        BudgetLight.Yellow => "Unterschreitung erwartet",
        BudgetLight.Red => "Überschreitung erwartet",
        _ => "ohne Plan",
    };
}
