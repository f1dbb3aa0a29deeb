namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// The components of one indicator summed over a set of units, per component and month. Distinguishes "no value
/// entered" (<c>null</c>) from an entered 0. Immutable; built by <see cref="ComponentAggregator"/>.
/// </summary>
public sealed class ComponentSeries
{
    private readonly IReadOnlyDictionary<(string Code, int Ordinal), decimal> _totals;
    private readonly IReadOnlyDictionary<(string Code, int Ordinal), IncompleteMonth> _incomplete;

    internal ComponentSeries(
        IReadOnlyDictionary<(string Code, int Ordinal), decimal> totals,
        IReadOnlyDictionary<(string Code, int Ordinal), IncompleteMonth> incomplete,
        IReadOnlyList<ExcludedFigure> excluded)
    {
        _totals = totals;
        _incomplete = incomplete;
        Excluded = excluded;
        Incomplete = [.. incomplete.OrderBy(e => e.Key.Ordinal).ThenBy(e => e.Key.Code, StringComparer.Ordinal).Select(e => e.Value)];
    }

    /// <summary>A series without any figure.</summary>
    public static ComponentSeries Empty { get; } = new(
        new Dictionary<(string, int), decimal>(), new Dictionary<(string, int), IncompleteMonth>(), []);

    /// <summary>Numerator figures left out because their unit's denominator was 0 (ratio of sums only).</summary>
    public IReadOnlyList<ExcludedFigure> Excluded { get; }

    /// <summary>Months treated as missing because some units entered only one component of the pair.</summary>
    public IReadOnlyList<IncompleteMonth> Incomplete { get; }

    /// <summary>The summed value of a component in a month (1..12), or <c>null</c> if no unit entered it or it is incomplete.</summary>
    public decimal? Get(string componentCode, int year, int month) => Get(componentCode, new MonthRef(year, month));

    /// <summary>True if some units entered the month but others, which entered the paired component, did not.</summary>
    public bool IsIncomplete(string componentCode, int year, int month) =>
        IsIncomplete(componentCode, new MonthRef(year, month));

    internal decimal? Get(string componentCode, MonthRef month)
    {
        var key = (Normalize(componentCode), month.Ordinal);
        if (_incomplete.ContainsKey(key))
        {
            return null;
        }

        return _totals.TryGetValue(key, out var value) ? value : null;
    }

    internal bool IsIncomplete(string componentCode, MonthRef month) =>
        _incomplete.ContainsKey((Normalize(componentCode), month.Ordinal));

    internal static string Normalize(string componentCode) => componentCode.Trim().ToUpperInvariant();
}
