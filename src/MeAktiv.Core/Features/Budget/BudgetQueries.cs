using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Budget;

/// <summary>
/// The budget of a year as one reader may see it (page <c>/budget</c>, <c>GET /api/v1/budgets</c>, export, dashboard
/// cards, review slide): the valid plan and its versions, every line's figures at the month of the Datenstand
/// (<see cref="BudgetData.MonthUsed"/>), the budgets' sums, the shift and the cost per integration, all through
/// <see cref="BudgetCalculator"/>. The Träger get the sums without the lines; who may not read money gets null.
/// </summary>
public sealed class BudgetQueries(IDbContextFactory<AppDbContext> factory, FigureQueries figures, IOptions<BudgetOptions> options)
{
    public async Task<BudgetReport?> LoadAsync(UserScope scope, int year, int? month = null, CancellationToken ct = default)
    {
        if (!BudgetRights.CanReadTotals(scope))
        {
            return null;
        }

        BudgetData data;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            data = await BudgetData.LoadAsync(db, year, ct);
        }

        var drafts = BudgetRights.SeesDrafts(scope);
        var used = data.MonthUsed(year, month, drafts);
        var integrations = used is { } m ? await IntegrationsAsync(year, m, ct) : null;
        return Build(data, year, used, drafts, options.Value.Margin, integrations, BudgetRights.CanReadLines(scope));
    }

    /// <summary>The twelve months of one line (drill-down and entry): those that count for the reader, with the version.</summary>
    public async Task<BudgetLineMonths> LineMonthsAsync(UserScope scope, int year, string code, CancellationToken ct = default)
    {
        if (!BudgetRights.CanReadLines(scope))
        {
            return new(BudgetFailure.Forbidden, BudgetRights.ForbiddenText, null, null, null);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var line = await db.BudgetLines.AsNoTracking().FirstOrDefaultAsync(l => l.Code == code.Trim().ToUpper(), ct);
        if (line is null || !line.IsActiveIn(year))
        {
            return new(BudgetFailure.NotFound, $"Die Haushaltsposition '{code}' gibt es {year} nicht.", null, null, null);
        }

        var rows = await db.BudgetExecutions.AsNoTracking().Where(e => e.LineId == line.Id && e.Year == year).ToListAsync(ct);
        var months = await db.FinanceMonths.AsNoTracking().Where(m => m.Year == year).ToListAsync(ct);
        var drafts = BudgetRights.SeesDrafts(scope);
        var paid = 0m;
        var result = new List<BudgetLineMonth>();
        for (var m = 1; m <= 12; m++)
        {
            var state = months.FirstOrDefault(x => x.Month == m);
            var row = BudgetData.Counts(state, drafts) ? rows.FirstOrDefault(r => r.Month == m) : null;
            paid += row?.Paid ?? 0m;
            result.Add(new BudgetLineMonth(m, row?.Committed, row?.Paid, paid, row?.UpdatedBy, row?.UpdatedAt, row?.Version,
                state?.State ?? MonthState.Entwurf, row?.IsDemo ?? false));
        }

        return new(BudgetFailure.None, null, line.Code, line.Name, result);
    }

    /// <summary>The report from loaded data: the one place the figures are put together (also for the review's frozen slide).</summary>
    internal static BudgetReport Build(BudgetData data, int year, int? month, bool drafts, decimal margin, decimal? integrations, bool linesVisible)
    {
        var versions = data.Plans.Select(p => PlanView(p, data.Lines)).ToList();
        var plan = versions.LastOrDefault();
        var lines = data.Lines.Select(l => LineView(data, l, plan, year, month, drafts, margin)).ToList();
        var budgets = Enum.GetValues<BudgetKind>()
            .Where(k => lines.Any(l => l.Budget == k))
            .Select(k => new BudgetTotalView(k, BudgetNames.Of(k), Allocation(plan, k),
                Total(lines.Where(l => l.Budget == k).Select(l => l.Figures), month, margin)))
            .ToList();
        var two = lines.Where(l => !l.IsKommunal).Select(l => l.Figures).ToList();
        var gesamt = two.Count > 0 ? Total(two, month, margin) : null;
        BudgetShiftView? shift = null;
        if (plan is not null && budgets.FirstOrDefault(b => b.Budget == BudgetKind.Verwaltung) is { } verwaltung)
        {
            var (needed, share) = BudgetCalculator.ShiftNeeded(verwaltung.Figures.Projection, plan.VerwaltungAllocation, plan.EingliederungAllocation);
            shift = new BudgetShiftView(plan.PlannedShift, plan.PlannedShiftShare, needed, share);
        }

        var eingliederungPaid = budgets.FirstOrDefault(b => b.Budget == BudgetKind.Eingliederung)?.Figures.PaidYtd ?? 0m;
        var cost = integrations is { } n ? BudgetCalculator.CostPerIntegration(eingliederungPaid, n) : null;
        return new BudgetReport(year, month, MonthViews(data), plan, versions, linesVisible ? lines : [], budgets, gesamt, shift,
            integrations, cost, margin, lines.Any(l => l.IsDemo), linesVisible);
    }

    private static BudgetLineView LineView(BudgetData data, BudgetLine line, BudgetPlanView? plan, int year, int? month, bool drafts, decimal margin)
    {
        var planned = plan?.Amounts.GetValueOrDefault(line.Code) ?? 0m;
        var own = data.Executions.Where(e => e.LineId == line.Id).ToList();
        var months = own.Where(e => e.Year == year && BudgetData.Counts(data.Months.FirstOrDefault(x => x.Month == e.Month), drafts))
            .Select(e => new BudgetMonthInput(e.Month, e.Committed, e.Paid)).ToList();
        var last = own.Where(e => e.Year == year - 1 && BudgetData.Counts(data.LastYearMonths.FirstOrDefault(x => x.Month == e.Month), drafts))
            .OrderBy(e => e.Month).ToList();
        var figures = month is { } m
            ? BudgetCalculator.Line(new BudgetLineInput(line, planned, months, last.Count == 12 ? last.Select(e => e.Paid).ToList() : null), m, margin)
            : BudgetCalculator.PlanOnly(planned);
        var informKreis = line.InformKreis && month is not null && figures.Light == BudgetLight.Red;
        var demo = own.Any(e => e.Year == year && e.Month <= (month ?? 0) && e.IsDemo);
        return new BudgetLineView(line.Code, line.Name, line.Budget, line.Group, line.SortOrder, line.Budget == BudgetKind.Kommunal, figures,
            informKreis, demo);
    }

    private static BudgetFigures Total(IEnumerable<BudgetFigures> lines, int? month, decimal margin) =>
        month is null ? BudgetCalculator.PlanOnly(lines.Sum(l => l.Plan)) : BudgetCalculator.Sum(lines, margin);

    private static BudgetPlanView PlanView(BudgetPlan p, IReadOnlyList<BudgetLine> lines)
    {
        var codes = lines.ToDictionary(l => l.Id, l => l.Code);
        return new BudgetPlanView(p.Id, p.Number, p.Label, p.DecidedOn, p.Note, p.VerwaltungAllocation, p.EingliederungAllocation,
            p.PlannedShift, p.EingliederungAllocation > 0m ? p.PlannedShift / p.EingliederungAllocation : null, p.IsAssumed,
            p.Amounts.Where(a => codes.ContainsKey(a.LineId)).ToDictionary(a => codes[a.LineId], a => a.Amount, StringComparer.Ordinal));
    }

    private static decimal? Allocation(BudgetPlanView? plan, BudgetKind kind) => kind switch
    {
        BudgetKind.Verwaltung => plan?.VerwaltungAllocation,
        BudgetKind.Eingliederung => plan?.EingliederungAllocation,
        _ => null,
    };

    private static List<FinanceMonthView> MonthViews(BudgetData data) => Enumerable.Range(1, 12).Select(m =>
    {
        var s = data.Months.FirstOrDefault(x => x.Month == m);
        var hasData = data.Executions.Any(e => e.Year == data.YearOf && e.Month == m);
        return new FinanceMonthView(m, s?.State ?? MonthState.Entwurf, s?.SubmittedBy, s?.SubmittedAt, s?.ClosedBy, s?.ClosedAt, s?.Version, hasData);
    }).ToList();

    /// <summary>Integrations (K2 numerator) from January to <paramref name="month"/>, of submitted or closed unit-months only.</summary>
    private async Task<decimal?> IntegrationsAsync(int year, int month, CancellationToken ct)
    {
        var rows = await figures.LoadAsync(year, year, ct);
        var integrations = rows.Where(r => r.Indicator == "K2" && r.Component == "INT" && r.Month <= month).ToList();
        return integrations.Count == 0 ? null : integrations.Sum(r => r.Value);
    }
}
