using Bunit;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Features.Dashboard;

namespace MeAktiv.Tests.Dashboard;

/// <summary>The morning summary shows the counted lights, the largest gaps in German with comment and measures, the
/// measures the caller may not see only as a count, and the red targets without an active measure.</summary>
public sealed class MorningSummaryViewTests : MudTestContext
{
    [Fact]
    public void The_summary_shows_counts_gaps_with_comment_and_measures_and_the_red_targets_without_a_measure()
    {
        var measure = new FollowUpMeasure(Guid.NewGuid(), "Gruppeninfo LZB", "GS-VEL", "Geschäftsstelle Velbert", MeasureStatus.InUmsetzung,
            new DateOnly(2015, 9, 30));
        var k3 = new SummaryTarget("K3", "Bestand LZB", TrafficLight.Red, 0.088m,
            new IndicatorFollowUp(new FollowUpComment("Saisoneffekt.", new YearMonth(2015, 5), "Geschäftsführung", DateTime.UtcNow), [measure], 2));
        var eq = new SummaryTarget("EQ", "Eingliederungsquote", TrafficLight.Red, 0.05m, new IndicatorFollowUp(null, [], 0));
        var summary = new DashboardSummary(2, 1, 5, 3, [k3, eq], [eq]);

        var cut = RenderMud<MorningSummaryView>(p => p.Add(c => c.Summary, summary).Add(c => c.Link, code => $"/uebersicht/kennzahl/{code}"));

        cut.Find("[data-testid=count-red]").TextContent.ShouldBe("2 rot");
        cut.Find("[data-testid=count-yellow]").TextContent.ShouldBe("1 gelb");
        cut.Find("[data-testid=count-green]").TextContent.ShouldBe("5 grün");
        cut.Find("[data-testid=count-none]").TextContent.ShouldBe("3 ohne Ampel");
        var gaps = cut.FindAll("[data-testid=summary-gap]");
        gaps.Select(g => g.GetAttribute("data-indicator")).ShouldBe(["K3", "EQ"]);
        gaps[0].QuerySelector("[data-col=gap]")!.TextContent.ShouldBe("8,8 % unter Soll");
        gaps[0].QuerySelector("[data-testid=summary-comment]")!.TextContent.ShouldBe("„Saisoneffekt.“ (Mai 2015, Geschäftsführung)");
        gaps[0].QuerySelector("[data-testid=summary-measure]")!.TextContent
            .ShouldBe("Gruppeninfo LZB · Geschäftsstelle Velbert · in Umsetzung · bis 30.09.2015");
        gaps[0].TextContent.ShouldContain("2 aktive Maßnahme(n) in Teams (nicht einsehbar).");
        gaps[1].TextContent.ShouldContain("Kein Kommentar.");
        gaps[1].TextContent.ShouldContain("Keine Maßnahme.");
        cut.FindAll("[data-testid=red-without-measure]").Single().TextContent.ShouldContain("Eingliederungsquote");
        cut.Find("[data-testid=red-without-measure] a").GetAttribute("href").ShouldBe("/uebersicht/kennzahl/EQ");
    }

    [Fact]
    public void Without_gaps_and_red_targets_the_summary_says_so()
    {
        var cut = RenderMud<MorningSummaryView>(p => p.Add(c => c.Summary, new DashboardSummary(0, 0, 4, 0, [], []))
            .Add(c => c.Link, code => code));

        cut.Find("[data-testid=no-gaps]").TextContent.ShouldBe("Alle Ziele mit Ampel liegen im Soll.");
        cut.Find("[data-testid=no-red-without]").TextContent.ShouldContain("Keines");
        cut.FindAll("[data-testid=count-none]").ShouldBeEmpty();
    }
}
