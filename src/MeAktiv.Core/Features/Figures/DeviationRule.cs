using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Figures;

/// <summary>Which traffic lights count as a deviation that needs a comment when a month is submitted.</summary>
public enum DeviationLevel
{
    /// <summary>Only a red target (the default).</summary>
    Red = 0,

    /// <summary>A red or a yellow target.</summary>
    RedAndYellow = 1,
}

/// <summary>Settings of section <c>Deviations</c> (docs/kennzahlen.md, "Kommentar bei Zielabweichung").</summary>
public sealed class DeviationOptions
{
    public const string Section = "Deviations";

    /// <summary>Red only (default) or red and yellow: which lights need the submitting unit's comment.</summary>
    public DeviationLevel CommentFrom { get; set; } = DeviationLevel.Red;
}

/// <summary>
/// THE rule which deviations need a comment: a target the unit is held to (<c>TargetRule</c>) whose light is red, or
/// red or yellow with <see cref="DeviationLevel.RedAndYellow"/>. No light (monitoring indicators, no figures, no
/// target) needs none.
/// </summary>
public static class DeviationRule
{
    public static bool NeedsComment(TrafficLight light, DeviationLevel level) =>
        light == TrafficLight.Red || (level == DeviationLevel.RedAndYellow && light == TrafficLight.Yellow);

    /// <summary>German wording of the setting for pages and messages.</summary>
    public static string Text(DeviationLevel level) => level == DeviationLevel.RedAndYellow ? "rot oder gelb" : "rot";
}

/// <summary>
/// A target that is off track at a unit in a month: the indicator, its value and phased target (full precision, in
/// the indicator's unit), the light, and the unit's comment of the month if any (null: uncommented).
/// </summary>
public sealed record Deviation(string UnitCode, string UnitName, string Indicator, string IndicatorName, IndicatorUnit Unit,
    decimal? Actual, decimal? Target, TrafficLight Light, string? Comment)
{
    public bool IsCommented => Comment is not null;
}

/// <summary>A comment given with a submit, for one indicator of the unit's month.</summary>
public sealed record DeviationComment(string? Indicator, string? Text);
