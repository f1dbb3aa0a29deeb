namespace MeAktiv.Core.Domain;

/// <summary>
/// Hard upper bounds of one unit's value of a component in one month: no real Jobcenter unit reaches them, so a larger
/// value is a typing error. A component's own <see cref="IndicatorComponent.MaxValue"/> replaces the bound of its kind.
/// Used by the rule set of the figures (grid, import, API) and by the demo seed.
/// </summary>
public static class ComponentLimits
{
    /// <summary>The bound of a kind: counts 100.000, stocks 1.000.000, EUR 1.000.000.000, hours 100.000, VZÄ 10.000, percent 100.</summary>
    public static decimal ForKind(ComponentKind kind) => kind switch
    {
        ComponentKind.Count => 100_000m,
        ComponentKind.Stock => 1_000_000m,
        ComponentKind.Amount => 1_000_000_000m,
        ComponentKind.Hours => 100_000m,
        ComponentKind.Fte => 10_000m,
        ComponentKind.Percent => 100m,
        _ => 1_000_000_000m,
    };

    /// <summary>The bound that applies to the component.</summary>
    public static decimal MaxValue(IndicatorComponent component) => component.MaxValue ?? ForKind(component.Kind);
}
