namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// A unit's numerator figure that was not counted because the same unit's denominator for that month is 0
/// (ratio of sums, domain.md 3.4: "a month or unit with denominator 0 contributes nothing").
/// </summary>
/// <param name="UnitId">The unit whose figure was left out.</param>
/// <param name="ComponentCode">The numerator component.</param>
/// <param name="Year">Calendar year.</param>
/// <param name="Month">Calendar month, 1..12.</param>
/// <param name="Value">The numerator value that was left out.</param>
public sealed record ExcludedFigure(int UnitId, string ComponentCode, int Year, int Month, decimal Value);

/// <summary>
/// An aggregated month of a component that counts as missing although some units entered it: these units entered
/// the other component of the pair for that month but not this one, so the sum would be too small.
/// </summary>
/// <param name="ComponentCode">The component that is incomplete.</param>
/// <param name="Year">Calendar year.</param>
/// <param name="Month">Calendar month, 1..12.</param>
/// <param name="UnitIds">The units that lack the figure (ascending).</param>
public sealed record IncompleteMonth(string ComponentCode, int Year, int Month, IReadOnlyList<int> UnitIds);
