using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// Creates and changes Steuerungsmaßnahmen: rights (<see cref="SteuerungRights"/>), FluentValidation, the status
/// machine (<see cref="MeasureStatusMachine"/>), the version check (no lost update), audit through the interceptor. A new
/// measure is for a unit that exists on the reference day (<see cref="MeasureUnitQueries"/>).
/// </summary>
public sealed class MeasureService(
    IDbContextFactory<AppDbContext> factory,
    IValidator<MeasureInput> validator,
    IValidator<FollowUpInput> followUpValidator,
    SteuerungCalendar calendar,
    TimeProvider clock)
{
    public async Task<SteuerungResult> CreateAsync(UserScope scope, MeasureInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return SteuerungResult.Invalid(validation);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == input.UnitCode.ToUpper(), ct);
        if (unit is null)
        {
            return SteuerungResult.NotFound($"Die Einheit '{input.UnitCode}'");
        }

        if (!SteuerungRights.CanCreateMeasure(scope, unit.Id))
        {
            return SteuerungResult.Forbidden("Maßnahmen legen die Bereichsleitung und die Geschäftsführung an.");
        }

        if (await calendar.ReferenceDayAsync(ct) is var day && !unit.IsValidOn(day))
        {
            return SteuerungResult.Fail(WorkflowFailure.Invalid,
                $"Die Einheit '{unit.Code}' besteht am {Common.German.Date(day)} nicht (mehr): Für sie wird keine neue Maßnahme angelegt.");
        }

        if (input.MeetingId is { } meetingId &&
            await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct) is not { State: MeetingState.Offen })
        {
            return SteuerungResult.Fail(WorkflowFailure.Conflict, "Die Sitzung gibt es nicht oder sie ist bereits abgeschlossen.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var measure = new Measure
        {
            Title = input.Title.Trim(),
            Owner = input.Owner.Trim(),
            CreatedBy = scope.UserName,
            CreatedAt = now,
            UpdatedBy = scope.UserName,
            UpdatedAt = now,
            Status = MeasureStatus.Offen,
            MeetingId = input.MeetingId,
        };
        if (await ApplyAsync(db, measure, unit.Id, input, ct) is { } refusal)
        {
            return refusal;
        }

        db.Measures.Add(measure);
        await db.SaveChangesAsync(ct);
        return SteuerungResult.Done(measure.Id, measure.Version);
    }

    public async Task<SteuerungResult> UpdateAsync(UserScope scope, Guid id, MeasureInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return SteuerungResult.Invalid(validation);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var measure = await db.Measures.Include(m => m.Indicators).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null || !scope.CanSee(measure.OrgUnitId))
        {
            return SteuerungResult.NotFound("Die Maßnahme");
        }

        if (!SteuerungRights.CanEditMeasure(scope, measure))
        {
            return SteuerungResult.Forbidden("Inhalt, Verantwortung und Termine einer Maßnahme ändern die Bereichsleitung und die Geschäftsführung.");
        }

        if (input.Version != measure.Version)
        {
            return SteuerungResult.Conflict(measure.UpdatedBy, measure.UpdatedAt);
        }

        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == input.UnitCode.ToUpper(), ct);
        if (unit is null || !SteuerungRights.CanCreateMeasure(scope, unit.Id))
        {
            return SteuerungResult.NotFound($"Die Einheit '{input.UnitCode}'");
        }

        measure.Title = input.Title.Trim();
        measure.Owner = input.Owner.Trim();
        if (await ApplyAsync(db, measure, unit.Id, input, ct) is { } refusal)
        {
            return refusal;
        }

        return await SaveAsync(db, scope, measure, input.Version.Value, ct);
    }

    /// <summary>A status change (with the follow-up text as its note or reason) or a plain follow-up entry.</summary>
    public async Task<SteuerungResult> FollowUpAsync(UserScope scope, Guid id, FollowUpInput input, CancellationToken ct = default)
    {
        var validation = await followUpValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return SteuerungResult.Invalid(validation);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null || !scope.CanSee(measure.OrgUnitId))
        {
            return SteuerungResult.NotFound("Die Maßnahme");
        }

        if (!SteuerungRights.CanFollowUp(scope, measure))
        {
            return SteuerungResult.Forbidden("Diese Maßnahme ist Ihnen nicht zugeordnet: Status und Nachhaltung ändern die verantwortliche Person, die Bereichsleitung und die Geschäftsführung.");
        }

        if (input.Version != measure.Version)
        {
            return SteuerungResult.Conflict(measure.UpdatedBy, measure.UpdatedAt);
        }

        var from = measure.Status;
        if (input.Status is { } to)
        {
            if (MeasureStatusMachine.Refusal(from, to, SteuerungRights.CanReopen(scope), input.Text) is { } refusal)
            {
                return SteuerungResult.Fail(WorkflowFailure.Conflict, refusal);
            }

            measure.Status = to;
        }

        var text = string.IsNullOrWhiteSpace(input.Text)
            ? $"Status: {MeasureStatusMachine.Text(from)} → {MeasureStatusMachine.Text(measure.Status)}"
            : input.Text.Trim();
        db.MeasureFollowUps.Add(new MeasureFollowUp
        {
            MeasureId = measure.Id,
            At = clock.GetUtcNow().UtcDateTime,
            By = scope.UserName,
            Text = text,
            StatusFrom = input.Status is null ? null : from,
            StatusTo = input.Status,
        });
        return await SaveAsync(db, scope, measure, input.Version, ct);
    }

    private static async Task<SteuerungResult?> ApplyAsync(AppDbContext db, Measure measure, int unitId, MeasureInput input, CancellationToken ct)
    {
        var codes = input.IndicatorCodes.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).Select(i => new { i.Id, i.Code }).ToListAsync(ct);
        if (indicators.Count != codes.Count)
        {
            var unknown = codes.Except(indicators.Select(i => i.Code), StringComparer.OrdinalIgnoreCase);
            return SteuerungResult.Fail(WorkflowFailure.Invalid, $"Unbekannte Kennzahl: {string.Join(", ", unknown)}.");
        }

        var owner = input.Owner.Trim();
        if (!await db.Users.AnyAsync(u => u.UserName == owner, ct))
        {
            return SteuerungResult.Fail(WorkflowFailure.Invalid, $"Die verantwortliche Person '{owner}' ist kein Benutzer der Anwendung.");
        }

        measure.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        measure.OrgUnitId = unitId;
        measure.StartDate = input.StartDate;
        measure.DueDate = input.DueDate;
        var wanted = indicators.Select(i => i.Id).ToHashSet();
        measure.Indicators.RemoveAll(i => !wanted.Contains(i.IndicatorId));
        foreach (var indicatorId in wanted.Where(w => measure.Indicators.All(i => i.IndicatorId != w)))
        {
            measure.Indicators.Add(new MeasureIndicator { MeasureId = measure.Id, IndicatorId = indicatorId });
        }

        return null;
    }

    private async Task<SteuerungResult> SaveAsync(AppDbContext db, UserScope scope, Measure measure, Guid seen, CancellationToken ct)
    {
        db.Entry(measure).Property(m => m.Version).OriginalValue = seen;
        measure.Version = Guid.NewGuid();
        measure.UpdatedBy = scope.UserName;
        measure.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await factory.CreateDbContextAsync(ct);
            var now = await fresh.Measures.AsNoTracking().FirstAsync(m => m.Id == measure.Id, ct);
            return SteuerungResult.Conflict(now.UpdatedBy, now.UpdatedAt);
        }

        return SteuerungResult.Done(measure.Id, measure.Version);
    }
}
