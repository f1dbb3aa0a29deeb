using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The Erfassung grid: rows are indicator components; columns the units of one month, or (<see cref="IsYear"/>) the
/// months of one unit's year.
/// </summary>
public sealed record FigureGrid(int Year, int Month, IReadOnlyList<GridUnit> Units, IReadOnlyList<GridRow> Rows)
{
    /// <summary>Columns are the months of <see cref="Year"/> of one unit (<see cref="Month"/> is the last of them).</summary>
    public bool IsYear => Units.Any(u => u.Month is not null);

    public GridCell? Cell(GridRow row, GridUnit unit) =>
        row.Cells.TryGetValue(unit.Key, out var cell) ? cell : null;
}

/// <summary>
/// A column: a unit (in a month of the year layout: <see cref="Month"/>) with its month state and whether the user may
/// change it now.
/// </summary>
public sealed record GridUnit(int Id, string Code, string Name, MonthState State, bool Editable, string? SubmittedBy,
    DateTime? SubmittedAt, string? ClosedBy, DateTime? ClosedAt, int? Month = null)
{
    /// <summary>The column's key in <see cref="GridRow.Cells"/>: the unit code, with the month in the year layout.</summary>
    public string Key => Month is { } m ? $"{Code}-{m:D2}" : Code;
}

/// <summary>A component of an indicator; <see cref="Cells"/> by column key (absent where the unit does not enter it).</summary>
public sealed record GridRow(string Indicator, string IndicatorName, string Component, string ComponentName, ComponentKind Kind,
    IndicatorUnit IndicatorUnit, IReadOnlyDictionary<string, GridCell> Cells);

/// <summary>
/// A cell: the stored value and version (null: not entered yet), last month's value, and the indicator's derived value
/// for the unit so far this year (e.g. the team's Integrationsquote), as the engine computes it.
/// </summary>
public sealed record GridCell(decimal? Value, Guid? Version, string? UpdatedBy, DateTime? UpdatedAt, decimal? PreviousValue,
    decimal? Derived);
