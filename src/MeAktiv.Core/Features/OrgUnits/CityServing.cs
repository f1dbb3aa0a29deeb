using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>
/// The city dimension of the stadtscharf figures: an indicator of category <see cref="TargetCategory.Stadtbericht"/>
/// has one component per city (component code = city code), entered by the Geschäftsstelle that serves the city in
/// that month (<see cref="OrgUnitCity"/> with its validity period). See docs/adr/0007-city-figures-as-components.md.
/// </summary>
public static class CityServing
{
    public static bool IsCityIndicator(Indicator indicator) => indicator.Category == TargetCategory.Stadtbericht;

    /// <summary>Whether the unit served the city on at least one day of the month.</summary>
    public static bool Serves(IEnumerable<OrgUnitCity> links, int unitId, string cityCode, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return links.Any(l => l.OrgUnitId == unitId
            && string.Equals(l.City?.Code, cityCode, StringComparison.OrdinalIgnoreCase)
            && l.ValidFrom <= last && (l.ValidTo is null || first <= l.ValidTo));
    }
}
