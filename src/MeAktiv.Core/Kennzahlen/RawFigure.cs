namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// One raw monthly figure as entered: a component of an indicator for one org unit and month (1..12). The engine
/// only ever sums these over units; it never sees or produces a ready-made percentage of a unit.
/// </summary>
/// <param name="UnitId">The org unit the figure was entered for.</param>
/// <param name="ComponentCode">The component's code, e.g. <c>INT</c> or <c>ELB</c> (compared case-insensitively).</param>
/// <param name="Year">Calendar year.</param>
/// <param name="Month">Calendar month, 1..12.</param>
/// <param name="Value">The entered value (count, stock, EUR, percent, hours …).</param>
public sealed record RawFigure(int UnitId, string ComponentCode, int Year, int Month, decimal Value);
