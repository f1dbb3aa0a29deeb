using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// The attainment ratio and the traffic light (domain.md 3.5), usable on their own (e.g. for a UI preview of
/// thresholds). For the change kinds pass the levels (sums or means), not the percent changes.
/// </summary>
public static class AttainmentRules
{
    /// <summary>
    /// r = achieved / target for higher-better, target / achieved for lower-better; null for monitoring indicators,
    /// when a value is missing, or when the divisor is 0 or negative (r would be meaningless).
    /// </summary>
    public static decimal? Ratio(Direction direction, decimal? achieved, decimal? target)
    {
        if (direction == Direction.MonitoringOnly || achieved is not { } a || target is not { } t)
        {
            return null;
        }

        var (dividend, divisor) = direction == Direction.LowerIsBetter ? (t, a) : (a, t);
        return divisor > 0m ? dividend / divisor : null;
    }

    /// <summary>
    /// Green if r ≥ GreenFrom, yellow if r ≥ YellowFrom, else red; none for monitoring indicators or a missing value.
    /// Where r is undefined because its divisor is ≤ 0 (an actual of 0 for lower-better, a target of 0 for
    /// higher-better), the values are compared directly: target met → green, otherwise red.
    /// </summary>
    public static TrafficLight Light(IndicatorDefinition definition, decimal? achieved, decimal? target)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Direction == Direction.MonitoringOnly || achieved is not { } a || target is not { } t)
        {
            return TrafficLight.None;
        }

        if (Ratio(definition.Direction, a, t) is not { } r)
        {
            var met = definition.Direction == Direction.LowerIsBetter ? a <= t : a >= t;
            return met ? TrafficLight.Green : TrafficLight.Red;
        }

        return r >= definition.GreenFrom ? TrafficLight.Green
            : r >= definition.YellowFrom ? TrafficLight.Yellow
            : TrafficLight.Red;
    }
}
