using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The units a new measure may be for: those the user may create measures for (<see cref="SteuerungRights.CanCreateMeasure"/>)
/// that exist on the reference day (<see cref="SteuerungCalendar"/>; a closed unit, e.g. Erkrath after 31.03.2015, takes no
/// new measure), in tree order. <see cref="MeasureService.CreateAsync"/> refuses the others.
/// </summary>
public sealed class MeasureUnitQueries(OrgUnitQueries units, SteuerungCalendar calendar)
{
    public async Task<IReadOnlyList<OrgUnitDto>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        var day = await calendar.ReferenceDayAsync(ct);
        return (await units.ListAsync(scope, ct)).Where(u => u.IsValidOn(day) && SteuerungRights.CanCreateMeasure(scope, u.Id)).ToList();
    }

    /// <summary>Whether "Maßnahme anlegen" is offered for the unit (cheap for everyone but the leads).</summary>
    public async Task<bool> CanCreateForAsync(UserScope scope, string unitCode, CancellationToken ct = default) =>
        SteuerungRights.IsLead(scope)
        && (await ListAsync(scope, ct)).Any(u => string.Equals(u.Code, unitCode, StringComparison.OrdinalIgnoreCase));
}
