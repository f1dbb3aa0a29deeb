using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// Builds a meeting's agenda from the data, in this order:
/// <list type="number">
/// <item>the unit's targets in red, then in yellow, for the reviewed month (engine via <see cref="AttainmentQueries"/>);</item>
/// <item>measures of the unit and the units below it that are overdue (open or in progress, due before the meeting day),
/// then those due within four weeks of it;</item>
/// <item>months of the year up to the reviewed month that units of the subtree have not submitted yet
/// (<see cref="CompletenessQueries"/>).</item>
/// </list>
/// Green targets, targets without a light and measures that are done or dropped do not appear.
/// </summary>
public sealed class AgendaBuilder(IDbContextFactory<AppDbContext> factory, AttainmentQueries attainment, CompletenessQueries completeness)
{
    public const int DueWithinDays = 28;

    public async Task<IReadOnlyList<AgendaItem>> BuildAsync(UserScope scope, string unitCode, int year, int month, DateOnly meetingDay,
        CancellationToken ct = default)
    {
        var items = new List<AgendaItem>();
        var data = await attainment.LoadAsync(scope, unitCode, year, year, ct);
        var lights = data.Indicators
            .Where(i => data.TargetOf(i, year) is not null)
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

        var codes = units.Where(u => subtree.Contains(u.Id)).Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var m = 1; m <= month; m++)
        {
            var rows = await completeness.ForMonthAsync(scope, year, m, ct);
            items.AddRange(rows.Where(r => codes.Contains(r.Code) && r.State == MonthState.Entwurf).Select(r => new AgendaItem
            {
                Kind = AgendaItemKind.MissingMonth,
                Text = $"{r.Name}: {Common.German.MonthDigits(year, m)} nicht eingereicht",
                UnitCode = r.Code,
                Date = r.Deadline,
            }));
        }

        for (var i = 0; i < items.Count; i++)
        {
            items[i].SortOrder = i + 1;
        }

        return items;
    }
}
