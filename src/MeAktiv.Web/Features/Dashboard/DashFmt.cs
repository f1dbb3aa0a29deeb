using System.Globalization;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Web.Components.Shared;

namespace MeAktiv.Web.Features.Dashboard;

/// <summary>German texts and formats of the dashboards (on top of <see cref="Fmt"/>).</summary>
public static class DashFmt
{
    private static readonly CultureInfo De = CultureInfo.GetCultureInfo("de-DE");

    public static string MonthName(int month) => De.DateTimeFormat.GetMonthName(month);

    public static string MonthShort(int month) => De.DateTimeFormat.GetAbbreviatedMonthName(month).TrimEnd('.');

    /// <summary><c>Mai 2015</c>.</summary>
    public static string Month(YearMonth month) => $"{MonthName(month.Month)} {month.Year}";

    /// <summary>A headline value of the card's indicator (change kinds signed).</summary>
    public static string Value(IndicatorCard card, decimal? value) => Fmt.Value(value, card.Unit, card.IsChange);

    public static string Value(IndicatorUnit unit, FormulaKind formula, decimal? value) =>
        Fmt.Value(value, unit, formula is FormulaKind.ChangeOfSum or FormulaKind.ChangeOfAverage);

    /// <summary>A variance or contribution: percentage points for rates, else the indicator's unit; always signed.</summary>
    public static string Variance(IndicatorUnit unit, decimal? value) => value is not { } v
        ? Fmt.None
        : unit == IndicatorUnit.Prozent
            ? Signed(v.ToString("0.00", De), v) + " Pp."
            : unit == IndicatorUnit.Verhaeltnis ? Signed(v.ToString("N2", De), v) : Fmt.Value(v, unit, signed: true);

    /// <summary>The required run rate in its component's unit.</summary>
    public static string Required(decimal? value, ComponentKind? kind) => value is not { } v
        ? Fmt.None
        : kind switch
        {
            ComponentKind.Amount => v.ToString("N2", De) + " €",
            ComponentKind.Percent => v.ToString("0.0", De) + " %",
            ComponentKind.Hours => v.ToString("N0", De) + " Std.",
            ComponentKind.Fte or ComponentKind.Count => v.ToString("N1", De),
            _ => v.ToString("N0", De),
        };

    /// <summary>A raw component value in its kind's format.</summary>
    public static string Component(decimal? value, ComponentKind kind) => value is not { } v
        ? Fmt.None
        : kind switch
        {
            ComponentKind.Amount => v.ToString("N2", De) + " €",
            ComponentKind.Percent => v.ToString("0.0", De) + " %",
            ComponentKind.Fte => v.ToString("N1", De),
            _ => v.ToString("N0", De),
        };

    /// <summary>The Y-axis title with the unit, e.g. "Integrationsquote in %".</summary>
    public static string AxisTitle(IndicatorCard card) => card.Unit switch
    {
        IndicatorUnit.Prozent => card.IsChange ? "Veränderung zum Vorjahr in %" : $"{card.Name} in %",
        IndicatorUnit.EUR => $"{card.Name} in €",
        IndicatorUnit.Anzahl => $"{card.Name} (Anzahl)",
        _ => $"{card.Name} (Verhältnis)",
    };

    public static string Level(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Bereich => "Bereiche",
        OrgUnitKind.Geschaeftsstelle => "Geschäftsstellen",
        OrgUnitKind.Team => "Teams",
        _ => "Jobcenter",
    };

    public static string Kind(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Bereich => "Bereich",
        OrgUnitKind.Geschaeftsstelle => "Geschäftsstelle",
        OrgUnitKind.Team => "Team",
        _ => "Jobcenter",
    };

    public static string Role(ComponentRole role) => role switch
    {
        ComponentRole.Numerator => "Zähler",
        ComponentRole.Denominator => "Nenner",
        _ => "Wert",
    };

    private static string Signed(string text, decimal value) =>
        text.StartsWith('-') ? "\u2212" + text[1..] : value > 0 ? "+" + text : text;
}
