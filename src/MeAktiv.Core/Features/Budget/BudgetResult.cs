namespace MeAktiv.Core.Features.Budget;

public enum BudgetFailure
{
    None = 0,
    Forbidden = 1,
    NotFound = 2,
    Invalid = 3,
    Conflict = 4,
}

/// <summary>The answer of a budget or staff write: done, or why not (German), with one message per bad row.</summary>
public sealed record BudgetResult(BudgetFailure Failure, string? Error, IReadOnlyList<string> Errors, int Saved = 0)
{
    public bool Ok => Failure == BudgetFailure.None;

    public static BudgetResult Done(int saved) => new(BudgetFailure.None, null, [], saved);

    public static BudgetResult Fail(BudgetFailure failure, string error, IReadOnlyList<string>? errors = null) => new(failure, error, errors ?? [error]);
}

/// <summary>One line's month as entered (grid, API, import): amounts in €, the version read (null for a new cell), and the
/// file's line number of an imported row (for its message).</summary>
public sealed record BudgetEntryInput(int Year, string Line, int Month, decimal Committed, decimal Paid, Guid? Version, int? Row = null);

/// <summary>One unit's staff month as entered: planned and actual Vollzeitäquivalente, the version read.</summary>
public sealed record StaffEntryInput(int Year, string Unit, int Month, decimal PlannedFte, decimal ActualFte, Guid? Version);
