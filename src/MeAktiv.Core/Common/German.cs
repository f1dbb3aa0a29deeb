using System.Globalization;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Common;

/// <summary>
/// The German formats of the whole app — pages, XLSX exports, messages — and its one culture object: <c>21,4 %</c>,
/// <c>17.970</c>, <c>1.234.567,89 €</c>, <c>−0,14 Pp.</c>, <c>31.03.2015</c>, <c>Mai 2015</c>; <see cref="None"/> for
/// no value. Shown negative numbers carry the typographic minus (U+2212); text a person edits or a file that is read
/// back (<see cref="Input(decimal?)"/>, <see cref="Plain"/>) keeps the ASCII hyphen.
/// </summary>
public static partial class German
{
    /// <summary>de-DE: the request culture, the date pickers' culture and every format of this class.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Sorts names as German readers expect (Ä beside A).</summary>
    public static readonly StringComparer Comparer = StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>No value.</summary>
    public const string None = "–";

    /// <summary>A headline value in its indicator's unit (<c>21,4 %</c>, <c>17.970</c>); change values signed (<c>−2,5 %</c>).</summary>
    public static string Value(decimal? value, IndicatorUnit unit, bool signed = false) => ByUnit(value, unit, signed, "0.0");

    /// <summary>An agreed target as the Zielvereinbarung writes it: percentages with two decimals (<c>21,40 %</c>).</summary>
    public static string Target(decimal? value, IndicatorUnit unit, bool signed = false) => ByUnit(value, unit, signed, "0.00");

    /// <summary>A variance or contribution, always signed: percentage points for rates (<c>−0,14 Pp.</c>), else the unit.</summary>
    public static string Variance(decimal? value, IndicatorUnit unit) => value is not { } v
        ? None
        : unit switch
        {
            IndicatorUnit.Prozent => Signed(v.ToString("0.00", Culture), v, signed: true) + " Pp.",
            IndicatorUnit.Verhaeltnis => Signed(v.ToString("N2", Culture), v, signed: true),
            _ => Value(v, unit, signed: true),
        };

    /// <summary>A whole number with thousands dots, rounded half away from zero: <c>18.004</c>.</summary>
    public static string Count(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("N0", Culture);

    /// <summary>An amount of money: whole euros without cents (<c>22.635.551 €</c>), else with cents (<c>1.234,50 €</c>).</summary>
    public static string Euro(decimal value) => value.ToString(decimal.Round(value, 0) == value ? "N0" : "N2", Culture) + " €";

    /// <summary>Vollzeitäquivalente with two decimals (<c>405,93</c>).</summary>
    public static string Fte(decimal value) => value.ToString("N2", Culture);

    /// <summary>A share given as a fraction, in percent with one decimal: 0.123 → <c>12,3 %</c>.</summary>
    public static string Share(decimal fraction) => fraction.ToString("P1", Culture);

    /// <summary>A raw component value in its kind's format (<c>1.400,50 €</c>, <c>12,5 %</c>, <c>2,5</c>, <c>830</c>).</summary>
    public static string Component(decimal? value, ComponentKind kind) => value is not { } v
        ? None
        : kind switch
        {
            ComponentKind.Amount => v.ToString("N2", Culture) + " €",
            ComponentKind.Percent => v.ToString("0.0", Culture) + " %",
            ComponentKind.Fte => v.ToString("N1", Culture),
            _ => v.ToString("N0", Culture),
        };

    /// <summary>The required run rate in its component's unit: as <see cref="Component"/>, hours as <c>12 Std.</c>, counts with one decimal.</summary>
    public static string Required(decimal? value, ComponentKind? kind) => value is not { } v
        ? None
        : kind switch
        {
            ComponentKind.Hours => v.ToString("N0", Culture) + " Std.",
            ComponentKind.Count => v.ToString("N1", Culture),
            { } other => Component(v, other),
            null => v.ToString("N0", Culture),
        };

    /// <summary>A stored value as an input shows it for editing: <c>4.894</c>, <c>2.219,1</c>; empty for no value.</summary>
    public static string Input(decimal? value) => value?.ToString("#,##0.##########", Culture) ?? "";

    /// <summary>As <see cref="Input(decimal?)"/>, Euro amounts always with two decimals (<c>1.400.000,50</c>).</summary>
    public static string Input(decimal? value, ComponentKind kind) =>
        kind == ComponentKind.Amount ? value?.ToString("#,##0.00", Culture) ?? "" : Input(value);

    /// <summary>For a German CSV file: decimal comma, no thousands dot, no trailing zeros (<c>1234,5</c>).</summary>
    public static string Plain(decimal value) => value.ToString("0.############################", Culture);

    /// <summary>A file size in megabytes with one decimal at most: <c>2,9 MB</c>.</summary>
    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", Culture) + " MB";

    /// <summary>A file size for people: <c>830 KB</c> (at least 1), from one megabyte on <c>2,9 MB</c>.</summary>
    public static string FileSize(long bytes) =>
        bytes < 1024 * 1024 ? Math.Max(1, (bytes + 1023) / 1024).ToString("N0", Culture) + " KB" : Megabytes(bytes);

    private static string ByUnit(decimal? value, IndicatorUnit unit, bool signed, string percentFormat) => value is not { } v
        ? None
        : unit switch
        {
            IndicatorUnit.Prozent => Signed(v.ToString(percentFormat, Culture), v, signed) + " %",
            IndicatorUnit.Anzahl => Signed(Count(v), v, signed),
            IndicatorUnit.EUR => Signed(v.ToString("N2", Culture), v, signed) + " €",
            _ => Signed(v.ToString("N1", Culture), v, signed),
        };

    /// <summary>The typographic minus for a negative number; a plus for a positive one where the sign is asked for.</summary>
    private static string Signed(string text, decimal value, bool signed) =>
        text.StartsWith('-') ? "\u2212" + text[1..] : signed && value > 0 ? "+" + text : text;
}
