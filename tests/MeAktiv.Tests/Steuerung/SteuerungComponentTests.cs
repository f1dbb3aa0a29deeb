using Bunit;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Components.Shared;
using MeAktiv.Web.Features.Steuerung;

namespace MeAktiv.Tests.Steuerung;

/// <summary>The agenda and the measure table as rendered: red points and overdue measures stand out, in German.</summary>
public sealed class SteuerungComponentTests : MudTestContext
{
    [Fact]
    public void Agenda_shows_a_red_target_with_German_values_and_a_measure_with_its_status()
    {
        var id = Guid.NewGuid();
        var cut = RenderMud<AgendaTable>(p => p.Add(c => c.Items,
        [
            new AgendaRow(1, AgendaItemKind.RedTarget, "Integrationsquote (K2)", "K2", IndicatorUnit.Prozent, "VEL-MI", null, null, 9.876m, 10.7m, null),
            new AgendaRow(2, AgendaItemKind.OverdueMeasure, "Gruppeninformation", null, null, "VEL-MI", id, MeasureStatus.InUmsetzung, null, null, new DateOnly(2015, 7, 1)),
        ]));

        var red = cut.Find("tr[data-kind=RedTarget]");
        red.TextContent.ShouldContain("Ziel rot");
        red.TextContent.ShouldContain("9,9 %");
        red.TextContent.ShouldContain("10,7 %");
        var measure = cut.Find("tr[data-kind=OverdueMeasure]");
        measure.TextContent.ShouldContain("Maßnahme überfällig");
        measure.TextContent.ShouldContain("01.07.2015");
        measure.TextContent.ShouldContain("(in Umsetzung)");
        measure.QuerySelector("a")!.GetAttribute("href").ShouldBe($"massnahmen/{id}");
    }

    [Fact]
    public void In_an_open_meeting_a_red_or_yellow_target_offers_a_measure_prefilled_with_unit_indicator_and_meeting()
    {
        var meeting = Guid.NewGuid();
        AgendaRow[] items =
        [
            new(1, AgendaItemKind.RedTarget, "Integrationsquote (K2)", "K2", IndicatorUnit.Prozent, "VEL-MI", null, null, 9.876m, 10.7m, null),
            new(2, AgendaItemKind.YellowTarget, "Bestand LZB (K3)", "K3", IndicatorUnit.Anzahl, "VEL-MI", null, null, 1030m, 1000m, null),
            new(3, AgendaItemKind.MissingMonth, "Leistung Velbert: 06/2015 nicht eingereicht", null, null, "VEL-LG", null, null, null, null, null),
        ];
        var cut = RenderMud<AgendaTable>(p => p.Add(c => c.Items, items).Add(c => c.MeetingId, meeting));

        cut.Find("tr[data-kind=RedTarget] [data-testid=agenda-measure]").GetAttribute("href")
            .ShouldBe($"/massnahmen/neu?einheit=VEL-MI&kennzahl=K2&sitzung={meeting}");
        cut.Find("tr[data-kind=YellowTarget] [data-testid=agenda-measure]").TextContent.ShouldContain("Maßnahme anlegen");
        cut.Find("tr[data-kind=MissingMonth]").QuerySelector("[data-testid=agenda-measure]").ShouldBeNull();
        RenderMud<AgendaTable>(p => p.Add(c => c.Items, items)).FindAll("[data-testid=agenda-measure]")
            .ShouldBeEmpty("a closed meeting or a reader who may not create measures gets no button");
    }

    [Fact]
    public void Measure_table_marks_overdue_rows_only()
    {
        MeasureRow Row(string title, bool overdue) => new(Guid.NewGuid(), title, "VEL-MI", "Team Velbert", ["K2"], "tl@x", "TL Velbert",
            new DateOnly(2015, 6, 1), new DateOnly(2015, 7, 1), MeasureStatus.Offen, overdue, null);
        var cut = RenderMud<MeasureTable>(p => p.Add(c => c.Rows, [Row("Alt", true), Row("Neu", false)]));

        var rows = cut.FindAll("tr[data-measure]");
        rows[0].ClassList.ShouldContain("overdue-row");
        rows[0].TextContent.ShouldContain("überfällig");
        rows[1].ClassList.ShouldNotContain("overdue-row");
        rows[1].TextContent.ShouldNotContain("überfällig");
    }
}
