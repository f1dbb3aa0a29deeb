using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// Meetings the user may see (those of visible units), and one meeting with agenda, decisions and measures. What a
/// caller reads of a meeting is decided for that caller at read time (<see cref="Disclosure"/>): the agenda through
/// <see cref="AgendaView"/>, the agreed measures and their count through the measure visibility rule.
/// </summary>
public sealed class MeetingQueries(IDbContextFactory<AppDbContext> factory, MeasureQueries measures, PeopleQueries people, SmallCellRule cells)
{
    public async Task<IReadOnlyList<MeetingRow>> ListAsync(UserScope scope, int? year = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Meetings.AsNoTracking()
            .Where(m => year == null || m.Date.Year == year)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.CreatedAt)
            .Select(m => new
            {
                m.Id, m.Kind, m.OrgUnitId, UnitCode = m.OrgUnit!.Code, UnitName = m.OrgUnit.Name, m.Date, m.Year, m.Month, m.State,
                Red = m.AgendaItems.Count(i => i.Kind == AgendaItemKind.RedTarget),
            })
            .ToListAsync(ct);
        var caller = cells.For(scope);
        var agreed = (await db.Measures.AsNoTracking().Where(x => x.MeetingId != null)
                .Select(x => new { MeetingId = x.MeetingId!.Value, x.OrgUnitId }).ToListAsync(ct))
            .Where(x => caller.CanSee(x.OrgUnitId)).GroupBy(x => x.MeetingId).ToDictionary(g => g.Key, g => g.Count());
        return rows.Where(r => caller.CanSee(r.OrgUnitId))
            .Select(r => new MeetingRow(r.Id, r.Kind, r.UnitCode, r.UnitName, r.Date, r.Year, r.Month, r.State, r.Red,
                agreed.GetValueOrDefault(r.Id)))
            .ToList();
    }

    public async Task<MeetingDetail?> GetAsync(UserScope scope, Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var m = await db.Meetings.AsNoTracking().Include(x => x.OrgUnit).Include(x => x.AgendaItems).Include(x => x.Decisions)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        var caller = cells.For(scope);
        if (m is null || !caller.CanSee(m.OrgUnitId))
        {
            return null;
        }

        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Unit, ct);
        var agreed = await measures.ListAsync(scope, new MeasureFilter(MeetingId: id), ct);
        var names = await people.DisplayNamesAsync([m.CreatedBy, m.ClosedBy ?? m.CreatedBy, .. m.Decisions.Select(d => d.CreatedBy)], ct);
        var reviewed = m.AgendaItems.Where(i => i.MeasureId is not null).Select(i => i.MeasureId!.Value).ToList();
        var reviewedMeasures = await db.Measures.AsNoTracking().Where(x => reviewed.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => (x.OrgUnitId, x.Status), ct);
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Code, u.Id, u.Kind }).ToListAsync(ct);
        var agenda = AgendaView.For(caller, m.AgendaItems, new AgendaFacts(m.OrgUnitId, units.ToDictionary(u => u.Code, u => u.Id),
            units.ToDictionary(u => u.Id, u => u.Kind), reviewedMeasures, indicators));
        var row = new MeetingRow(m.Id, m.Kind, m.OrgUnit!.Code, m.OrgUnit.Name, m.Date, m.Year, m.Month, m.State,
            m.AgendaItems.Count(i => i.Kind == AgendaItemKind.RedTarget), agreed.Count);
        return new MeetingDetail(row, m.Participants, m.Minutes, agenda,
            m.Decisions.OrderBy(d => d.SortOrder).Select(d => new DecisionRow(d.SortOrder, d.Text, names.GetValueOrDefault(d.CreatedBy, d.CreatedBy), d.CreatedAt)).ToList(),
            agreed, names.GetValueOrDefault(m.CreatedBy, m.CreatedBy), m.ClosedBy is null ? null : names.GetValueOrDefault(m.ClosedBy, m.ClosedBy),
            m.ClosedAt, m.Version, SteuerungRights.CanManageMeetings(scope) && m.State == MeetingState.Offen);
    }

    public static string KindText(MeetingKind kind) => kind switch
    {
        MeetingKind.Zielnachhaltungsgespraech => "Zielnachhaltungsgespräch",
        MeetingKind.Zielnachhaltedialog => "Zielnachhaltedialog",
        MeetingKind.Traegerversammlung => "Trägerversammlung",
        _ => kind.ToString(),
    };
}

public sealed record MeetingRow(Guid Id, MeetingKind Kind, string UnitCode, string UnitName, DateOnly Date, int Year, int Month,
    MeetingState State, int RedTargets, int Measures);

/// <summary>An agenda item as the caller may read it; <see cref="ActualHiddenBelow"/> is set when its actual was a small
/// count hidden from the Träger (shown as "&lt; n").</summary>
public sealed record AgendaRow(int Number, AgendaItemKind Kind, string Text, string? IndicatorCode, IndicatorUnit? Unit,
    string? UnitCode, Guid? MeasureId, MeasureStatus? MeasureStatus, decimal? Actual, decimal? PhasedTarget, DateOnly? Date,
    int? ActualHiddenBelow = null);

public sealed record DecisionRow(int Number, string Text, string By, DateTime At);

public sealed record MeetingDetail(MeetingRow Row, string? Participants, string? Minutes, IReadOnlyList<AgendaRow> Agenda,
    IReadOnlyList<DecisionRow> Decisions, IReadOnlyList<MeasureRow> Measures, string CreatedBy, string? ClosedBy, DateTime? ClosedAt,
    Guid Version, bool CanEdit);
