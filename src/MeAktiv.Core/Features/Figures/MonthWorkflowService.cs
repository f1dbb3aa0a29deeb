using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The month of a unit: Entwurf → Eingereicht (team lead) → Abgeschlossen (Bereichsleitung for its area, or the
/// Geschäftsführung); reopening needs a reason, which the audit history keeps. A month that takes no figures
/// (<see cref="FigureMonths"/>: outside the valid years, or in the future) takes no step either.
/// </summary>
public sealed class MonthWorkflowService(IDbContextFactory<AppDbContext> factory, TimeProvider clock, DeviationQueries deviations, FigureCache cache)
{
    public Task<WorkflowResult> SubmitAsync(UserScope scope, string unitCode, int year, int month, CancellationToken ct = default) =>
        SubmitAsync(scope, unitCode, year, month, [], ct);

    /// <summary>
    /// Submits the unit's month. Each target that will be off track once the month counts (<see cref="DeviationQueries.ForSubmitAsync"/>)
    /// needs a comment: one stored before or one of <paramref name="comments"/>, saved with the submit in one transaction;
    /// otherwise the answer (<see cref="WorkflowFailure.CommentsRequired"/>) lists the deviations still uncommented.
    /// </summary>
    public Task<WorkflowResult> SubmitAsync(UserScope scope, string unitCode, int year, int month,
        IReadOnlyList<DeviationComment> comments, CancellationToken ct = default) =>
        ChangeAsync(scope, unitCode, year, month, ct, async (db, status, unit, now) =>
        {
            if (!scope.CanEditFigures(unit.Id))
            {
                return new(WorkflowFailure.Forbidden, $"Keine Berechtigung für die Einheit '{unit.Code}'.");
            }

            if (status.State != MonthState.Entwurf)
            {
                return new(WorkflowFailure.Conflict, $"Der Monat ist bereits {Text(status.State)}.");
            }

            var offTrack = await deviations.ForSubmitAsync(scope, unit.Code, year, month, ct);
            var check = DeviationComments.Check(offTrack, comments, deviations.Level);
            if (check.Refusal is { } refused)
            {
                return refused;
            }

            if (await DeviationComments.AddAsync(db, check.Accepted, unit.Id, year, month, scope.UserName, now, ct) is { } conflict)
            {
                return conflict;
            }

            (status.State, status.SubmittedBy, status.SubmittedAt) = (MonthState.Eingereicht, scope.UserName, now);
            return null;
        });

    /// <summary>
    /// Closes the unit's month. A unit that owes figures for the month (reporting duties) and has none is refused, even
    /// with <paramref name="confirm"/>; a month it has not submitted is closed only with <paramref name="confirm"/>,
    /// otherwise the answer (<see cref="WorkflowFailure.NeedsConfirmation"/>) names what is missing.
    /// </summary>
    public Task<WorkflowResult> CloseAsync(UserScope scope, string unitCode, int year, int month, bool confirm = false,
        CancellationToken ct = default) =>
        ChangeAsync(scope, unitCode, year, month, ct, async (db, status, unit, now) =>
        {
            if (!CanClose(scope, unit.Id))
            {
                return new(WorkflowFailure.Forbidden, "Nur die Bereichsleitung des Bereichs oder die Geschäftsführung kann einen Monat abschließen.");
            }

            if (status.State == MonthState.Abgeschlossen)
            {
                return new(WorkflowFailure.Conflict, "Der Monat ist bereits abgeschlossen.");
            }

            if (await MonthCloseCheck.CheckAsync(db, unit, status.State, new YearMonth(year, month), confirm, ct) is { } refusal)
            {
                return refusal;
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
    private Task<WorkflowResult> ChangeAsync(UserScope scope, string unitCode, int year, int month, CancellationToken ct,
        Func<MonthStatus, OrgUnit, DateTime, Refusal?> change, string? auditReason = null) =>
        ChangeAsync(scope, unitCode, year, month, ct, (_, status, unit, now) => Task.FromResult(change(status, unit, now)), auditReason);

    private async Task<WorkflowResult> ChangeAsync(UserScope scope, string unitCode, int year, int month, CancellationToken ct,
        Func<AppDbContext, MonthStatus, OrgUnit, DateTime, Task<Refusal?>> change, string? auditReason = null)
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

        if (FigureMonths.Refusal(new YearMonth(year, month), FigureMonths.Current(clock)) is { } refusal)
        {
            return WorkflowResult.Fail(WorkflowFailure.Invalid, refusal);
        }

        var status = await db.MonthStatuses.FirstOrDefaultAsync(s => s.OrgUnitId == unit.Id && s.Year == year && s.Month == month, ct);
        if (status is null)
        {
            status = new MonthStatus { OrgUnitId = unit.Id, Year = year, Month = month };
            db.MonthStatuses.Add(status);
        }

        if (await change(db, status, unit, clock.GetUtcNow().UtcDateTime) is { } refused)
        {
            return WorkflowResult.Fail(refused.Failure, refused.Message) with
            {
                Missing = refused.Missing ?? [], Deviations = refused.Deviations ?? [],
            };
        }

        status.Version = Guid.NewGuid();
        var raised = 0L;
        try
        {
            // Only figures of submitted or closed months count above the unit (docs/kennzahlen.md, "Datenstand"): a
            // state change changes what the cached figures hold, so it raises their stamp in the same transaction.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                raised = await FigureCache.RaiseAsync(db, ct);
                await transaction.CommitAsync(ct);
            });
            cache.Advance(raised, [year]);
        }
        catch (DbUpdateException)
        {
            return WorkflowResult.Fail(WorkflowFailure.Conflict, "Jemand hat den Monat gerade geändert. Bitte neu laden.");
        }

        return new WorkflowResult(true, status.State, null, WorkflowFailure.None);
    }
}
