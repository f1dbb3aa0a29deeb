using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Budget;

/// <summary>
/// Saves commitments and payments (grid, <c>PUT /api/v1/budgets/{year}/{line}/{month}</c>, import): Finanzen only, every
/// row checked first (line of the year, month, amounts), closed months refused, the version read checked (409), all
/// rows in one audited save or none.
/// </summary>
public sealed class BudgetEntryService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    /// <summary>The largest amount accepted in one cell (10 Mrd. €): a typo, not a budget.</summary>
    public const decimal MaxAmount = 10_000_000_000m;

    public async Task<BudgetResult> SaveAsync(UserScope scope, IReadOnlyList<BudgetEntryInput> rows, string? reason = null, CancellationToken ct = default)
    {
        if (!BudgetRights.CanEnter(scope))
        {
            return BudgetResult.Fail(BudgetFailure.Forbidden, BudgetRights.EnterText);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        db.AuditReason = reason;
        var years = rows.Select(r => r.Year).Distinct().ToList();
        var lines = await db.BudgetLines.ToDictionaryAsync(l => l.Code, StringComparer.OrdinalIgnoreCase, ct);
        var closed = await FinanceMonths.ClosedAsync(db, years, ct);
        var errors = new List<string>();
        var checkedRows = new List<(BudgetEntryInput Row, BudgetLine Line)>();
        foreach (var (row, i) in rows.Select((r, i) => (r, i + 1)))
        {
            var where = row.Row is { } line ? $"Zeile {line}: " : rows.Count > 1 ? $"Zeile {i}: " : "";
            if (FinanceMonths.Problem(row.Year, row.Month, closed) is { } monthProblem)
            {
                errors.Add(where + monthProblem);
            }
            else if (!lines.TryGetValue(row.Line.Trim(), out var budgetLine) || !budgetLine.IsActiveIn(row.Year))
            {
                errors.Add(where + $"Die Haushaltsposition '{row.Line}' gibt es {row.Year} nicht.");
            }
            else if ((AmountProblem(row.Committed, "Mittelbindung") ?? AmountProblem(row.Paid, "Ausgaben")) is { } amount)
            {
                errors.Add(where + amount);
            }
            else
            {
                checkedRows.Add((row, budgetLine));
            }
        }

        if (errors.Count > 0)
        {
            return BudgetResult.Fail(BudgetFailure.Invalid, errors[0], errors);
        }

        var ids = checkedRows.Select(r => r.Line.Id).ToHashSet();
        var existing = await db.BudgetExecutions.Where(e => years.Contains(e.Year) && ids.Contains(e.LineId)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (row, line) in checkedRows)
        {
            var stored = existing.FirstOrDefault(e => e.LineId == line.Id && e.Year == row.Year && e.Month == row.Month);
            if (stored is null)
            {
                db.BudgetExecutions.Add(new BudgetExecution
                {
                    LineId = line.Id, Year = row.Year, Month = row.Month, Committed = row.Committed, Paid = row.Paid,
                    UpdatedBy = scope.UserName, UpdatedAt = now,
                });
                continue;
            }

            if (row.Version != stored.Version)
            {
                return BudgetResult.Fail(BudgetFailure.Conflict,
                    $"{stored.UpdatedBy} hat {line.Name} für {German.Month(row.Year, row.Month)} inzwischen geändert ({German.Time(stored.UpdatedAt)}): " +
                    $"Mittelbindung {German.Euro(stored.Committed)}, Ausgaben {German.Euro(stored.Paid)}. Bitte neu laden und erneut speichern.");
            }

            (stored.Committed, stored.Paid, stored.UpdatedBy, stored.UpdatedAt, stored.IsDemo) = (row.Committed, row.Paid, scope.UserName, now, false);
            db.Entry(stored).Property(e => e.Version).OriginalValue = stored.Version;
            stored.Version = Guid.NewGuid();
        }

        return await FinanceMonths.SaveAsync(db, checkedRows.Count, ct);
    }

    internal static string? AmountProblem(decimal value, string what) =>
        value < 0m ? $"{what}: ein Betrag kann nicht negativ sein."
        : value > MaxAmount ? $"{what}: {German.Euro(value)} ist mehr als 10 Mrd. € – bitte prüfen."
        : decimal.Round(value, 2) != value ? $"{what}: höchstens zwei Nachkommastellen (Cent)."
        : null;
}
