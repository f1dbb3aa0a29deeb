using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Tests.Figures;
using MeAktiv.Web.Features.Figures;

namespace MeAktiv.Tests.Figures;

public sealed class EntryGridStateTests
{
    [Fact]
    public void Paste_fills_down_and_right_skips_read_only_and_counts_what_fell_outside()
    {
        var state = new EntryGridState(TestGrids.TwoTeams(secondEditable: false));

        var report = state.Paste(1, 0, ExcelPaste.Parse("4.910\t999\r\n3.560\t999\r\n1\t2\r\n"));

        state.Cell(1, 0)!.Value.ShouldBe(4910m);
        state.Cell(2, 0)!.Value.ShouldBe(3560m);
        state.Cell(1, 1)!.Value.ShouldBe(1072m); // read-only column unchanged
        report.ShouldBe(new PasteReport(2, 2, 2, 0));
        report.Text().ShouldBe("2 Werte eingefügt · 2 schreibgeschützt, nicht übernommen · 2 außerhalb der Tabelle, nicht übernommen.");
        state.DirtyCount.ShouldBe(2);
    }

    [Fact]
    public void The_batch_holds_only_dirty_cells_with_the_version_seen()
    {
        var state = new EntryGridState(TestGrids.TwoTeams());
        state.Cell(0, 1)!.SetText("31");

        var batch = state.DirtyBatch();

        var input = batch.Inputs.ShouldHaveSingleItem();
        input.ShouldBe(new FigureInput("MET-JO", "K2", "INT", 2015, 6, 31m, TestGrids.Version(0, 1)));
        batch.Cells.ShouldHaveSingleItem().Key.ShouldBe("K2-INT-MET-JO");
    }

    [Fact]
    public void Typing_the_stored_value_again_is_not_a_change()
    {
        var cell = new EntryGridState(TestGrids.TwoTeams()).Cell(0, 0)!;
        cell.SetText("90");
        cell.IsDirty.ShouldBeTrue();
        cell.SetText("82");
        cell.IsDirty.ShouldBeFalse();
    }

    [Fact]
    public void A_reload_keeps_unsaved_edits_of_the_same_month()
    {
        var before = new EntryGridState(TestGrids.TwoTeams());
        before.Cell(0, 0)!.SetText("90");

        var after = new EntryGridState(TestGrids.TwoTeams(), before);

        after.Cell(0, 0)!.Text.ShouldBe("90");
        after.Cell(0, 0)!.Version.ShouldBe(TestGrids.Version(0, 0));
        after.DirtyCount.ShouldBe(1);
    }

    [Fact]
    public void Errors_are_mapped_back_to_the_cells_by_index()
    {
        var state = new EntryGridState(TestGrids.TwoTeams());
        state.Cell(0, 0)!.SetText("1,5");
        state.Cell(1, 1)!.SetText("5000");
        var batch = state.DirtyBatch();

        var summary = state.Apply(SaveOutcome.Refused(SaveStatus.Invalid,
        [
            new FigureError(0, "Wert", "Eine Anzahl muss eine ganze Zahl sein."),
            new FigureError(1, "Wert", "Der Wert ändert sich …", FigureFindings.JumpFromPreviousMonth),
        ]), batch);

        state.Cell(0, 0)!.Error.ShouldBe("Eine Anzahl muss eine ganze Zahl sein.");
        state.Cell(0, 0)!.NeedsConfirmation.ShouldBeFalse();
        state.Cell(1, 1)!.NeedsConfirmation.ShouldBeTrue();
        summary.ShouldBe([
            "Integrationen (K2), Markt & Integration Velbert: Eine Anzahl muss eine ganze Zahl sein.",
            "eLb-Bestand (K2), Joboffensive Mettmann: Der Wert ändert sich …",
        ]);
    }
}
