using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>Lists and details of Steuerungsmaßnahmen, limited to the units the user may see.</summary>
public sealed class MeasureQueries(IDbContextFactory<AppDbContext> factory, SteuerungCalendar calendar, PeopleQueries people)
{
    public async Task<IReadOnlyList<MeasureRow>> ListAsync(UserScope scope, MeasureFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Measures.AsNoTracking();
        if (filter.Owner is { Length: > 0 } owner)
        {
            query = query.Where(m => m.Owner == owner);
        }

        if (filter.OnlyActive)
        {
            query = query.Where(m => m.Status == MeasureStatus.Offen || m.Status == MeasureStatus.InUmsetzung);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        if (filter.UnitCode is { Length: > 0 } unit)
        {
            query = query.Where(m => m.OrgUnit!.Code == unit.ToUpper());
        }

        if (filter.IndicatorCode is { Length: > 0 } indicator)
        {
            query = query.Where(m => m.Indicators.Any(i => i.Indicator!.Code == indicator.ToUpper()));
        }

        if (filter.MeetingId is { } meeting)
        {
            query = query.Where(m => m.MeetingId == meeting);
        }

        var rows = await query
            .OrderBy(m => m.DueDate).ThenBy(m => m.Title)
            .Select(m => new
            {
                m.Id, m.Title, m.OrgUnitId, UnitCode = m.OrgUnit!.Code, UnitName = m.OrgUnit.Name, m.Owner, m.StartDate, m.DueDate,
                m.Status, m.MeetingId, Indicators = m.Indicators.Select(i => i.Indicator!.Code).ToList(),
            })
            .ToListAsync(ct);
        var names = await people.DisplayNamesAsync(rows.Select(r => r.Owner), ct);
        var today = await calendar.ReferenceDayAsync(ct);
        return rows.Where(r => scope.CanSee(r.OrgUnitId))
            .Select(r => new MeasureRow(r.Id, r.Title, r.UnitCode, r.UnitName, r.Indicators, r.Owner,
                names.GetValueOrDefault(r.Owner, r.Owner), r.StartDate, r.DueDate, r.Status,
                MeasureStatusMachine.IsActive(r.Status) && r.DueDate < today, r.MeetingId))
            .ToList();
    }

    public async Task<MeasureDetail?> GetAsync(UserScope scope, Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var m = await db.Measures.AsNoTracking()
            .Include(x => x.OrgUnit).Include(x => x.Indicators).ThenInclude(i => i.Indicator).Include(x => x.FollowUps)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null || !scope.CanSee(m.OrgUnitId))
        {
            return null;
        }

        var meeting = m.MeetingId is { } mid
            ? await db.Meetings.AsNoTracking().Where(x => x.Id == mid).Select(x => new MeetingRef(x.Id, x.Kind, x.Date)).FirstOrDefaultAsync(ct)
            : null;
        var names = await people.DisplayNamesAsync([m.Owner, .. m.FollowUps.Select(f => f.By)], ct);
        var row = new MeasureRow(m.Id, m.Title, m.OrgUnit!.Code, m.OrgUnit.Name,
            m.Indicators.Select(i => i.Indicator!.Code).ToList(), m.Owner, names.GetValueOrDefault(m.Owner, m.Owner), m.StartDate,
            m.DueDate, m.Status, MeasureStatusMachine.IsActive(m.Status) && m.DueDate < await calendar.ReferenceDayAsync(ct), m.MeetingId);
        var followUps = m.FollowUps.OrderBy(f => f.At)
            .Select(f => new FollowUpRow(f.At, names.GetValueOrDefault(f.By, f.By), f.Text, f.StatusFrom, f.StatusTo))
            .ToList();
        var canFollowUp = SteuerungRights.CanFollowUp(scope, m);
        return new MeasureDetail(row, m.Description, m.Indicators.Select(i => new IndicatorRef(i.Indicator!.Code, i.Indicator.Name)).ToList(),
            followUps, meeting, m.Version, m.CreatedBy, m.CreatedAt, m.UpdatedBy, m.UpdatedAt,
            SteuerungRights.CanEditMeasure(scope, m), canFollowUp,
            canFollowUp ? MeasureStatusMachine.NextSteps(m.Status, SteuerungRights.CanReopen(scope)) : []);
    }
}

public sealed record MeasureFilter(
    string? UnitCode = null,
    string? Owner = null,
    MeasureStatus? Status = null,
    bool OnlyActive = false,
    string? IndicatorCode = null,
    Guid? MeetingId = null);

/// <summary>A measure in a list; <see cref="IsOverdue"/>: still open or in progress after its due date.</summary>
public sealed record MeasureRow(Guid Id, string Title, string UnitCode, string UnitName, IReadOnlyList<string> Indicators,
    string Owner, string OwnerName, DateOnly StartDate, DateOnly DueDate, MeasureStatus Status, bool IsOverdue, Guid? MeetingId);

public sealed record FollowUpRow(DateTime At, string By, string Text, MeasureStatus? From, MeasureStatus? To);

public sealed record MeetingRef(Guid Id, MeetingKind Kind, DateOnly Date);

public sealed record MeasureDetail(MeasureRow Row, string? Description, IReadOnlyList<IndicatorRef> Indicators,
    IReadOnlyList<FollowUpRow> FollowUps, MeetingRef? Meeting, Guid Version, string CreatedBy, DateTime CreatedAt,
    string UpdatedBy, DateTime UpdatedAt, bool CanEdit, bool CanFollowUp, IReadOnlyList<MeasureStatus> NextSteps);

public sealed record IndicatorRef(string Code, string Name);
