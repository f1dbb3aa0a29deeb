using Bunit;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Features.Dashboard;

namespace MeAktiv.Tests.Dashboard;

/// <summary>The drill-down lists a dissolved unit apart, unranked; a sparkline is broken at the turn of the year.</summary>
public sealed class DissolvedAndTurnOfYearViewTests : MudTestContext
{
    [Fact]
    public void A_dissolved_team_is_shown_below_the_ranking_without_a_rank_and_the_sum_says_it_includes_it()
    {
        var data = DissolvedUnitsTests.Build();
        var site = data.Find("GS-A")!;
        var card = DashboardCards.Card(data, DashboardTestData.K2, site, 3);
        var table = Ranking.Build(data, DissolvedUnitsTests.All, DashboardTestData.K2, site, card, null);
        var cut = RenderMud<RankingTable>(p => p.Add(c => c.Card, card).Add(c => c.Parent, site.Ref).Add(c => c.Table, table));

        cut.FindAll("[data-testid=ranking-row]").Select(r => r.GetAttribute("data-unit")).ShouldBe(["T-B", "T-A"]);
        var closed = cut.Find("[data-testid=dissolved-row]");
        closed.GetAttribute("data-unit").ShouldBe("T-C");
        closed.TextContent.ShouldContain("(aufgelöst zum 31.01.2015, Stand Januar 2015)");
        closed.QuerySelector("td")!.TextContent.ShouldBe("–"); // no rank
        closed.QuerySelector("[data-col=actual]")!.TextContent.ShouldBe("2,0 %");
        closed.QuerySelector("[data-col=contribution]")!.TextContent.Trim().ShouldBe("\u22120,28 Pp."); // −1410 / 5100
        cut.Markup.ShouldContain("Summe der Beiträge (mit aufgelösten Einheiten)");
        cut.Find("[data-testid=sum-of-contributions]").TextContent.ShouldBe("+0,30 Pp."); // 1515 / 5100
    }

    [Fact]
    public void A_year_to_date_sparkline_is_two_lines_at_the_turn_of_the_year_with_last_year_dashed()
    {
        var data = DashboardTestData.Build();
        var card = DashboardCards.Card(data, DashboardTestData.K2, data.Find("GS-A")!, 3) with
        {
            Sparkline =
            [
                new MonthPoint(new YearMonth(2014, 11), 110m) { LastYear = 55m },
                new MonthPoint(new YearMonth(2014, 12), 120m) { LastYear = 60m },
                new MonthPoint(new YearMonth(2015, 1), 12m) { LastYear = 10m, StartsLine = true },
                new MonthPoint(new YearMonth(2015, 2), 24m) { LastYear = 20m },
            ],
        };
        var cut = RenderMud<Sparkline>(p => p.Add(c => c.Card, card));

        var svg = cut.Find("[data-testid=sparkline]");
        svg.GetAttribute("data-segments").ShouldBe("2"); // Nov–Dec and Jan–Feb: no line from 120 down to 12
        cut.FindAll("polyline:not([data-line])").Select(l => l.GetAttribute("points")!.Split(' ').Length).ShouldBe([2, 2]);
        cut.FindAll("polyline[data-line=last-year]").Count.ShouldBe(2);
        cut.Find("title").TextContent.ShouldContain("Jan 2015 12,0 % (Vorjahr 10,0 %)");
    }
}
