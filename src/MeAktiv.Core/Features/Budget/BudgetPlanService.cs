using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Budget;

/// <summary>
/// Adds the next revision of a year's budget plan (<c>POST /api/v1/budgets/{year}/plans</c>, the „Planversionen“ section
/// of <c>/budget</c>): a copy of the valid version with the changed allocations, planned shift, line amounts, note and
/// date. Finanzen prepares and the Geschäftsführung decides; both may add. At most the 3. Revision; the version the
/// user started from must still be the valid one (else 409); amounts not negative; the Verwaltung lines must sum to
/// Verwaltungsbudget + shift and the Eingliederung lines to Eingliederungsbudget − shift (docs/kennzahlen.md, „Budget“).
/// Audited; nothing is stored on any error.
/// </summary>
public sealed class BudgetPlanService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public const string RightsText = "Eine Planrevision legen Finanzen (Controlling) und die Geschäftsführung an.";

    public static bool CanRevise(UserScope scope) => scope.IsInRole(Roles.Finanzen) || scope.IsInRole(Roles.Geschaeftsfuehrung);

    public async Task<BudgetResult> AddRevisionAsync(UserScope scope, BudgetPlanInput input, CancellationToken ct = default)
    {
        if (!CanRevise(scope))
        {
            return BudgetResult.Fail(BudgetFailure.Forbidden, RightsText);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var valid = await db.BudgetPlans.Include(p => p.Amounts).ThenInclude(a => a.Line)
            .Where(p => p.Year == input.Year).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
        if (valid is null)
        {
            return BudgetResult.Fail(BudgetFailure.NotFound, $"Für {input.Year} gibt es keinen Haushaltsplan, von dem eine Revision ausgehen kann.");
        }

        if (input.BaseId != valid.Id)
        {
            return BudgetResult.Fail(BudgetFailure.Conflict,
                $"Gültig ist inzwischen die {valid.Label} vom {German.Date(valid.DecidedOn)} ({valid.CreatedBy}). Bitte neu laden und die Revision darauf aufbauen.");
        }

        var lines = await db.BudgetLines.AsNoTracking().ToListAsync(ct);
        var plan = new BudgetPlan
        {
            Year = input.Year, Number = valid.Number + 1, DecidedOn = input.DecidedOn ?? valid.DecidedOn, Note = input.Note?.Trim() is { Length: > 0 } n ? n : null,
            VerwaltungAllocation = input.VerwaltungAllocation ?? valid.VerwaltungAllocation,
            EingliederungAllocation = input.EingliederungAllocation ?? valid.EingliederungAllocation,
            PlannedShift = input.PlannedShift ?? valid.PlannedShift, CreatedBy = scope.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var amounts = valid.Amounts.ToDictionary(a => a.Line!.Code, a => a.Amount, StringComparer.OrdinalIgnoreCase);
        var errors = BudgetPlanRules.Check(plan, valid, input.Amounts ?? new Dictionary<string, decimal>(), lines, amounts);
        if (valid.Number >= 3)
        {
            errors.Insert(0, $"Für {input.Year} gilt schon die 3. Revision; mehr als drei Revisionen gibt es nicht.");
        }

        if (errors.Count > 0)
        {
            return BudgetResult.Fail(BudgetFailure.Invalid, errors[0], errors);
        }

        foreach (var line in lines.Where(l => amounts.ContainsKey(l.Code)))
        {
            plan.Amounts.Add(new BudgetPlanAmount { PlanId = plan.Id, LineId = line.Id, Amount = amounts[line.Code] });
        }

        db.BudgetPlans.Add(plan);
        db.AuditReason = $"{plan.Label} {plan.Year}";
        return await FinanceMonths.SaveAsync(db, 1, ct); // a concurrent revision hits the unique (Year, Number): 409
    }
}

/// <summary>A plan revision as entered: the version it starts from, and what changes (null: as in that version).
/// <see cref="Amounts"/> by line code; lines not named keep their amount.</summary>
public sealed record BudgetPlanInput(int Year, Guid? BaseId, DateOnly? DecidedOn, string? Note, decimal? VerwaltungAllocation,
    decimal? EingliederungAllocation, decimal? PlannedShift, IReadOnlyDictionary<string, decimal>? Amounts);
