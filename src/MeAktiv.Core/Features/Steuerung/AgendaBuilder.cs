using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// Builds a meeting's agenda from the data, in this order:
/// <list type="number">
/// <item>the unit's targets in red, then in yellow, for the reviewed month (engine via <see cref="AttainmentQueries"/>);</item>
/// <item>measures of the unit and the units below it that are overdue (open or in progress, due before the meeting day),
/// then those due within four weeks of it;</item>
/// <item>qualitative targets (Pflichten und Meilensteine) of the unit and the units below it that are overdue (open or
/// in progress, due before the meeting day), then those due within four weeks of it or within the reviewed month;</item>
/// <item>months of the year up to the reviewed month, due by the meeting day, that units of the subtree owe figures for
/// and have not submitted yet, one item per unit with its missing months (<see cref="AgendaMissingMonths"/>: a unit
/// that owes nothing is never listed).</item>
/// </list>
/// The lights count only submitted or closed figures (docs/kennzahlen.md, "Datenstand").
/// Green targets, targets without a light and measures that are done or dropped do not appear.
/// </summary>
public sealed class AgendaBuilder(IDbContextFactory<AppDbContext> factory, AttainmentQueries attainment, IOptions<FigureOptions> options)
{
    public const int DueWithinDays = 28;

    public async Task<IReadOnlyList<AgendaItem>> BuildAsync(UserScope scope, string unitCode, int year, int month, DateOnly meetingDay,
        CancellationToken ct = default)
    {
        var items = new List<AgendaItem>();
        var data = await attainment.LoadAsync(scope, unitCode, year, year, ct);
        var lights = data.IndicatorsOf(year)
            .Where(i => data.TargetOf(i, year, month) is not null)
            .Select(i => (Indicator: i, Result: data.Calculate(i, year, month)))
            .Where(x => x.Result.Light is TrafficLight.Red or TrafficLight.Yellow)
            .OrderByDescending(x => x.Result.Light)
            .ToList();
        items.AddRange(lights.Select(x => new AgendaItem
        {
            Kind = x.Result.Light == TrafficLight.Red ? AgendaItemKind.RedTarget : AgendaItemKind.YellowTarget,
            Text = $"{x.Indicator.Name} ({x.Indicator.Code})",
            IndicatorCode = x.Indicator.Code,
            UnitCode = data.UnitCode,
            Actual = x.Result.Actual,
            PhasedTarget = x.Result.PhasedTarget,
        }));

        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Code, u.ParentId, u.Kind }).ToListAsync(ct);
        var tree = new UnitTree(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Kind)));
        var root = units.First(u => u.Code == data.UnitCode);
        var subtree = tree.SubtreeOf(root.Id).ToHashSet();
        var horizon = meetingDay.AddDays(DueWithinDays);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => subtree.Contains(m.OrgUnitId) && (m.Status == MeasureStatus.Offen || m.Status == MeasureStatus.InUmsetzung)
                && m.DueDate <= horizon)
            .OrderBy(m => m.DueDate)
            .Select(m => new { m.Id, m.Title, m.DueDate, UnitCode = m.OrgUnit!.Code })
            .ToListAsync(ct);
        items.AddRange(measures.OrderBy(m => m.DueDate >= meetingDay).Select(m => new AgendaItem
        {
            Kind = m.DueDate < meetingDay ? AgendaItemKind.OverdueMeasure : AgendaItemKind.DueMeasure,
            Text = m.Title,
            MeasureId = m.Id,
            UnitCode = m.UnitCode,
            Date = m.DueDate,
        }));

        var monthEnd = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var dutyHorizon = horizon > monthEnd ? horizon : monthEnd;
        var duties = await db.QualitativeTargets.AsNoTracking()
            .Where(q => subtree.Contains(q.OrgUnitId) && (q.Status == DutyStatus.Open || q.Status == DutyStatus.InProgress)
                && q.DueDate <= dutyHorizon)
            .Select(q => new { q.Title, q.DueDate, q.Owner, UnitCode = q.OrgUnit!.Code })
            .ToListAsync(ct);
        items.AddRange(duties.OrderBy(q => q.DueDate >= meetingDay).ThenBy(q => q.DueDate).Select(q => new AgendaItem
        {
            Kind = q.DueDate < meetingDay ? AgendaItemKind.OverdueDuty : AgendaItemKind.DueDuty,
            Text = $"{q.Title} (verantwortlich: {q.Owner})",
            UnitCode = q.UnitCode,
            Date = q.DueDate,
        }));

        items.AddRange(AgendaMissingMonths.For(data.Datenstand, scope, root.Id, year, month, meetingDay, options.Value));

        for (var i = 0; i < items.Count; i++)
        {
            items[i].SortOrder = i + 1;
        }

        return items;
    }
}
