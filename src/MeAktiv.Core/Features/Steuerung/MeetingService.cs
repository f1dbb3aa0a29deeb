using FluentValidation;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// Review meetings: create (with the agenda built from the data), minutes and participants (version check),
/// decisions, close. Only the Bereichsleitung and the Geschäftsführung change meetings; a closed meeting is read-only.
/// </summary>
public sealed class MeetingService(
    IDbContextFactory<AppDbContext> factory,
    AgendaBuilder agenda,
    IValidator<MeetingInput> validator,
    IValidator<MinutesInput> minutesValidator,
    TimeProvider clock)
{
    private const string LeadsOnly = "Sitzungen führen die Bereichsleitung und die Geschäftsführung.";

    public async Task<SteuerungResult> CreateAsync(UserScope scope, MeetingInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return SteuerungResult.Invalid(validation);
        }

        if (!SteuerungRights.CanManageMeetings(scope))
        {
            return SteuerungResult.Forbidden(LeadsOnly);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == input.UnitCode.ToUpper(), ct);
        if (unit is null || !scope.CanSee(unit.Id))
        {
            return SteuerungResult.NotFound($"Die Einheit '{input.UnitCode}'");
        }

        IReadOnlyList<AgendaItem> items;
        try
        {
            items = await agenda.BuildAsync(scope, unit.Code, input.Year, input.Month, input.Date, ct);
        }
        catch (Exception ex) when (ex is UnitNotFoundException or UnitForbiddenException)
        {
            return SteuerungResult.Forbidden(ex.Message);
        }

        var meeting = new Meeting
        {
            Kind = input.Kind, OrgUnitId = unit.Id, Date = input.Date, Year = input.Year, Month = input.Month,
            Participants = string.IsNullOrWhiteSpace(input.Participants) ? null : input.Participants.Trim(),
            CreatedBy = scope.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime,
            UpdatedBy = scope.UserName, UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var item in items)
        {
            item.MeetingId = meeting.Id;
            meeting.AgendaItems.Add(item);
        }

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return SteuerungResult.Done(meeting.Id, meeting.Version);
    }

    public Task<SteuerungResult> SaveMinutesAsync(UserScope scope, Guid id, MinutesInput input, CancellationToken ct = default) =>
        ChangeAsync(scope, id, input.Version, ct, async (_, meeting) =>
        {
            var validation = await minutesValidator.ValidateAsync(input, ct);
            if (!validation.IsValid)
            {
                return SteuerungResult.Invalid(validation);
            }

            meeting.Minutes = string.IsNullOrWhiteSpace(input.Minutes) ? null : input.Minutes.Trim();
            meeting.Participants = string.IsNullOrWhiteSpace(input.Participants) ? null : input.Participants.Trim();
            return null;
        });

    public Task<SteuerungResult> AddDecisionAsync(UserScope scope, Guid id, string text, Guid version, CancellationToken ct = default) =>
        ChangeAsync(scope, id, version, ct, async (db, meeting) =>
        {
            if (string.IsNullOrWhiteSpace(text) || text.Length > 2000)
            {
                return SteuerungResult.Fail(WorkflowFailure.Invalid, "Bitte den Beschluss eingeben (höchstens 2.000 Zeichen).");
            }

            var count = await db.MeetingDecisions.CountAsync(d => d.MeetingId == meeting.Id, ct);
            db.MeetingDecisions.Add(new MeetingDecision
            {
                MeetingId = meeting.Id, SortOrder = count + 1, Text = text.Trim(), CreatedBy = scope.UserName,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            });
            return null;
        });

    public Task<SteuerungResult> CloseAsync(UserScope scope, Guid id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(scope, id, version, ct, (_, meeting) =>
        {
            (meeting.State, meeting.ClosedBy, meeting.ClosedAt) = (MeetingState.Abgeschlossen, scope.UserName, clock.GetUtcNow().UtcDateTime);
            return Task.FromResult<SteuerungResult?>(null);
        });

    private async Task<SteuerungResult> ChangeAsync(UserScope scope, Guid id, Guid version, CancellationToken ct,
        Func<AppDbContext, Meeting, Task<SteuerungResult?>> change)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null || !scope.CanSee(meeting.OrgUnitId))
        {
            return SteuerungResult.NotFound("Die Sitzung");
        }

        if (!SteuerungRights.CanManageMeetings(scope))
        {
            return SteuerungResult.Forbidden(LeadsOnly);
        }

        if (meeting.State == MeetingState.Abgeschlossen)
        {
            return SteuerungResult.Fail(WorkflowFailure.Conflict, "Die Sitzung ist abgeschlossen und kann nicht mehr geändert werden.");
        }

        if (meeting.Version != version)
        {
            return SteuerungResult.Conflict(meeting.UpdatedBy, meeting.UpdatedAt);
        }

        if (await change(db, meeting) is { } refusal)
        {
            return refusal;
        }

        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
        (meeting.Version, meeting.UpdatedBy, meeting.UpdatedAt) = (Guid.NewGuid(), scope.UserName, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SteuerungResult.Fail(WorkflowFailure.Conflict, "Jemand hat die Sitzung gerade geändert. Bitte neu laden.");
        }

        return SteuerungResult.Done(meeting.Id, meeting.Version);
    }
}
