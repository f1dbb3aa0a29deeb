using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The month of a unit: Entwurf → Eingereicht (team lead) → Abgeschlossen (Bereichsleitung for its area, or the
/// Geschäftsführung); reopening needs a reason, which the audit history keeps.
/// </summary>
public sealed class MonthWorkflowService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public Task<WorkflowResult> SubmitAsync(UserScope scope, string unitCode, int year, int month, CancellationToken ct = default) =>
        ChangeAsync(scope, unitCode, year, month, ct, (status, unit, now) =>
        {
            if (!scope.CanEditFigures(unit.Id))
            {
                return new(WorkflowFailure.Forbidden, $"Keine Berechtigung für die Einheit '{unit.Code}'.");
            }

            if (status.State != MonthState.Entwurf)
            {
                return new(WorkflowFailure.Conflict, $"Der Monat ist bereits {Text(status.State)}.");
            }

            (status.State, status.SubmittedBy, status.SubmittedAt) = (MonthState.Eingereicht, scope.UserName, now);
            return null;
        });

    public Task<WorkflowResult> CloseAsync(UserScope scope, string unitCode, int year, int month, CancellationToken ct = default) =>
        ChangeAsync(scope, unitCode, year, month, ct, (status, unit, now) =>
        {
            if (!CanClose(scope, unit.Id))
            {
                return new(WorkflowFailure.Forbidden, "Nur die Bereichsleitung des Bereichs oder die Geschäftsführung kann einen Monat abschließen.");
            }

            if (status.State == MonthState.Abgeschlossen)
            {
                return new(WorkflowFailure.Conflict, "Der Monat ist bereits abgeschlossen.");
            }

            (status.State, status.ClosedBy, status.ClosedAt) = (MonthState.Abgeschlossen, scope.UserName, now);
            return null;
        });

    public Task<WorkflowResult> ReopenAsync(UserScope scope, string unitCode, int year, int month, string reason,
        CancellationToken ct = default) =>
        ChangeAsync(scope, unitCode, year, month, ct, (status, unit, _) =>
        {
            if (!CanClose(scope, unit.Id))
            {
                return new(WorkflowFailure.Forbidden, "Nur die Bereichsleitung des Bereichs oder die Geschäftsführung kann einen Monat wieder öffnen.");
            }

            if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 5)
            {
                return new(WorkflowFailure.Invalid, "Bitte einen Grund für die Wiederöffnung angeben (mindestens 5 Zeichen).");
            }

            if (status.State != MonthState.Abgeschlossen)
            {
                return new(WorkflowFailure.Conflict, "Nur ein abgeschlossener Monat kann wieder geöffnet werden.");
            }

            (status.State, status.ReopenReason, status.ClosedBy, status.ClosedAt) = (MonthState.Entwurf, reason.Trim(), null, null);
            return null;
        }, auditReason: reason?.Trim());

    /// <summary>A Bereichsleitung closes the months of its area (the units it may change), the Geschäftsführung all.</summary>
    public static bool CanClose(UserScope scope, int unitId) =>
        (scope.IsInRole(Roles.Bereichsleitung) || scope.IsInRole(Roles.Geschaeftsfuehrung)) && scope.CanEditFigures(unitId);

    public static string Text(MonthState state) => state switch
    {
        MonthState.Eingereicht => "eingereicht",
        MonthState.Abgeschlossen => "abgeschlossen",
        _ => "im Entwurf",
    };

    /// <param name="auditReason">Recorded with the change in the audit history (the reason of a reopening).</param>
    private async Task<WorkflowResult> ChangeAsync(UserScope scope, string unitCode, int year, int month, CancellationToken ct,
        Func<MonthStatus, OrgUnit, DateTime, Refusal?> change, string? auditReason = null)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        db.AuditReason = auditReason;
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode.ToUpper(), ct);
        if (unit is null)
        {
            return WorkflowResult.Fail(WorkflowFailure.NotFound, $"Die Einheit '{unitCode}' gibt es nicht.");
        }

        if (!scope.CanSee(unit.Id))
        {
            return WorkflowResult.Fail(WorkflowFailure.Forbidden, $"Keine Berechtigung für die Einheit '{unit.Code}'.");
        }

        var status = await db.MonthStatuses.FirstOrDefaultAsync(s => s.OrgUnitId == unit.Id && s.Year == year && s.Month == month, ct);
        if (status is null)
        {
            status = new MonthStatus { OrgUnitId = unit.Id, Year = year, Month = month };
            db.MonthStatuses.Add(status);
        }

        if (change(status, unit, clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return WorkflowResult.Fail(refusal.Failure, refusal.Message);
        }

        status.Version = Guid.NewGuid();
        try
        {
            // Only figures of submitted or closed months count above the unit (docs/kennzahlen.md, "Datenstand"): a
            // state change changes what the cached figures hold, so it raises their stamp in the same transaction.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                await FigureCache.RaiseAsync(db, ct);
                await transaction.CommitAsync(ct);
            });
        }
        catch (DbUpdateException)
        {
            return WorkflowResult.Fail(WorkflowFailure.Conflict, "Jemand hat den Monat gerade geändert. Bitte neu laden.");
        }

        return new WorkflowResult(true, status.State, null, WorkflowFailure.None);
    }
}

internal sealed record Refusal(WorkflowFailure Failure, string Message);

/// <summary>Why a workflow step was refused.</summary>
public enum WorkflowFailure
{
    None = 0,
    NotFound = 1,
    Forbidden = 2,
    Invalid = 3,
    Conflict = 4,
}

/// <summary>The outcome of a workflow step; <see cref="Error"/> is German.</summary>
public sealed record WorkflowResult(bool Ok, MonthState? State, string? Error, WorkflowFailure Failure)
{
    public static WorkflowResult Fail(WorkflowFailure failure, string error) => new(false, null, error, failure);
}
