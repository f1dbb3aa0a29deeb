using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Budget;

/// <summary>One month of a line (drill-down, entry grid): the amounts, who saved them, the version to send back, the month's state.</summary>
public sealed record BudgetLineMonth(int Month, decimal? Committed, decimal? Paid, decimal PaidYtd, string? UpdatedBy, DateTime? UpdatedAt,
    Guid? Version, MonthState State, bool IsDemo);

/// <summary>The months of a line, or why not.</summary>
public sealed record BudgetLineMonths(BudgetFailure Failure, string? Error, string? Line, string? Name, IReadOnlyList<BudgetLineMonth>? Months);
