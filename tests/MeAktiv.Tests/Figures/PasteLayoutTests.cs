using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Web.Features.Figures;

namespace MeAktiv.Tests.Figures;

/// <summary>The layouts a team lead copies from Excel into the Erfassung grid (components down, teams or months across).</summary>
public sealed class PasteLayoutTests
{
    private static decimal?[] Column(EntryGridState state, int column) =>
        [.. Enumerable.Range(0, state.Grid.Rows.Count).Select(r => state.Cell(r, column)!.Value)];

    [Fact]
    public void A_column_fills_down_the_components()
    {
        var state = new EntryGridState(TestGrids.OneTeam());

        var report = state.Paste(0, 0, ExcelPaste.Parse("79\r\n4.950\r\n3.601\r\n"));

        Column(state, 0).ShouldBe([79m, 4950m, 3601m]);
        report.ShouldBe(new PasteReport(3, 0, 0, 0));
        report.Text().ShouldBe("3 Werte eingefügt.");
    }

    [Fact]
    public void A_row_of_components_copied_across_fills_down_the_components_of_the_team()
    {
        var state = new EntryGridState(TestGrids.OneTeam());

        var report = state.Paste(0, 0, ExcelPaste.Parse("79\t4.950\t3.601\r\n"));

        Column(state, 0).ShouldBe([79m, 4950m, 3601m]); // before: 79 kept, 4.950 and 3.601 dropped as "außerhalb"
        report.ShouldBe(new PasteReport(3, 0, 0, 0, Turned: true));
        report.Text().ShouldBe("3 Werte eingefügt (Zeile aus Excel untereinander übernommen).");
    }

    [Fact]
    public void A_row_of_components_goes_down_even_where_two_teams_would_take_two_of_its_values_across()
    {
        var state = new EntryGridState(TestGrids.TwoTeams());

        state.Paste(0, 0, ExcelPaste.Parse("79\t4.950\t3.601\r\n"));

        Column(state, 0).ShouldBe([79m, 4950m, 3601m]);
        Column(state, 1).ShouldBe([30m, 1072m, 437m]); // the second team unchanged
    }

    [Fact]
    public void Rows_of_components_continue_with_the_next_team_in_order()
    {
        var state = new EntryGridState(TestGrids.TwoTeams());

        var report = state.Paste(0, 0, ExcelPaste.Parse("79\t4.950\t3.601\r\n31\t1.080\t440\r\n"));

        Column(state, 0).ShouldBe([79m, 4950m, 3601m]);
        Column(state, 1).ShouldBe([31m, 1080m, 440m]);
        report.ShouldBe(new PasteReport(6, 0, 0, 0, Turned: true));
    }

    [Fact]
    public void A_month_by_component_block_fills_the_year_view_as_copied()
    {
        var state = new EntryGridState(YearGrid());

        var report = state.Paste(0, 0, ExcelPaste.Parse("79\t80\t81\r\n4.950\t4.960\t4.970\r\n3.601\t3.602\t3.603\r\n"));

        Column(state, 0).ShouldBe([79m, 4950m, 3601m]);
        Column(state, 2).ShouldBe([81m, 4970m, 3603m]);
        report.ShouldBe(new PasteReport(9, 0, 0, 0));
        state.DirtyBatch().Inputs.Where(i => i.Component == "INT").Select(i => (i.Month, i.Value)).ShouldBe([(4, 79m), (5, 80m), (6, 81m)]);
    }

    [Fact]
    public void Months_copied_as_rows_with_the_components_across_are_turned_into_the_year_view()
    {
        var state = new EntryGridState(YearGrid());

        state.Paste(0, 1, ExcelPaste.Parse("80\t4.960\t3.602\r\n81\t4.970\t3.603\r\n"));

        Column(state, 1).ShouldBe([80m, 4960m, 3602m]);
        Column(state, 2).ShouldBe([81m, 4970m, 3603m]);
    }

    /// <summary>One team's months 04–06/2015 as columns, K2 INT and ELB and K3 LZB as rows, nothing stored yet.</summary>
    private static FigureGrid YearGrid()
    {
        var months = new[] { 4, 5, 6 };
        var columns = months.Select(m => new GridUnit(1, "VEL-MI", $"{m:D2}/2015", MonthState.Entwurf, true, null, null, null, null, m)).ToList();
        GridRow Row(string indicator, string code, ComponentKind kind) => new(indicator, indicator, code, code, kind, IndicatorUnit.Anzahl,
            columns.ToDictionary(c => c.Key, _ => new GridCell(null, null, null, null, null, null)));
        return new FigureGrid(2015, 6, columns,
            [Row("K2", "INT", ComponentKind.Count), Row("K2", "ELB", ComponentKind.Stock), Row("K3", "LZB", ComponentKind.Stock)]);
    }
}
