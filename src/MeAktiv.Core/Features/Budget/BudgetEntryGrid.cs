using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Budget;

/// <summary>One row of Finanzen's entry grid: the line, its stored amounts of the month and the version to send back.</summary>
public sealed record BudgetEntryRow(string Code, string Name, BudgetKind Budget, decimal? Committed, decimal? Paid, Guid? Version, bool IsDemo);

/// <summary>The entry grid of a month: every line of the year and the month's state.</summary>
public sealed record BudgetEntryGrid(int Year, int Month, MonthState State, string? ReopenReason, IReadOnlyList<BudgetEntryRow> Rows);

/// <summary>Reads the entry grid (page <c>/budget/erfassung</c>) for Finanzen and the Geschäftsführung, in two queries.</summary>
public sealed class BudgetEntryGridQueries(IDbContextFactory<AppDbContext> factory)
{
    public async Task<BudgetEntryGrid?> LoadAsync(UserScope scope, int year, int month, CancellationToken ct = default)
    {
        if (!BudgetRights.CanEnter(scope) && !BudgetRights.CanClose(scope))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var lines = (await db.BudgetLines.AsNoTracking().OrderBy(l => l.Budget).ThenBy(l => l.SortOrder).ToListAsync(ct))
            .Where(l => l.IsActiveIn(year)).ToList();
        var rows = await db.BudgetExecutions.AsNoTracking().Where(e => e.Year == year && e.Month == month).ToListAsync(ct);
        var state = await db.FinanceMonths.AsNoTracking().FirstOrDefaultAsync(m => m.Year == year && m.Month == month, ct);
        return new BudgetEntryGrid(year, month, state?.State ?? MonthState.Entwurf, state?.ReopenReason, lines.Select(l =>
        {
            var r = rows.FirstOrDefault(e => e.LineId == l.Id);
            return new BudgetEntryRow(l.Code, l.Name, l.Budget, r?.Committed, r?.Paid, r?.Version, r?.IsDemo ?? false);
        }).ToList());
    }
}
