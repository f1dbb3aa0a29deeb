using System.Globalization;
using MeAktiv.Core.Domain;

namespace MeAktiv.Web.Features.Dashboard;

/// <summary>
/// The dashboards' stable URLs. The state is in the URL (year, month, unit, indicator, level), so a link sent by
/// e-mail opens the same view: <c>/uebersicht</c>, <c>/uebersicht/einheit/GS-VEL?jahr=2015&amp;monat=5</c>,
/// <c>/uebersicht/kennzahl/K2?einheit=GS-VEL&amp;jahr=2015&amp;monat=5&amp;ebene=Team</c>.
/// </summary>
public static class DashLinks
{
    public static string Overview(string? unit, int year, int? month) =>
        (unit is null ? "/uebersicht" : $"/uebersicht/einheit/{Uri.EscapeDataString(unit)}") + Query(("jahr", year), ("monat", month));

    public static string Indicator(string code, string unit, int year, int month, OrgUnitKind? level = null) =>
        $"/uebersicht/kennzahl/{Uri.EscapeDataString(code)}"
        + Query(("einheit", unit), ("jahr", year), ("monat", month), ("ebene", level?.ToString()));

    /// <summary>The XLSX download of an overview (the dashboard API with <c>format=xlsx</c>).</summary>
    public static string OverviewXlsx(string unit, int year, int month) =>
        "/api/v1/dashboard" + Query(("unit", unit), ("year", year), ("month", month), ("format", "xlsx"));

    public static string IndicatorXlsx(string code, string unit, int year, int month, OrgUnitKind? level) =>
        $"/api/v1/dashboard/indicators/{Uri.EscapeDataString(code)}"
        + Query(("unit", unit), ("year", year), ("month", month), ("level", level?.ToString()), ("format", "xlsx"));

    private static string Query(params (string Name, object? Value)[] parts) =>
        "?" + string.Join("&", parts.Where(p => p.Value is not null)
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Convert.ToString(p.Value, CultureInfo.InvariantCulture)!)}"));
}
