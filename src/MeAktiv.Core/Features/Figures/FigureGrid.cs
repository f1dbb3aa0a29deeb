using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Figures;

/// <summary>The Erfassung grid of one month: rows are indicator components, columns the units.</summary>
public sealed record FigureGrid(int Year, int Month, IReadOnlyList<GridUnit> Units, IReadOnlyList<GridRow> Rows)
{
    public GridCell? Cell(GridRow row, GridUnit unit) =>
        row.Cells.TryGetValue(unit.Code, out var cell) ? cell : null;
}

/// <summary>A column: a unit with its month state and whether the user may change it now.</summary>
public sealed record GridUnit(int Id, string Code, string Name, MonthState State, bool Editable, string? SubmittedBy,
    DateTime? SubmittedAt, string? ClosedBy, DateTime? ClosedAt);

/// <summary>A component of an indicator; <see cref="Cells"/> by unit code (absent where the unit does not enter it).</summary>
public sealed record GridRow(string Indicator, string IndicatorName, string Component, string ComponentName, ComponentKind Kind,
    IndicatorUnit IndicatorUnit, IReadOnlyDictionary<string, GridCell> Cells);

/// <summary>
/// A cell: the stored value and version (null: not entered yet), last month's value, and the indicator's derived value
/// for the unit so far this year (e.g. the team's Integrationsquote), as the engine computes it.
/// </summary>
public sealed record GridCell(decimal? Value, Guid? Version, string? UpdatedBy, DateTime? UpdatedAt, decimal? PreviousValue,
    decimal? Derived);
