using MeAktiv.Core.Features.Budget;

namespace MeAktiv.Web.Features.Budget;

/// <summary>The JSON of <c>GET /api/v1/budgets</c>: amounts in € and shares as fractions, full precision.</summary>
public static class BudgetJson
{
    public static object Of(BudgetReport r) => new
    {
        r.Year,
        r.Month,
        Coverage = r.Months.Select(m => new { m.Month, State = m.State.ToString(), m.SubmittedBy, m.SubmittedAt, m.ClosedBy, m.ClosedAt, m.HasData, m.Version }),
        Plan = r.Plan is { } p ? Plan(p) : null,
        Versions = r.Versions.Select(Plan),
        Lines = r.Lines.Select(l => new
        {
            l.Code, l.Name, Budget = l.Budget.ToString(), l.Group, l.InformKreis, l.IsDemo,
            l.Figures.Plan, l.Figures.Committed, Paid = l.Figures.PaidYtd, l.Figures.Utilisation, l.Figures.Projection,
            l.Figures.LinearProjection, l.Figures.PatternProjection, Method = l.Figures.Method.ToString(), l.Figures.Deviation,
            Light = l.Figures.Light.ToString(),
        }),
        Budgets = r.Budgets.Select(b => new { Budget = b.Budget.ToString(), b.Name, b.Allocation, Figures = Figures(b.Figures) }),
        Total = r.Gesamt is { } g ? Figures(g) : null,
        r.Shift,
        r.IntegrationsYtd,
        r.CostPerIntegration,
        r.Margin,
        Demo = r.HasDemo,
    };

    private static object Plan(BudgetPlanView p) => new
    {
        p.Id, p.Number, p.Label, p.DecidedOn, p.Note, p.VerwaltungAllocation, p.EingliederungAllocation, p.Gesamt, p.PlannedShift,
        p.PlannedShiftShare, p.IsAssumed,
    };

    private static object Figures(BudgetFigures f) => new
    {
        f.Plan, f.Committed, Paid = f.PaidYtd, f.Utilisation, f.Projection, f.LinearProjection, f.PatternProjection,
        Method = f.Method.ToString(), f.Deviation, Light = f.Light.ToString(),
    };
}
