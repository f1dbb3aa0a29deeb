namespace MeAktiv.Core.Domain;

/// <summary>The three pots of money a budget line belongs to (Planungsdokument 3.2, Zielvereinbarung IV.3).</summary>
public enum BudgetKind
{
    /// <summary>Verwaltungsbudget (Personal- und Sachkosten).</summary>
    Verwaltung = 0,

    /// <summary>Eingliederungsbudget (Eingliederungsleistungen nach Art der Maßnahme).</summary>
    Eingliederung = 1,

    /// <summary>Kommunale Eingliederungsleistungen nach § 16a SGB II: the Kreis's funds, not part of the two budgets.</summary>
    Kommunal = 2,
}

/// <summary>
/// A configurable budget line (master data, <c>seeds/budget-lines.csv</c>): code, German name, the budget it belongs
/// to, its group (Personalkosten, Sachkosten, kind of measure, § 16a service), order, the years it is used, and whether
/// a projected overspend must be reported to the Kreis (the § 16a lines, Zielvereinbarung IV.3). Master data with a
/// database key like <see cref="Indicator"/>: seeded, not audited per row (no maintenance page yet); every amount that
/// refers to a line is audited.
/// </summary>
public sealed class BudgetLine
{
    public int Id { get; set; }

    /// <summary>Stable code (e.g. <c>EGL-FBW</c>); unique.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public BudgetKind Budget { get; set; }

    public required string Group { get; set; }

    public int SortOrder { get; set; }

    /// <summary>A projected overspend creates the duty „Kreis informieren“.</summary>
    public bool InformKreis { get; set; }

    public int FromYear { get; set; }

    public int? ToYear { get; set; }

    public bool IsActiveIn(int year) => FromYear <= year && (ToYear is null || year <= ToYear);
}

/// <summary>
/// One version of a year's budget plan: the plan (number 0) and the revisions 1–3, like the target versions; the
/// latest is the valid plan, earlier ones stay readable. The allocations are the two budgets the Jobcenter receives;
/// the planned shift moves money from the Eingliederungsbudget to administration, so the Verwaltung lines are planned
/// at allocation + shift and the Eingliederung lines at allocation − shift (docs/kennzahlen.md, „Budget“).
/// </summary>
public sealed class BudgetPlan : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Year { get; set; }

    /// <summary>0 = Plan, 1–3 = 1. bis 3. Revision.</summary>
    public int Number { get; set; }

    public DateOnly DecidedOn { get; set; }

    public string? Note { get; set; }

    /// <summary>Verwaltungsbudget as allocated (before the shift), in €.</summary>
    public decimal VerwaltungAllocation { get; set; }

    /// <summary>Eingliederungsbudget as allocated (before the shift), in €.</summary>
    public decimal EingliederungAllocation { get; set; }

    /// <summary>Planned shift Eingliederung → Verwaltung, in €.</summary>
    public decimal PlannedShift { get; set; }

    /// <summary>The amounts are assumed (not in the Planungsdokument); shown as „Annahme“.</summary>
    public bool IsAssumed { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<BudgetPlanAmount> Amounts { get; } = [];

    public string Label => Number == 0 ? "Plan" : $"{Number}. Revision";

    public int? AuditUnitId() => null;
}

/// <summary>The planned amount of one line in one plan version, in €.</summary>
public sealed class BudgetPlanAmount : IAudited
{
    public Guid PlanId { get; set; }

    public int LineId { get; set; }

    public BudgetLine? Line { get; set; }

    public decimal Amount { get; set; }

    public int? AuditUnitId() => null;
}

/// <summary>
/// The execution of one line in one month: <see cref="Committed"/> (Mittelbindung: open commitments at the month's
/// end, a stock) and <see cref="Paid"/> (Ausgaben in the month, a flow). Entered or imported by Finanzen.
/// </summary>
public sealed class BudgetExecution : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int LineId { get; set; }

    public BudgetLine? Line { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public decimal Committed { get; set; }

    public decimal Paid { get; set; }

    public bool IsDemo { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Application-managed concurrency token, as on <see cref="MonthlyValue"/>.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public int? AuditUnitId() => null;
}

/// <summary>
/// Where Finanzen's month stands (budget execution and staff together): Entwurf → Eingereicht (Finanzen) →
/// Abgeschlossen (Geschäftsführung). No row means Entwurf. Only submitted or closed months count above Finanzen.
/// </summary>
public sealed class FinanceMonth : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Year { get; set; }

    public int Month { get; set; }

    public MonthState State { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public string? ClosedBy { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ReopenReason { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public int? AuditUnitId() => null;
}

/// <summary>Planned and actual full-time equivalents (Vollzeitäquivalente) of one unit in one month: aggregated, never persons.</summary>
public sealed class StaffMonth : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int OrgUnitId { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public decimal PlannedFte { get; set; }

    public decimal ActualFte { get; set; }

    public bool IsDemo { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public int? AuditUnitId() => OrgUnitId;
}
