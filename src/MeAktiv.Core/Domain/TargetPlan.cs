using System.Globalization;

namespace MeAktiv.Core.Domain;

/// <summary>
/// The stored form of a target's monthly plan (<see cref="TargetVersion.PhasingPlan"/>): invariant numbers separated by
/// <c>;</c>, one per month of the period, e.g. <c>5;10;12.5</c>. Typed or pasted German text is read by
/// <c>Features/Targets/TargetPlanText</c>.
/// </summary>
public static class TargetPlan
{
    public static string? Format(IReadOnlyList<decimal>? plan) =>
        plan is null || plan.Count == 0 ? null : string.Join(';', plan.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The stored plan's values; empty for none (or for text that is not a stored plan).</summary>
    public static IReadOnlyList<decimal> Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return [];
        }

        var values = new List<decimal>();
        foreach (var part in stored.Split(';'))
        {
            if (!decimal.TryParse(part, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return [];
            }

            values.Add(value);
        }

        return values;
    }
}
