using System.Globalization;
using MeAktiv.Core.Domain;

namespace MeAktiv.Web.Components.Shared;

/// <summary>German display formats (de-DE): <c>21,4 %</c>, <c>17.970</c>, <c>31.03.2015</c>; "–" for no value.</summary>
public static class Fmt
{
    public const string None = "–";
    private static readonly CultureInfo De = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>A headline value in its indicator's unit; change values carry a sign (<c>−2,5 %</c>).</summary>
    public static string Value(decimal? value, IndicatorUnit unit, bool signed = false) => Format(value, unit, signed, "0.0");

    /// <summary>An agreed target as the Zielvereinbarung writes it: percentages with two decimals (<c>21,40 %</c>).</summary>
    public static string Target(decimal? value, IndicatorUnit unit, bool signed = false) => Format(value, unit, signed, "0.00");

    private static string Format(decimal? value, IndicatorUnit unit, bool signed, string percentFormat) => value is not { } v
        ? None
        : unit switch
        {
            IndicatorUnit.Prozent => Signed(v.ToString(percentFormat, De), v, signed) + " %",
            IndicatorUnit.Anzahl => Signed(Math.Round(v, 0, MidpointRounding.AwayFromZero).ToString("N0", De), v, signed),
            IndicatorUnit.EUR => Signed(v.ToString("N2", De), v, signed) + " €",
            _ => Signed(v.ToString("N1", De), v, signed),
        };

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", De) ?? None;

    private static string Signed(string text, decimal value, bool signed) =>
        text.StartsWith('-') ? "\u2212" + text[1..] : signed && value > 0 ? "+" + text : text;
}
