using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Targets;

/// <summary>
/// Sets a new version of a target (page "Ziele pflegen", <c>PUT /api/v1/targets/{year}/{unit}/{indicator}</c>, the
/// target import and the seed files): input rules (<see cref="TargetInputValidator"/>), rights and status order
/// (<see cref="TargetRights"/>), the version check (the number the user saw must still be the current one, else a
/// conflict), one audited insert. Versions are never changed or deleted. The one load of every view reads the targets
/// anew each time, so the next page shows it.
/// </summary>
public sealed class TargetMaintenanceService(IDbContextFactory<AppDbContext> factory, IValidator<TargetInput> validator, TimeProvider clock)
{
    public async Task<TargetSaveResult> SaveAsync(UserScope scope, TargetInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var result = await ApplyAsync(db, scope, input, skipUnchanged: false, ct);
        if (!result.Ok)
        {
            return result;
        }

        db.AuditReason = result.Saved!.Reason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same version number (or the first version of the same target) at the same time.
            return TargetSaveResult.Fail(TargetFailure.Conflict, "Jemand hat das Ziel gerade gespeichert. Bitte neu laden.");
        }

        return result;
    }

    /// <summary>
    /// Checks <paramref name="input"/> by every rule and adds its new version to <paramref name="db"/> without saving, so
    /// that a caller can save many in one transaction (the import: all or nothing; the seed files) or none (a preview).
    /// Targets added to <paramref name="db"/> before are found, so several versions of one target can follow each other.
    /// With <paramref name="skipUnchanged"/> an input equal to the current version adds nothing (<see cref="TargetChange.Unchanged"/>).
    /// </summary>
    public async Task<TargetSaveResult> ApplyAsync(AppDbContext db, UserScope scope, TargetInput input, bool skipUnchanged, CancellationToken ct)
    {
        if (!TargetRights.CanMaintain(scope))
        {
            return TargetSaveResult.Fail(TargetFailure.Forbidden, TargetRights.ForbiddenText);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return TargetSaveResult.Invalid(validation);
        }

        var unitCode = input.UnitCode.Trim().ToUpperInvariant();
        var indicatorCode = input.IndicatorCode.Trim().ToUpperInvariant();
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct);
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == indicatorCode, ct);
        if (unit is null || indicator is null || !scope.CanSee(unit.Id))
        {
            return TargetSaveResult.Fail(TargetFailure.NotFound,
                $"Die Einheit '{input.UnitCode}' oder die Kennzahl '{input.IndicatorCode}' gibt es nicht.");
        }

        if (!Enumerable.Range(1, 12).Any(m => unit.ExistsIn(input.Year, m)))
        {
            return TargetSaveResult.Invalid(nameof(TargetInput.UnitCode), $"Die Einheit {unit.Name} besteht {input.Year} nicht.");
        }

        if (!(await Attainment.DatenstandQueries.LoadActivationAsync(db, ct)).IsActive(indicator, input.Year))
        {
            return TargetSaveResult.Invalid(nameof(TargetInput.IndicatorCode),
                $"Die Kennzahl {indicator.Code} ist für {input.Year} abgeschaltet: Für sie kann kein Ziel gesetzt werden.");
        }

        var target = db.Targets.Local.FirstOrDefault(t => t.IndicatorId == indicator.Id && t.OrgUnitId == unit.Id && t.Year == input.Year)
            ?? await db.Targets.Include(t => t.Versions)
                .FirstOrDefaultAsync(t => t.IndicatorId == indicator.Id && t.OrgUnitId == unit.Id && t.Year == input.Year, ct);
        var current = target?.Current;
        var profile = TargetPeriodRules.Merge(input, current);
        var version = NewVersion(input, indicator.Unit, current, scope, profile);
        if (skipUnchanged && current is not null && TargetVersionCompare.SameAs(current, version))
        {
            return TargetSaveResult.Done(TargetVersionView.Of(input.Year, unit.Code, indicator.Code, current, indicator.Phasing), TargetChange.Unchanged);
        }

        if (TargetRights.Refusal(scope, unit.Id, input.Status, current?.Status) is { } refusal)
        {
            return TargetSaveResult.Fail(TargetFailure.Forbidden, refusal);
        }

        if (input.Version != (current?.Number ?? 0))
        {
            return TargetSaveResult.Fail(TargetFailure.Conflict, current is null
                ? "Das Ziel gibt es nicht mehr in der gelesenen Fassung. Bitte neu laden."
                : $"{current.CreatedBy} hat das Ziel inzwischen geändert (Version {current.Number}, {Common.German.Time(current.CreatedAt)}). Bitte neu laden und erneut speichern.");
        }

        if (TargetRights.StatusProblem(current?.Status, input.Status) is { } problem)
        {
            return TargetSaveResult.Invalid(nameof(TargetInput.Status), problem);
        }

        if (TargetPeriodRules.Problems(input.Year, profile) is { Count: > 0 } periodProblems)
        {
            return TargetSaveResult.Invalid(periodProblems);
        }

        if (target is null)
        {
            target = new Target { IndicatorId = indicator.Id, OrgUnitId = unit.Id, Year = input.Year };
            db.Targets.Add(target);
        }

        version.TargetId = target.Id;
        version.CreatedAt = clock.GetUtcNow().UtcDateTime;
        target.Versions.Add(version);
        return TargetSaveResult.Done(TargetVersionView.Of(input.Year, unit.Code, indicator.Code, version, indicator.Phasing),
            current is null ? TargetChange.New : TargetChange.Changed);
    }

    private static TargetVersion NewVersion(TargetInput input, IndicatorUnit unit, TargetVersion? current, UserScope scope,
        TargetProfile profile) => new()
    {
        Number = (current?.Number ?? 0) + 1,
        Value = input.Change is { } change && input.Baseline is { } baseline && input.Value is null
            ? ValueOf(unit, baseline, change)
            : input.Value,
        Status = input.Status,
        DecidedOn = input.DecidedOn,
        Note = Trimmed(input.Note),
        Reason = Trimmed(input.Reason),
        Baseline = input.Baseline,
        BaselineSource = Trimmed(input.BaselineSource),
        Change = input.Change,
        PeriodFrom = profile.IsCalendarYear ? null : new DateOnly(profile.From.Year, profile.From.Month, 1),
        PeriodTo = profile.IsCalendarYear ? null : new DateOnly(profile.To.Year, profile.To.Month, 1),
        Phasing = profile.Phasing,
        PhasingPlan = profile.Phasing == TargetPhasing.Plan ? TargetPlan.Format(profile.Plan) : null,
        CreatedBy = scope.UserName,
    };

    /// <summary>The absolute target of a change against a baseline, rounded as the indicator is agreed (21,5 % + 1,0 % → 21,7 %).</summary>
    public static decimal ValueOf(IndicatorUnit unit, decimal baseline, decimal changePercent) =>
        Math.Round(baseline * (1m + changePercent / 100m), unit switch
        {
            IndicatorUnit.Prozent => 1,
            IndicatorUnit.Anzahl => 0,
            _ => 2,
        }, MidpointRounding.AwayFromZero);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Whether a new version would say the same as the current one (value, status, date, texts, baseline, change,
/// period and phasing).</summary>
internal static class TargetVersionCompare
{
    public static bool SameAs(TargetVersion current, TargetVersion next) =>
        current.Value == next.Value && current.Status == next.Status && current.DecidedOn == next.DecidedOn
        && current.Note == next.Note && current.Reason == next.Reason && current.Baseline == next.Baseline
        && current.BaselineSource == next.BaselineSource && current.Change == next.Change
        && current.PeriodFrom == next.PeriodFrom && current.PeriodTo == next.PeriodTo && current.Phasing == next.Phasing
        && current.PhasingPlan == next.PhasingPlan;
}
