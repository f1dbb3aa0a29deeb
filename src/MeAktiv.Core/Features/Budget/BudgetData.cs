using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Budget;

/// <summary>What one budget read loads in a fixed few queries: lines, plan versions, the execution of the year and the
/// year before, and the finance months.</summary>
internal sealed record BudgetData(int YearOf, IReadOnlyList<BudgetLine> Lines, IReadOnlyList<BudgetPlan> Plans, IReadOnlyList<BudgetExecution> Executions,
    IReadOnlyList<FinanceMonth> Months, IReadOnlyList<FinanceMonth> LastYearMonths)
{
    public static async Task<BudgetData> LoadAsync(AppDbContext db, int year, CancellationToken ct)
    {
        var lines = await db.BudgetLines.AsNoTracking().OrderBy(l => l.Budget).ThenBy(l => l.SortOrder).ToListAsync(ct);
        var plans = await db.BudgetPlans.AsNoTracking().Include(p => p.Amounts).Where(p => p.Year == year)
            .OrderBy(p => p.Number).ToListAsync(ct);
        var executions = await db.BudgetExecutions.AsNoTracking().Where(e => e.Year == year || e.Year == year - 1).ToListAsync(ct);
        var months = await db.FinanceMonths.AsNoTracking().Where(m => m.Year == year || m.Year == year - 1).ToListAsync(ct);
        return new BudgetData(year, lines.Where(l => l.IsActiveIn(year)).ToList(), plans, executions,
            months.Where(m => m.Year == year).ToList(), months.Where(m => m.Year == year - 1).ToList());
    }

    /// <summary>Months whose execution counts for this reader: submitted or closed, or (Finanzen) every month.</summary>
    public static bool Counts(FinanceMonth? month, bool seesDrafts) => seesDrafts || month is { State: not MonthState.Entwurf };

    /// <summary>The month shown (the Datenstand idea of the figures): the latest month up to <paramref name="requested"/> whose
    /// months from January on all count and which has data; Finanzen sees its drafts and gets the latest month with data.</summary>
    public int? MonthUsed(int year, int? requested, bool seesDrafts)
    {
        var withData = Executions.Where(e => e.Year == year).Select(e => e.Month).ToHashSet();
        int? used = null;
        for (var m = 1; m <= Math.Clamp(requested ?? 12, 1, 12); m++)
        {
            if (!Counts(Months.FirstOrDefault(x => x.Month == m), seesDrafts))
            {
                break;
            }

            if (withData.Contains(m))
            {
                used = m;
            }
        }

        return used;
    }
}
