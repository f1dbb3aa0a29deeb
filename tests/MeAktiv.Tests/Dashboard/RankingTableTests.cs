using Bunit;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Security;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Features.Dashboard;

namespace MeAktiv.Tests.Dashboard;

/// <summary>The ranked drill-down table: order, contributions in percentage points, links that keep the view.</summary>
public sealed class RankingTableTests : MudTestContext
{
    private static (IndicatorCard Card, ContributionTable Table, UnitRef Site) Build(UserScope scope)
    {
        var data = DashboardTestData.Build();
        var site = data.Find("GS-A")!;
        var card = DashboardCards.Card(data, DashboardTestData.K2, site, 3);
        return (card, Ranking.Build(data, scope, DashboardTestData.K2, site, card, null), site.Ref);
    }

    [Fact]
    public void Rows_are_ranked_by_their_burden_with_contributions_that_add_up_and_drill_links()
    {
        var (card, table, site) = Build(new UserScope("gf", new HashSet<string> { Roles.Geschaeftsfuehrung }, new HashSet<int> { 1, 2, 3, 4 }, new HashSet<int>()));
        var cut = RenderMud<RankingTable>(p => p.Add(c => c.Card, card).Add(c => c.Parent, site).Add(c => c.Table, table));

        var rows = cut.FindAll("[data-testid=ranking-row]");
        rows.Select(r => r.GetAttribute("data-unit")).ShouldBe(["T-B", "T-A"]);
        rows[0].QuerySelector("[data-col=contribution]")!.TextContent.Trim().ShouldBe("\u22120,78 Pp. (belastet)");
        rows[1].QuerySelector("[data-col=contribution]")!.TextContent.Trim().ShouldBe("+1,43 Pp. (entlastet)");
        rows[0].QuerySelector("[data-col=actual]")!.TextContent.ShouldBe("3,0 %");
        rows[0].TextContent.ShouldContain("rot");
        cut.Find("[data-testid=sum-of-contributions]").TextContent.ShouldBe("+0,65 Pp.");
        cut.Find("[data-testid=parent-variance]").TextContent.ShouldBe("+0,65 Pp.");
        rows[0].QuerySelector("[data-testid=drill-link]")!.GetAttribute("href").ShouldBe("/uebersicht/kennzahl/K2?einheit=T-B&jahr=2015&monat=3");
    }

    [Fact]
    public void A_teamleitung_sees_only_its_team_and_a_note_on_the_others()
    {
        var (card, table, site) = Build(new UserScope("tl", new HashSet<string> { Roles.Teamleitung }, new HashSet<int> { 1, 2, 3 }, new HashSet<int> { 3 }));
        var cut = RenderMud<RankingTable>(p => p.Add(c => c.Card, card).Add(c => c.Parent, site).Add(c => c.Table, table));

        cut.FindAll("[data-testid=ranking-row]").Select(r => r.GetAttribute("data-unit")).ShouldBe(["T-A"]);
        cut.Markup.ShouldNotContain("Team B");
        cut.Find("[data-testid=hidden-units]").TextContent.ShouldContain("1 weitere Einheit ist für Ihre Rolle nicht einzeln sichtbar");
        cut.FindAll("[data-testid=sum-of-contributions]").ShouldBeEmpty();
    }
}
