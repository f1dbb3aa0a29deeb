using Bunit;
using MeAktiv.Core.Features.Audit;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Components.Shared;

namespace MeAktiv.Tests.Audit;

/// <summary>The Änderungsprotokoll's table shows German rows: no stored type names, keys or JSON.</summary>
public sealed class AuditTableTests : MudTestContext
{
    private static readonly AuditRow Figure = new(7, new DateTime(2015, 7, 1, 7, 5, 0, DateTimeKind.Utc), "tl-vel-mi@me-aktiv.example",
        "MonthlyValue", "3f2c0c1e-7d1a-4f7e-9a55-0d4c8f0b1a2b", "Modified", "VEL-MI", """{"Value":79}""", """{"Value":81}""", "Korrektur")
    {
        What = "Kennzahlwert", ActionText = "geändert", Time = "01.07.2015 09:05", UnitName = "Markt & Integration Velbert",
        Indicator = "K2", Component = "Integrationen", Month = "Juni 2015", OldText = "79", NewText = "81", Summary = "79 → 81",
    };

    [Fact]
    public void A_figure_change_shows_unit_indicator_component_month_and_old_to_new()
    {
        var cut = RenderMud<AuditTable>(p => p.Add(c => c.Rows, [Figure]));

        var cells = cut.FindAll("[data-testid=audit-row] td").Select(td => td.TextContent.Trim()).ToList();
        cells.ShouldBe(["01.07.2015 09:05", "tl-vel-mi@me-aktiv.example", "Kennzahlwert", "geändert", "Markt & Integration Velbert",
            "K2 · Integrationen", "Juni 2015", "79 → 81", "Korrektur"]);
        cut.Markup.ShouldNotContain("MonthlyValue");
        cut.Markup.ShouldNotContain("3f2c0c1e");
    }

    [Fact]
    public void The_history_of_one_figure_leaves_out_what_the_cell_already_says()
    {
        var cut = RenderMud<AuditTable>(p => p.Add(c => c.Rows, [Figure]).Add(c => c.ShowSubject, false));

        cut.FindAll("[data-testid=audit-row] td").Select(td => td.TextContent.Trim())
            .ShouldBe(["01.07.2015 09:05", "tl-vel-mi@me-aktiv.example", "79 → 81", "Korrektur"]);
    }
}
