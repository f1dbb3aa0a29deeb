using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Budget;

/// <summary>Saves the staff of units (<c>PUT /api/v1/staff/{year}/{unit}/{month}</c>): Finanzen only, in the same month
/// workflow as the budget (closed months refused), version check (409), one audited save.</summary>
public sealed class StaffEntryService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    /// <summary>More FTE than this in one unit is a typo (the whole Jobcenter plans about 422).</summary>
    public const decimal MaxFte = 2000m;

    public async Task<BudgetResult> SaveAsync(UserScope scope, StaffEntryInput row, CancellationToken ct = default)
    {
        if (!BudgetRights.CanEnter(scope))
        {
            return BudgetResult.Fail(BudgetFailure.Forbidden, BudgetRights.EnterText);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var closed = await FinanceMonths.ClosedAsync(db, [row.Year], ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == row.Unit.Trim().ToUpper(), ct);
        var problem = FinanceMonths.Problem(row.Year, row.Month, closed)
            ?? (unit is null ? $"Die Einheit '{row.Unit}' gibt es nicht." : null)
            ?? FteProblem(row.PlannedFte, "VZÄ Soll") ?? FteProblem(row.ActualFte, "VZÄ Ist");
        if (problem is not null)
        {
            return BudgetResult.Fail(unit is null ? BudgetFailure.NotFound : BudgetFailure.Invalid, problem);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.StaffMonths.FirstOrDefaultAsync(s => s.OrgUnitId == unit!.Id && s.Year == row.Year && s.Month == row.Month, ct);
        if (stored is null)
        {
            db.StaffMonths.Add(new StaffMonth
            {
                OrgUnitId = unit!.Id, Year = row.Year, Month = row.Month, PlannedFte = row.PlannedFte, ActualFte = row.ActualFte,
                UpdatedBy = scope.UserName, UpdatedAt = now,
            });
        }
        else if (row.Version != stored.Version)
        {
            return BudgetResult.Fail(BudgetFailure.Conflict,
                $"{stored.UpdatedBy} hat das Personal von {unit!.Name} für {German.Month(row.Year, row.Month)} inzwischen geändert " +
                $"({German.Time(stored.UpdatedAt)}): Soll {German.Fte(stored.PlannedFte)}, Ist {German.Fte(stored.ActualFte)} VZÄ. Bitte neu laden.");
        }
        else
        {
            (stored.PlannedFte, stored.ActualFte, stored.UpdatedBy, stored.UpdatedAt, stored.IsDemo) = (row.PlannedFte, row.ActualFte, scope.UserName, now, false);
            db.Entry(stored).Property(s => s.Version).OriginalValue = stored.Version;
            stored.Version = Guid.NewGuid();
        }

        return await FinanceMonths.SaveAsync(db, 1, ct);
    }

    private static string? FteProblem(decimal value, string what) =>
        value < 0m ? $"{what}: Vollzeitäquivalente können nicht negativ sein."
        : value > MaxFte ? $"{what}: {German.Fte(value)} VZÄ in einer Einheit – bitte prüfen."
        : decimal.Round(value, 2) != value ? $"{what}: höchstens zwei Nachkommastellen."
        : null;
}
