using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Web.Features.Figures;

namespace MeAktiv.Tests.Figures;

/// <summary>The Erfassung grid with the months of one team's year as columns: each column saves into its own month.</summary>
public sealed class YearLayoutTests
{
    private static readonly Guid March = Guid.Parse("00000000-0000-0000-0000-000000000003");

    private static FigureGrid Year()
    {
        GridUnit Column(int month, bool editable) =>
            new(7, "VEL-MI", $"{month:D2}/2015", editable ? MonthState.Entwurf : MonthState.Abgeschlossen, editable,
                null, null, null, null, month);
        var columns = new[] { Column(3, false), Column(4, true), Column(5, true) };
        var row = new GridRow("K2", "Integrationsquote", "INT", "Integrationen", ComponentKind.Count, IndicatorUnit.Prozent,
            new Dictionary<string, GridCell>
            {
                ["VEL-MI-03"] = new(20, March, "tl", null, 18, 10.5m),
                ["VEL-MI-04"] = new(21, Guid.Parse("00000000-0000-0000-0000-000000000004"), "tl", null, 20, 10.6m),
                ["VEL-MI-05"] = new(null, null, null, null, 21, 10.7m),
            });
        return new FigureGrid(2015, 5, columns, [row]);
    }

    [Fact]
    public void Each_month_column_saves_into_its_own_month_and_a_closed_month_is_read_only()
    {
        var grid = Year();
        var state = new EntryGridState(grid);

        grid.IsYear.ShouldBeTrue();
        state.Cell(0, 0)!.Editable.ShouldBeFalse();
        state.Paste(0, 0, ExcelPaste.Parse("99\t22\t23\r\n"));
        var batch = state.DirtyBatch();

        batch.Inputs.Select(i => (i.Unit, i.Year, i.Month, i.Value)).ShouldBe([("VEL-MI", 2015, 4, 22m), ("VEL-MI", 2015, 5, 23m)]);
        batch.Cells.Select(c => c.Key).ShouldBe(["K2-INT-VEL-MI-04", "K2-INT-VEL-MI-05"]);
        state.Cell(0, 0)!.Value.ShouldBe(20m);
    }

    [Fact]
    public void The_team_layout_keeps_its_keys_and_the_grids_month()
    {
        var column = new GridUnit(7, "VEL-MI", "Team Velbert", MonthState.Entwurf, true, null, null, null, null);

        column.Key.ShouldBe("VEL-MI");
        new FigureGrid(2015, 6, [column], []).IsYear.ShouldBeFalse();
    }
}
