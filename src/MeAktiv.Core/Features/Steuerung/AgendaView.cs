using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Features.QualitativeTargets;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// A meeting's stored agenda as one caller may read it. The agenda is built once, with the rights of the lead who
/// created the meeting; what is shown is decided again for every reader (<see cref="Disclosure"/>): a measure only when
/// the reader may see the measure's unit today (the rule of <see cref="MeasureQueries"/>), a missing month or target only
/// when the reader may see its unit (a duty: <see cref="QualitativeTargetRights.CanRead"/>), a small count hidden from the Träger. The items are numbered anew, so the numbers
/// do not tell how many were left out.
/// </summary>
internal static class AgendaView
{
    public static IReadOnlyList<AgendaRow> For(Disclosure caller, IEnumerable<AgendaItem> items, AgendaFacts facts)
    {
        var shown = items.OrderBy(i => i.SortOrder).Where(i => IsVisible(caller, i, facts)).ToList();
        return shown.Select((i, index) =>
        {
            var unit = i.IndicatorCode is null ? (IndicatorUnit?)null : facts.IndicatorUnits.GetValueOrDefault(i.IndicatorCode);
            var hidden = unit is { } u && caller.Hides(i.Actual, u);
            return new AgendaRow(index + 1, i.Kind, i.Text, i.IndicatorCode, unit, i.UnitCode, i.MeasureId,
                i.MeasureId is { } mid ? facts.Measures[mid].Status : null, hidden ? null : i.Actual, i.PhasedTarget, i.Date,
                hidden ? caller.HiddenBelow : null);
        }).ToList();
    }

    private static bool IsVisible(Disclosure caller, AgendaItem item, AgendaFacts facts)
    {
        if (item.MeasureId is { } measure)
        {
            return facts.Measures.TryGetValue(measure, out var m) && caller.CanSee(m.UnitId);
        }

        var unitId = item.UnitCode is { } code ? facts.UnitIds.GetValueOrDefault(code.ToUpperInvariant(), -1) : facts.MeetingUnitId;
        return item.Kind is AgendaItemKind.OverdueDuty or AgendaItemKind.DueDuty
            ? QualitativeTargetRights.CanRead(caller.Scope, unitId, facts.UnitKinds.GetValueOrDefault(unitId, OrgUnitKind.Team))
            : caller.CanSee(unitId);
    }
}

/// <summary>What deciding an agenda's visibility needs: unit ids by code and their kinds (a duty below the Jobcenter is
/// not the Träger's), the current unit and status of each measure.</summary>
internal sealed record AgendaFacts(
    int MeetingUnitId,
    IReadOnlyDictionary<string, int> UnitIds,
    IReadOnlyDictionary<int, OrgUnitKind> UnitKinds,
    IReadOnlyDictionary<Guid, (int UnitId, MeasureStatus Status)> Measures,
    IReadOnlyDictionary<string, IndicatorUnit> IndicatorUnits);
