using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Web.Components.Shared;

/// <summary>
/// "Maßnahme anlegen" from a red or yellow indicator (Kennzahl page, dashboard card, agenda item): the address of the
/// measure form prefilled with unit, indicator and, from an agenda, the meeting —
/// <c>/massnahmen/neu?einheit=VEL-MI&amp;kennzahl=K2&amp;sitzung={id}</c>. Whether to offer it is the caller's: the light,
/// and whether the user may create a measure for the unit (<c>MeasureUnitQueries</c>).
/// </summary>
public static class MeasureLinks
{
    public const string Label = "Maßnahme anlegen";

    /// <summary>A target whose light calls for a measure: red or yellow.</summary>
    public static bool Calls(TrafficLight light) => light is TrafficLight.Red or TrafficLight.Yellow;

    public static string New(string unitCode, string? indicatorCode, Guid? meetingId = null) =>
        "/massnahmen/neu?einheit=" + Uri.EscapeDataString(unitCode)
        + (indicatorCode is null ? "" : "&kennzahl=" + Uri.EscapeDataString(indicatorCode))
        + (meetingId is { } m ? $"&sitzung={m}" : "");
}
