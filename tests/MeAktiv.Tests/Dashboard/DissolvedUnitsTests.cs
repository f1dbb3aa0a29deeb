using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;

namespace MeAktiv.Tests.Dashboard;

/// <summary>
/// A unit closed before the chosen month is not ranked and is no cause of the current gap; its figures are shown once,
/// apart, as of its last month (docs/kennzahlen.md, "Aufgelöste Einheiten"), by hand.
/// </summary>
public sealed class DissolvedUnitsTests
{
    internal static readonly UserScope All = new("gf", new HashSet<string> { Roles.Geschaeftsfuehrung },
        new HashSet<int> { 1, 2, 3, 4, 5 }, new HashSet<int>());

    /// <summary><see cref="DashboardTestData"/> plus team T-C (5), closed on 31.01.2015: eLb 300 and 3 integrations a
    /// month in 2014, eLb 300 and 6 integrations in January 2015.</summary>
    internal static DashboardData Build()
    {
        var units = DashboardTestData.Units();
        units.Add(DashboardTestData.Unit(5, "T-C", "Team C", OrgUnitKind.Team, 2, new DateOnly(2015, 1, 31)));
        var rows = DashboardTestData.Rows(add =>
        {
            for (var m = 1; m <= 12; m++)
            {
                add(5, "ELB", 2014, m, 300);
                add(5, "INT", 2014, m, 3);
            }

            add(5, "ELB", 2015, 1, 300);
            add(5, "INT", 2015, 1, 6);
        });
        return new DashboardData(2015, new OrganisationData(units, [DashboardTestData.K2], [DashboardTestData.Target()], [], new FigureWindow(rows)));
    }

    [Fact]
    public void A_team_closed_before_the_month_is_not_ranked_but_shown_apart_with_its_last_month_and_its_contribution()
    {
        var data = Build();
        var site = data.Find("GS-A")!;
        var card = DashboardCards.Card(data, DashboardTestData.K2, site, 3);

        // Site in March: Σ INT 75 + 15 + 6 = 96; Σ ELB Dec..Feb 3000 + 1500 + 600 (T-C: Dec, Jan) = 5100;
        // JFW = 100 · 3 · 96 / 5100 = 28800 / 5100; phased 5,35; gap 28800 / 5100 − 5,35 = 1515 / 5100.
        card.Result.Variance!.Value.ShouldBe(1515m / 5100m, 0.0000000001m);
        var table = Ranking.Build(data, All, DashboardTestData.K2, site, card, null);

        table.Rows.Select(r => (r.Rank, r.Unit.Code)).ShouldBe([(1, "T-B"), (2, "T-A")]);
        var closed = table.Dissolved.ShouldHaveSingleItem();
        closed.Unit.Code.ShouldBe("T-C");
        closed.Rank.ShouldBe(0);
        closed.LastMonth.ShouldBe(1);
        // T-C in January (its last month): 100 · 1 · 6 / 300 = 2 % against 21,4 / 12 = 1,7833 %: green.
        closed.Actual.ShouldBe(2m);
        closed.Light.ShouldBe(TrafficLight.Green);
        // Its part of the year-to-date gap: (100 · 3 · 6 − 5,35 · 600) / 5100 = −1410 / 5100; with T-A's 6450 and
        // T-B's −3525 the contributions still add up to the gap: 1515 / 5100.
        closed.Contribution!.Value.ShouldBe(-1410m / 5100m, 0.0000000001m);
        table.SumOfContributions!.Value.ShouldBe(1515m / 5100m, 0.0000000001m);
    }

    [Fact]
    public void A_team_is_ranked_in_the_months_it_exists_and_listed_as_dissolved_below_its_parent_afterwards()
    {
        var data = Build();
        var site = data.Find("GS-A")!;

        var january = Ranking.Build(data, All, DashboardTestData.K2, site, DashboardCards.Card(data, DashboardTestData.K2, site, 1), null);
        january.Rows.Select(r => r.Unit.Code).ShouldContain("T-C");
        january.Dissolved.ShouldBeEmpty();
        DissolvedUnits.Children(data, All, site, 1).ShouldBeEmpty();
        DissolvedUnits.Children(data, All, site, 2).Select(u => u.Code).ShouldBe(["T-C"]);
    }
}
