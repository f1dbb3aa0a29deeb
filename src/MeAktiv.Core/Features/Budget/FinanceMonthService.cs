using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Budget;

/// <summary>
/// Finanzen's month (budget execution and staff): Entwurf → Eingereicht (Finanzen, every line of the year entered) →
/// Abgeschlossen (Geschäftsführung); reopening needs a reason, which the audit keeps. A submission makes the month count
/// above Finanzen and creates the due duty „Kreis informieren“ for a § 16a line projected above its plan
/// (<see cref="KreisInformService"/>).
/// </summary>
public sealed class FinanceMonthService(IDbContextFactory<AppDbContext> factory, KreisInformService kreis, TimeProvider clock)
{
    public async Task<BudgetResult> SubmitAsync(UserScope scope, int year, int month, CancellationToken ct = default)
    {
        var result = await ChangeAsync(scope, year, month, null, ct, async (db, status, now) =>
        {
            if (!BudgetRights.CanEnter(scope))
            {
                return BudgetResult.Fail(BudgetFailure.Forbidden, BudgetRights.EnterText);
            }

            if (status.State != MonthState.Entwurf)
            {
                return BudgetResult.Fail(BudgetFailure.Conflict, $"{German.Month(year, month)} ist bereits {StateText(status.State)}.");
            }

            var entered = await db.BudgetExecutions.Where(e => e.Year == year && e.Month == month).Select(e => e.LineId).ToListAsync(ct);
            var missing = (await db.BudgetLines.AsNoTracking().ToListAsync(ct))
                .Where(l => l.IsActiveIn(year) && !entered.Contains(l.Id)).Select(l => l.Code).ToList();
            if (missing.Count > 0)
            {
                return BudgetResult.Fail(BudgetFailure.Invalid,
                    $"{German.Month(year, month)} ist unvollständig: es fehlen Werte für {string.Join(", ", missing)}.");
            }

            (status.State, status.SubmittedBy, status.SubmittedAt) = (MonthState.Eingereicht, scope.UserName, now);
            return null;
        });
        if (result.Ok)
        {
            await kreis.EnsureAsync(year, ct);
        }

        return result;
    }

    public Task<BudgetResult> CloseAsync(UserScope scope, int year, int month, CancellationToken ct = default) =>
        ChangeAsync(scope, year, month, null, ct, (_, status, now) =>
        {
            BudgetResult? refusal = !BudgetRights.CanClose(scope) ? BudgetResult.Fail(BudgetFailure.Forbidden, BudgetRights.CloseText)
                : status.State == MonthState.Abgeschlossen ? BudgetResult.Fail(BudgetFailure.Conflict, $"{German.Month(year, month)} ist bereits abgeschlossen.")
                : status.State == MonthState.Entwurf ? BudgetResult.Fail(BudgetFailure.Conflict, $"{German.Month(year, month)} ist noch nicht eingereicht.")
                : null;
            if (refusal is null)
            {
                (status.State, status.ClosedBy, status.ClosedAt) = (MonthState.Abgeschlossen, scope.UserName, now);
            }

            return Task.FromResult(refusal);
        });

    public Task<BudgetResult> ReopenAsync(UserScope scope, int year, int month, string? reason, CancellationToken ct = default) =>
        ChangeAsync(scope, year, month, reason, ct, (_, status, _) =>
        {
            BudgetResult? refusal = !BudgetRights.CanClose(scope) ? BudgetResult.Fail(BudgetFailure.Forbidden, BudgetRights.CloseText)
                : string.IsNullOrWhiteSpace(reason) ? BudgetResult.Fail(BudgetFailure.Invalid, "Bitte einen Grund für die Wiedereröffnung angeben.")
                : status.State == MonthState.Entwurf ? BudgetResult.Fail(BudgetFailure.Conflict, $"{German.Month(year, month)} ist noch offen.")
                : null;
            if (refusal is null)
            {
                (status.State, status.ReopenReason, status.ClosedBy, status.ClosedAt) = (MonthState.Entwurf, reason!.Trim(), null, null);
            }

            return Task.FromResult(refusal);
        });

    private async Task<BudgetResult> ChangeAsync(UserScope scope, int year, int month, string? reason, CancellationToken ct,
        Func<AppDbContext, FinanceMonth, DateTime, Task<BudgetResult?>> change)
    {
        if (!BudgetRights.CanReadLines(scope))
        {
            return BudgetResult.Fail(BudgetFailure.Forbidden, BudgetRights.ForbiddenText);
        }

        if (FinanceMonths.Problem(year, month, []) is { } problem)
        {
            return BudgetResult.Fail(BudgetFailure.Invalid, problem);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        db.AuditReason = reason?.Trim();
        var status = await db.FinanceMonths.FirstOrDefaultAsync(m => m.Year == year && m.Month == month, ct);
        if (status is null)
        {
            status = new FinanceMonth { Year = year, Month = month };
            db.FinanceMonths.Add(status);
        }
        else
        {
            db.Entry(status).Property(m => m.Version).OriginalValue = status.Version;
            status.Version = Guid.NewGuid();
        }

        if (await change(db, status, clock.GetUtcNow().UtcDateTime) is { } refused)
        {
            return refused;
        }

        return await FinanceMonths.SaveAsync(db, 1, ct);
    }

    public static string StateText(MonthState state) => state switch
    {
        MonthState.Eingereicht => "eingereicht",
        MonthState.Abgeschlossen => "abgeschlossen",
        _ => "im Entwurf",
    };
}
