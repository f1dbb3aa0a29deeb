using Bunit;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Features.Figures;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace MeAktiv.Tests.Figures;

/// <summary>The Erfassung grid with a grid built in memory and a fake save (no database): what the user sees.</summary>
public sealed class FigureGridEditorTests : MudTestContext
{
    private readonly List<IReadOnlyList<FigureInput>> _saves = [];
    private readonly Queue<SaveOutcome> _outcomes = new();
    private int _savedCallbacks;
    private IRenderedComponent<MudDialogProvider> _dialogs = null!;

    private IRenderedComponent<FigureGridEditor> RenderGrid(FigureGrid grid)
    {
        var cut = RenderMud<FigureGridEditor>(p => p
            .Add(c => c.Grid, grid)
            .Add(c => c.Save, inputs =>
            {
                _saves.Add(inputs);
                return Task.FromResult(_outcomes.Dequeue());
            })
            .Add(c => c.OnSaved, EventCallback.Factory.Create(this, () => _savedCallbacks++)));
        _dialogs = Render<MudDialogProvider>();
        return cut;
    }

    private static void Type(IRenderedComponent<FigureGridEditor> cut, string key, string text) =>
        cut.Find($"[data-testid='cell-{key}']").Change(text);

    private static string DirtyCount(IRenderedComponent<FigureGridEditor> cut) => cut.Find("[data-testid=dirty-count]").TextContent.Trim();

    [Fact]
    public void Shows_stored_values_last_month_and_the_derived_value_in_German()
    {
        var cut = RenderGrid(TestGrids.TwoTeams());

        cut.Find("[data-testid='cell-K2-ELB-VEL-MI']").GetAttribute("value").ShouldBe("4.894");
        var elb = cut.Find("tr[data-indicator=K2][data-component=ELB]");
        elb.QuerySelector("[data-col=prev]")!.TextContent.Trim().ShouldBe("4.856");
        cut.Find("tr[data-indicator=K2][data-component=INT] [data-col=derived][data-unit=VEL-MI]").TextContent.Trim().ShouldBe("9,6 %");
        cut.Find("tr[data-indicator=K3] [data-col=derived][data-unit=VEL-MI]").TextContent.Trim().ShouldBe("3.563");
        DirtyCount(cut).ShouldBe("Keine ungespeicherten Änderungen");
    }

    [Fact]
    public void Typing_marks_the_cell_dirty_and_counts_the_changes()
    {
        var cut = RenderGrid(TestGrids.TwoTeams());

        Type(cut, "K2-INT-VEL-MI", "90");

        var td = cut.Find("[data-testid='td-K2-INT-VEL-MI']");
        td.ClassList.ShouldContain("dirty");
        td.QuerySelector("[data-testid=dirty-marker]")!.TextContent.ShouldBe("geändert, nicht gespeichert");
        DirtyCount(cut).ShouldBe("1 ungespeicherte Änderung");

        Type(cut, "K3-LZB-MET-JO", "440");
        DirtyCount(cut).ShouldBe("2 ungespeicherte Änderungen");

        Type(cut, "K2-INT-VEL-MI", "82"); // back to the stored value
        cut.Find("[data-testid='td-K2-INT-VEL-MI']").ClassList.ShouldNotContain("dirty");
        DirtyCount(cut).ShouldBe("1 ungespeicherte Änderung");
    }

    [Fact]
    public void A_text_that_is_no_number_is_marked_at_once_and_not_sent()
    {
        var cut = RenderGrid(TestGrids.TwoTeams());

        Type(cut, "K2-INT-VEL-MI", "viele");
        cut.Find("[data-testid=save]").Click();

        cut.Find("[data-testid='error-K2-INT-VEL-MI']").TextContent.ShouldBe(GermanNumber.Invalid);
        cut.Find("[data-testid='cell-K2-INT-VEL-MI']").GetAttribute("aria-invalid").ShouldBe("true");
        cut.Find("[data-testid=save-errors]").TextContent.ShouldContain("Bitte zuerst die markierten Eingaben korrigieren");
        _saves.ShouldBeEmpty();
    }

    [Fact]
    public void Saves_all_dirty_cells_in_one_call_with_the_versions_seen()
    {
        _outcomes.Enqueue(new SaveOutcome(SaveStatus.Saved, [], [],
            [new SavedFigure(0, 90, Guid.NewGuid(), FigureChange.Changed), new SavedFigure(1, 440, Guid.NewGuid(), FigureChange.Changed)]));
        var cut = RenderGrid(TestGrids.TwoTeams());
        Type(cut, "K2-INT-VEL-MI", "90");
        Type(cut, "K3-LZB-MET-JO", "440");

        cut.Find("[data-testid=save]").Click();

        var batch = _saves.ShouldHaveSingleItem();
        batch.ShouldBe([
            new FigureInput("VEL-MI", "K2", "INT", 2015, 6, 90, TestGrids.Version(0, 0)),
            new FigureInput("MET-JO", "K3", "LZB", 2015, 6, 440, TestGrids.Version(2, 1)),
        ]);
        DirtyCount(cut).ShouldBe("Keine ungespeicherten Änderungen");
        cut.FindAll("td.dirty").ShouldBeEmpty();
        _savedCallbacks.ShouldBe(1);
    }

    [Fact]
    public void An_invalid_value_shows_the_German_message_at_the_field_after_the_save()
    {
        // The batch is in grid order (row by row): [0] = Integrationen MET-JO, [1] = eLb-Bestand VEL-MI.
        _outcomes.Enqueue(SaveOutcome.Refused(SaveStatus.Invalid, [new FigureError(0, "Wert", "Eine Anzahl muss eine ganze Zahl sein.")]));
        var cut = RenderGrid(TestGrids.TwoTeams());
        Type(cut, "K2-ELB-VEL-MI", "4.900");
        Type(cut, "K2-INT-MET-JO", "30,5");

        cut.Find("[data-testid=save]").Click();

        cut.Find("[data-testid='error-K2-INT-MET-JO']").TextContent.ShouldBe("Eine Anzahl muss eine ganze Zahl sein.");
        cut.Find("[data-testid='td-K2-INT-MET-JO']").ClassList.ShouldContain("invalid");
        cut.FindAll("[data-testid='error-K2-ELB-VEL-MI']").ShouldBeEmpty();
        cut.Find("[data-testid=save-errors]").TextContent
            .ShouldContain("Integrationen (K2), Joboffensive Mettmann: Eine Anzahl muss eine ganze Zahl sein.");
        DirtyCount(cut).ShouldBe("2 ungespeicherte Änderungen"); // nothing was stored
    }

    [Fact]
    public void A_soft_finding_is_confirmed_at_the_cell_with_a_reason_and_resent_with_both()
    {
        _outcomes.Enqueue(SaveOutcome.Refused(SaveStatus.NeedsConfirmation,
            [new FigureError(0, "Wert", "Der Wert ändert sich gegenüber dem Vormonat …", FigureFindings.JumpFromPreviousMonth)]));
        _outcomes.Enqueue(new SaveOutcome(SaveStatus.Saved, [], [], [new SavedFigure(0, 9000, Guid.NewGuid(), FigureChange.Changed)]));
        var cut = RenderGrid(TestGrids.OneTeam());
        Type(cut, "K2-ELB-VEL-MI", "9.000");
        cut.Find("[data-testid=save]").Click();

        var cell = cut.Find("[data-testid='td-K2-ELB-VEL-MI']");
        cell.TextContent.ShouldContain("Der Wert ändert sich gegenüber dem Vormonat");
        cell.TextContent.ShouldContain("Wert ist richtig");
        cut.Find("[data-testid=save-errors]").TextContent.ShouldContain("mit einer Begründung bestätigen");
        cut.FindAll("[data-testid='reason-K2-ELB-VEL-MI']").ShouldBeEmpty(); // asked for once the value is confirmed
        cut.Find("[data-testid='confirm-K2-ELB-VEL-MI']").Change(true);
        cut.Find("[data-testid='reason-K2-ELB-VEL-MI']").GetAttribute("placeholder").ShouldBe("Begründung (Pflicht)");

        cut.Find("[data-testid=save]").Click(); // no reason yet: not sent
        _saves.Count.ShouldBe(1);
        cut.Find("[data-testid=save-errors]").TextContent.ShouldContain("Bitte zu jeder Bestätigung eine Begründung angeben");

        cut.Find("[data-testid='reason-K2-ELB-VEL-MI']").Change("Zusammenlegung mit Erkrath");
        cut.Find("[data-testid=save]").Click();

        _saves.Count.ShouldBe(2);
        _saves[1].ShouldHaveSingleItem().ShouldBe(
            new FigureInput("VEL-MI", "K2", "ELB", 2015, 6, 9000, TestGrids.Version(1, 0), true, "Zusammenlegung mit Erkrath"));
        DirtyCount(cut).ShouldBe("Keine ungespeicherten Änderungen");
        cut.FindAll("[data-testid='reason-K2-ELB-VEL-MI']").ShouldBeEmpty();
    }

    [Fact]
    public void A_hard_finding_offers_no_confirmation()
    {
        _outcomes.Enqueue(SaveOutcome.Refused(SaveStatus.Invalid,
            [new FigureError(0, "Wert", "davon svB nach 6 Monaten (20) darf nicht größer sein als Austritte (10).", FigureFindings.PartExceedsWhole)]));
        var cut = RenderGrid(TestGrids.OneTeam());
        Type(cut, "K2-ELB-VEL-MI", "9.000");
        cut.Find("[data-testid=save]").Click();

        cut.Find("[data-testid='error-K2-ELB-VEL-MI']").TextContent.ShouldContain("darf nicht größer sein als Austritte (10)");
        cut.FindAll("[data-testid='confirm-K2-ELB-VEL-MI']").ShouldBeEmpty();
    }

    [Fact]
    public async Task Paste_of_an_Excel_block_fills_the_cells_down_and_right()
    {
        var cut = RenderGrid(TestGrids.TwoTeams());

        await cut.InvokeAsync(() => cut.Instance.PasteAsync(0, 0, "90\t31\r\n4.910\t1.080\r\n3.560,0\tk. A.\r\n"));

        cut.Find("[data-testid='cell-K2-INT-VEL-MI']").GetAttribute("value").ShouldBe("90");
        cut.Find("[data-testid='cell-K2-ELB-VEL-MI']").GetAttribute("value").ShouldBe("4.910");
        cut.Find("[data-testid='cell-K3-LZB-VEL-MI']").GetAttribute("value").ShouldBe("3.560,0");
        cut.Find("[data-testid='cell-K2-ELB-MET-JO']").GetAttribute("value").ShouldBe("1.080");
        cut.Find("[data-testid='error-K3-LZB-MET-JO']").TextContent.ShouldBe(GermanNumber.Invalid);
        DirtyCount(cut).ShouldBe("6 ungespeicherte Änderungen");
        cut.Find("[data-testid=paste-report]").TextContent.ShouldContain("5 Werte eingefügt · 1 Eintrag ist keine Zahl (markiert).");
        cut.Instance.DirtyCount.ShouldBe(6);
    }

    [Fact]
    public async Task A_conflict_shows_who_changed_the_figure_and_the_stored_value_and_overwrites_knowingly()
    {
        var theirs = Guid.NewGuid();
        _outcomes.Enqueue(new SaveOutcome(SaveStatus.Conflict, [],
            [new FigureConflict(0, 85, theirs, "bl@me-aktiv.example", new DateTime(2015, 7, 9, 6, 30, 0, DateTimeKind.Utc))], []));
        _outcomes.Enqueue(new SaveOutcome(SaveStatus.Saved, [], [], [new SavedFigure(0, 90, Guid.NewGuid(), FigureChange.Changed)]));
        var cut = RenderGrid(TestGrids.OneTeam());
        Type(cut, "K2-INT-VEL-MI", "90");

        var save = cut.Find("[data-testid=save]").ClickAsync(new MouseEventArgs());

        var dialogs = _dialogs;
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=conflict-dialog]"));
        var conflict = dialogs.Find("[data-testid='conflict-K2-INT-VEL-MI']");
        conflict.QuerySelector("[data-testid=conflict-by]")!.TextContent.ShouldBe("bl@me-aktiv.example");
        conflict.QuerySelector("[data-testid=conflict-stored]")!.TextContent.ShouldBe("85");
        conflict.QuerySelector("[data-testid=conflict-mine]")!.TextContent.ShouldBe("90");
        conflict.TextContent.ShouldContain("09.07.2015, 08:30 Uhr");

        dialogs.FindAll("button").Single(b => b.TextContent.Contains("Meinen Wert speichern")).Click();
        await save;

        _saves.Count.ShouldBe(2);
        _saves[1].ShouldHaveSingleItem().Version.ShouldBe(theirs); // resent with the version now stored
        DirtyCount(cut).ShouldBe("Keine ungespeicherten Änderungen");
    }

    [Fact]
    public async Task Taking_the_stored_value_in_a_conflict_replaces_the_own_value_without_saving()
    {
        _outcomes.Enqueue(new SaveOutcome(SaveStatus.Conflict, [],
            [new FigureConflict(0, 85, Guid.NewGuid(), "tl-vel-mi@me-aktiv.example", DateTime.UtcNow)], []));
        var cut = RenderGrid(TestGrids.OneTeam());
        Type(cut, "K2-INT-VEL-MI", "90");

        var save = cut.Find("[data-testid=save]").ClickAsync(new MouseEventArgs());
        var dialogs = _dialogs;
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=conflict-dialog]"));
        dialogs.FindAll("button").Single(b => b.TextContent.Contains("Wert übernehmen")).Click();
        await save;

        _saves.Count.ShouldBe(1);
        cut.Find("[data-testid='cell-K2-INT-VEL-MI']").GetAttribute("value").ShouldBe("85");
        DirtyCount(cut).ShouldBe("Keine ungespeicherten Änderungen");
    }

    [Fact]
    public void A_closed_unit_is_read_only_and_a_grid_without_editable_units_cannot_save()
    {
        var cut = RenderGrid(TestGrids.OneTeam(editable: false));

        cut.FindAll("input.cell-input").ShouldAllBe(i => i.HasAttribute("readonly"));
        cut.FindAll("[data-testid=save]").ShouldBeEmpty();
        cut.Find("[data-testid=read-only]").TextContent.ShouldContain("Nur lesen");
    }
}
