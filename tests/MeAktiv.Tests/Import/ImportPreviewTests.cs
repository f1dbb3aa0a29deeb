using Bunit;
using MeAktiv.Core.Features.Import;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Features.Import;

namespace MeAktiv.Tests.Import;

public sealed class ImportPreviewTests : MudTestContext
{
    [Fact]
    public void Lists_every_bad_row_with_row_column_and_reason_and_the_import_button_is_disabled()
    {
        var result = ImportResult.Failed(ImportStatus.Invalid, dryRun: true, rows: 40,
        [
            new ImportError(7, "Wert", "'abc' ist keine Zahl."),
            new ImportError(12, "Einheit", "Die Einheit 'XYZ' gibt es nicht."),
            new ImportError(null, null, "Fehler der ganzen Datei."),
        ]);

        var cut = RenderMud<ImportPreview>(p => p.Add(c => c.Result, result));

        var rows = cut.FindAll("[data-testid=import-errors] tbody tr");
        rows.Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ShouldBe(
        [
            "7 | Wert | 'abc' ist keine Zahl.",
            "12 | Einheit | Die Einheit 'XYZ' gibt es nicht.",
            "– | – | Fehler der ganzen Datei.",
        ]);
        cut.Find("[data-testid=import-summary]").TextContent.ShouldContain("So kann die Datei nicht importiert werden.");
        cut.Find("[data-testid=import-button]").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public void Shows_the_counts_of_a_clean_file_and_the_import_button_imports()
    {
        var imported = 0;
        var result = new ImportResult(ImportStatus.Ok, DryRun: true, Rows: 12_345, New: 10_000, Changed: 2_000, Unchanged: 345, []);

        var cut = RenderMud<ImportPreview>(p => p.Add(c => c.Result, result).Add(c => c.OnImport, () => imported++));

        cut.Find("[data-count=new]").TextContent.ShouldContain("Neu: 10.000");
        cut.Find("[data-count=changed]").TextContent.ShouldContain("Geändert: 2.000");
        cut.Find("[data-count=unchanged]").TextContent.ShouldContain("Unverändert: 345");
        cut.Find("[data-testid=import-summary]").TextContent.ShouldContain("12.345 Zeilen geprüft");
        cut.FindAll("[data-testid=import-errors]").ShouldBeEmpty();
        var button = cut.Find("[data-testid=import-button]");
        button.HasAttribute("disabled").ShouldBeFalse();
        button.Click();
        imported.ShouldBe(1);
    }

    [Fact]
    public void Soft_findings_are_listed_as_warnings_and_the_import_needs_a_confirmation_with_a_reason()
    {
        string? reason = "nicht aufgerufen";
        var result = new ImportResult(ImportStatus.Ok, DryRun: true, Rows: 3, New: 3, Changed: 0, Unchanged: 0, [])
        {
            Warnings = [new ImportError(3, "Wert", "Der Wert ändert sich gegenüber dem Vormonat (2.000) auf 4.000 …", "JumpPreviousMonth")],
        };

        var cut = RenderMud<ImportPreview>(p => p.Add(c => c.Result, result).Add(c => c.OnImport, r => reason = r));

        cut.Find("[data-testid=import-summary]").TextContent.ShouldContain("1 Zeile mit Plausibilitätshinweisen: Import nur mit Bestätigung und Begründung.");
        var row = cut.Find("[data-testid=import-warnings] tbody tr");
        row.TextContent.ShouldContain("Der Wert ändert sich gegenüber dem Vormonat (2.000) auf 4.000");
        row.QuerySelector("[data-code]")!.GetAttribute("data-code").ShouldBe("JumpPreviousMonth");
        cut.Find("[data-testid=import-button]").HasAttribute("disabled").ShouldBeTrue();

        cut.Find("input[data-testid=import-confirm], [data-testid=import-confirm] input").Change(true);
        cut.Find("input[data-testid=import-reason], [data-testid=import-reason] input").Input("kurz");
        cut.Find("[data-testid=import-button]").HasAttribute("disabled").ShouldBeTrue(); // fewer than 5 characters
        cut.Find("input[data-testid=import-reason], [data-testid=import-reason] input").Input("Fusion der Teams zum 1. April");
        cut.Find("[data-testid=import-button]").Click();

        reason.ShouldBe("Fusion der Teams zum 1. April");
    }

    [Fact]
    public void The_import_button_stays_disabled_while_busy() =>
        RenderMud<ImportPreview>(p => p
                .Add(c => c.Result, new ImportResult(ImportStatus.Ok, true, 1, 1, 0, 0, []))
                .Add(c => c.Busy, true))
            .Find("[data-testid=import-button]").HasAttribute("disabled").ShouldBeTrue();

    [Fact]
    public void Shows_old_and_new_per_value_in_German_numbers_and_marks_the_unchanged_ones()
    {
        var result = new ImportResult(ImportStatus.Ok, DryRun: true, Rows: 4, New: 1, Changed: 1, Unchanged: 1, [])
        {
            Skipped = 1,
            Values =
            [
                new ImportValue(2, "2015-06", "VEL-MI", "K2", "ELB", 4894m, 4950m, Core.Features.Figures.FigureChange.Changed),
                new ImportValue(3, "2015-06", "VEL-MI", "K3", "LZB", 3601m, 3601m, Core.Features.Figures.FigureChange.Unchanged),
                new ImportValue(4, "2015-06", "VEL-MI", "K1", "LLU", null, 1234.5m, Core.Features.Figures.FigureChange.New),
            ],
        };

        var cut = RenderMud<ImportPreview>(p => p.Add(c => c.Result, result));

        var rows = cut.FindAll("[data-testid=import-values] tbody tr");
        rows.Select(r => r.QuerySelectorAll("td")[4].TextContent.Trim()).ShouldBe(["4.894 → 4.950", "3.601 (unverändert)", "– → 1.234,5 (neu)"]);
        rows[1].ClassList.ShouldContain("value-unchanged");
        rows[0].ClassList.ShouldNotContain("value-unchanged");
        cut.Find("[data-testid=import-summary]").TextContent.ShouldContain("1 leere Zeile übersprungen");
    }
}
