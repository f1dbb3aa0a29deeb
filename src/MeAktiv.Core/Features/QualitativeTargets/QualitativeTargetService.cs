using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.QualitativeTargets;

/// <summary>
/// Creates and changes qualitative targets (page <c>/ziele/pflichten</c>, <c>POST/PUT /api/v1/qualitative-targets</c>):
/// input rules (<see cref="QualitativeTargetInputValidator"/>), rights (<see cref="QualitativeTargetRights"/>: an owner
/// who does not maintain the unit changes only status and evidence), the version check (409 on a stale save) and one
/// audited save.
/// </summary>
public sealed class QualitativeTargetService(IDbContextFactory<AppDbContext> factory, IValidator<QualitativeTargetInput> validator,
    TimeProvider clock, Common.BusinessClock business)
{
    public async Task<QualitativeTargetResult> CreateAsync(UserScope scope, QualitativeTargetInput input, CancellationToken ct = default)
    {
        if (!QualitativeTargetRights.CanMaintainAny(scope))
        {
            return QualitativeTargetResult.Fail(QualitativeTargetFailure.Forbidden, QualitativeTargetRights.ForbiddenText);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return QualitativeTargetResult.Invalid(validation);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        if (await UnitOf(db, scope, input.UnitCode, ct) is not { } unit)
        {
            return QualitativeTargetResult.Fail(QualitativeTargetFailure.NotFound, $"Die Einheit '{input.UnitCode}' gibt es nicht.");
        }

        if (!QualitativeTargetRights.CanMaintain(scope, unit.Id))
        {
            return QualitativeTargetResult.Fail(QualitativeTargetFailure.Forbidden, QualitativeTargetRights.ForbiddenText);
        }

        var code = string.IsNullOrEmpty(input.Code) ? $"Q{input.Year}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}" : input.Code;
        if (await db.QualitativeTargets.AnyAsync(q => q.Code == code, ct))
        {
            return QualitativeTargetResult.Invalid(nameof(QualitativeTargetInput.Code), $"Den Code '{code}' gibt es schon.");
        }

        var target = New(input, code, unit.Id, scope.UserName, clock.GetUtcNow().UtcDateTime);
        db.QualitativeTargets.Add(target);
        return await SaveAsync(db, scope, target, unit, ct);
    }

    public async Task<QualitativeTargetResult> UpdateAsync(UserScope scope, Guid id, QualitativeTargetInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var target = await db.QualitativeTargets.Include(q => q.OrgUnit).FirstOrDefaultAsync(q => q.Id == id, ct);
        if (target is null || !QualitativeTargetRights.CanRead(scope, target.OrgUnitId, target.OrgUnit!.Kind))
        {
            return QualitativeTargetResult.Fail(QualitativeTargetFailure.NotFound, "Diese Pflicht bzw. diesen Meilenstein gibt es nicht.");
        }

        var maintains = QualitativeTargetRights.CanMaintain(scope, target.OrgUnitId);
        if (!maintains && !QualitativeTargetRights.IsOwner(scope, target.Owner))
        {
            return QualitativeTargetResult.Fail(QualitativeTargetFailure.Forbidden, QualitativeTargetRights.ForbiddenText);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return QualitativeTargetResult.Invalid(validation);
        }

        if (input.Version is not { } seen)
        {
            return QualitativeTargetResult.Invalid(nameof(QualitativeTargetInput.Version), "Bitte die zuletzt gelesene Version angeben.");
        }

        if (seen != target.Version)
        {
            return Conflict(target);
        }

        var unit = target.OrgUnit;
        if (maintains)
        {
            unit = await UnitOf(db, scope, input.UnitCode, ct);
            if (unit is null || !QualitativeTargetRights.CanMaintain(scope, unit.Id))
            {
                return QualitativeTargetResult.Fail(QualitativeTargetFailure.Forbidden, QualitativeTargetRights.ForbiddenText);
            }

            Apply(target, input, unit.Id);
        }
        else if (ChangesMoreThanStatus(target, input))
        {
            return QualitativeTargetResult.Fail(QualitativeTargetFailure.Forbidden, QualitativeTargetRights.OwnerOnlyText);
        }

        target.Status = input.Status;
        target.Evidence = Trimmed(input.Evidence);
        target.UpdatedBy = scope.UserName;
        target.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.Entry(target).Property(q => q.Version).OriginalValue = seen;
        target.Version = Guid.NewGuid();
        return await SaveAsync(db, scope, target, unit, ct);
    }

    /// <summary>A new entity from checked input: the one way the service and the seed file build one.</summary>
    public static QualitativeTarget New(QualitativeTargetInput input, string code, int unitId, string user, DateTime at)
    {
        var target = new QualitativeTarget { Code = code, Title = "", Owner = "", UpdatedBy = user, UpdatedAt = at };
        Apply(target, input, unitId);
        target.Status = input.Status;
        target.Evidence = Trimmed(input.Evidence);
        return target;
    }

    private static void Apply(QualitativeTarget target, QualitativeTargetInput input, int unitId)
    {
        target.Year = input.Year;
        target.OrgUnitId = unitId;
        target.Title = input.Title.Trim();
        target.Description = Trimmed(input.Description);
        target.Owner = input.Owner.Trim();
        target.DueDate = input.DueDate;
        target.Source = Trimmed(input.Source);
    }

    private static bool ChangesMoreThanStatus(QualitativeTarget t, QualitativeTargetInput input) =>
        t.Year != input.Year || !string.Equals(t.OrgUnit!.Code, input.UnitCode.Trim(), StringComparison.OrdinalIgnoreCase)
        || t.Title != input.Title.Trim() || t.Description != Trimmed(input.Description) || t.Owner != input.Owner.Trim()
        || t.DueDate != input.DueDate || t.Source != Trimmed(input.Source);

    private async Task<QualitativeTargetResult> SaveAsync(AppDbContext db, UserScope scope, QualitativeTarget target, OrgUnit unit,
        CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return QualitativeTargetResult.Fail(QualitativeTargetFailure.Conflict,
                "Jemand hat diese Pflicht gerade gespeichert. Bitte neu laden und erneut speichern.");
        }

        var today = business.Today;
        return QualitativeTargetResult.Done(QualitativeTargetQueries.WithRights(scope, QualitativeTargetView.Of(target, unit, today), unit.Id));
    }

    private static QualitativeTargetResult Conflict(QualitativeTarget target) => QualitativeTargetResult.Fail(QualitativeTargetFailure.Conflict,
        $"{target.UpdatedBy} hat diese Pflicht inzwischen geändert ({Common.German.Time(target.UpdatedAt)}). Bitte neu laden und erneut speichern.");

    private static async Task<OrgUnit?> UnitOf(AppDbContext db, UserScope scope, string code, CancellationToken ct)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Code == normalized, ct);
        return unit is not null && scope.CanSee(unit.Id) ? unit : null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
