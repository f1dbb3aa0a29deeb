using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Targets;

/// <summary>
/// A target with its baseline, as the pages show it: "21,70 % = +1,0 % ggü. 21,50 %" (agreed as a change),
/// "45,00 % = +6,00 Pp. ggü. 39,00 %" (a rate agreed as a level), "17.959 = +1,3 % ggü. 17.729" (a count).
/// </summary>
public static class TargetBaselineText
{
    /// <summary>Null without a baseline, without a value, or for change indicators (their target already is a change).</summary>
    public static string? Of(decimal? value, IndicatorUnit unit, bool isChange, decimal? baseline, decimal? change)
    {
        if (value is not { } v || baseline is not { } b || isChange)
        {
            return null;
        }

        var difference = change is { } c
            ? Signed(c) + " %"
            : unit == IndicatorUnit.Prozent
                ? German.Variance(v - b, unit)
                : b == 0m ? German.Variance(v - b, unit) : Signed(100m * (v / b - 1m)) + " %";
        return $"{German.Target(v, unit)} = {difference} ggü. {German.Target(b, unit)}";
    }

    private static string Signed(decimal percent)
    {
        var text = Math.Abs(percent).ToString("0.0", German.Culture);
        return (percent < 0 ? "−" : "+") + text;
    }
}
