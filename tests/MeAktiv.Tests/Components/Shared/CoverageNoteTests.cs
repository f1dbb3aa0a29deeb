using Bunit;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Web.Components.Shared;

namespace MeAktiv.Tests.Components.Shared;

/// <summary>The Datenstand note of the dashboards and the Zielübersicht: provisional months say so and name who is missing.</summary>
public sealed class CoverageNoteTests : MudTestContext
{
    [Fact]
    public void A_month_not_every_unit_has_submitted_is_provisional_and_names_the_missing_units()
    {
        MissingUnit[] missing = [.. Enumerable.Range(1, 10).Select(i => new MissingUnit($"T-{i}", $"Team {i}"))];
        var cut = RenderMud<CoverageNote>(p => p
            .Add(c => c.Coverage, new Coverage(Expected: 21, Submitted: 11, Closed: 0))
            .Add(c => c.Missing, missing)
            .Add(c => c.MonthText, "Juni 2015"));

        var note = cut.Find("[data-testid=coverage-note]");
        note.GetAttribute("data-complete").ShouldBe("false");
        note.TextContent.ShouldContain("vorläufig: 11 von 21 Einheiten eingereicht");
        note.TextContent.ShouldContain("(Juni 2015)");
        cut.Find("[data-testid=coverage-missing]").TextContent.Trim()
            .ShouldBe("Es fehlt: Team 1, Team 2, Team 3, Team 4, Team 5, Team 6, Team 7, Team 8 und 2 weitere.");
    }

    [Fact]
    public void A_complete_month_says_so_and_one_owed_unit_is_singular()
    {
        var complete = RenderMud<CoverageNote>(p => p
            .Add(c => c.Coverage, new Coverage(21, 21, 3)).Add(c => c.MonthText, "Mai 2015"));
        complete.Find("[data-testid=coverage-note]").TextContent.Trim()
            .ShouldBe("Mai 2015 vollständig: alle 21 meldepflichtigen Einheiten haben eingereicht, 3 abgeschlossen.");

        CoverageNote.Text(new Coverage(1, 0, 0)).ShouldBe("vorläufig: 0 von 1 Einheit eingereicht");
    }
}
