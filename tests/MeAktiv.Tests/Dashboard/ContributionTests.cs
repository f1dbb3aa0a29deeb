using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;

namespace MeAktiv.Tests.Dashboard;

/// <summary>The contribution to the gap and the latest complete month, by hand (docs/kennzahlen.md).</summary>
public sealed class ContributionTests
{
    private static readonly UserScope All = new("gf", new HashSet<string> { Roles.Geschaeftsfuehrung },
        new HashSet<int> { 1, 2, 3, 4 }, new HashSet<int>());

    [Fact]
    public void K2_contributions_are_the_integrations_beyond_the_target_rate_on_each_teams_stock_and_add_up_to_the_gap()
    {
        var data = DashboardTestData.Build();
        var site = data.Find("GS-A")!;
        var card = DashboardCards.Card(data, DashboardTestData.K2, site, 3);

        // Site: Σ INT 90, Σ ELB Dec..Feb 4500 → JFW = 100 · 90 · 3 / 4500 = 6 %; phased 21,4 · 3 / 12 = 5,35; gap +0,65.
        card.Result.Actual.ShouldBe(6m);
        card.Result.PhasedTarget.ShouldBe(5.35m);
        card.TargetSource.ShouldBe("Ziel von Jobcenter");
        var table = Ranking.Build(data, All, DashboardTestData.K2, site, card, null);

        table.Level.ShouldBe(OrgUnitKind.Team);
        // T-A: (100 · 3 · 75 − 5,35 · 3000) / 4500 = 6450 / 4500; T-B: (100 · 3 · 15 − 5,35 · 1500) / 4500 = −3525 / 4500.
        table.Rows.Select(r => r.Unit.Code).ShouldBe(["T-B", "T-A"]);
        table.Rows[0].Contribution!.Value.ShouldBe(-3525m / 4500m, 0.0000000001m);
        table.Rows[1].Contribution!.Value.ShouldBe(6450m / 4500m, 0.0000000001m);
        table.Rows[1].Weight.ShouldBe(3000m / 4500m);
        table.Rows[0].Actual.ShouldBe(3m); // 100 · 15 · 3 / 1500
        table.Rows[0].Light.ShouldBe(TrafficLight.Red);
        table.SumOfContributions!.Value.ShouldBe(0.65m, 0.0000000001m);
        table.ParentVariance.ShouldBe(0.65m);
    }

    [Fact]
    public void Units_the_user_may_not_see_are_left_out_and_counted()
    {
        var data = DashboardTestData.Build();
        var teamA = new UserScope("tl", new HashSet<string> { Roles.Teamleitung }, new HashSet<int> { 1, 2, 3 }, new HashSet<int> { 3 });
        var site = data.Find("GS-A")!;
        var table = Ranking.Build(data, teamA, DashboardTestData.K2, site, DashboardCards.Card(data, DashboardTestData.K2, site, 3), null);

        table.Rows.Select(r => r.Unit.Code).ShouldBe(["T-A"]);
        table.HiddenUnits.ShouldBe(1);
        table.SumOfContributions.ShouldBeNull();
    }

    [Fact]
    public void The_latest_complete_month_is_the_latest_every_reporting_unit_has_submitted()
    {
        UnitMonthState[] states =
        [
            new(3, 2015, 1, MonthState.Abgeschlossen), new(4, 2015, 1, MonthState.Abgeschlossen),
            new(3, 2015, 2, MonthState.Eingereicht), new(4, 2015, 2, MonthState.Eingereicht),
            new(3, 2015, 3, MonthState.Eingereicht), // T-B has not submitted March
        ];
        var data = DashboardTestData.Build(states);
        var months = CompleteMonths.ForYear(data);

        months[1].ShouldBe(new MonthCompleteness(2, Units: 2, Submitted: 2, Closed: 0, HasFigures: true));
        months[2].IsComplete.ShouldBeFalse();
        CompleteMonths.Latest(months).ShouldBe(2);
        CompleteMonths.Default(data).ShouldBe(2);
        CompleteMonths.Default(DashboardTestData.Build()).ShouldBe(3); // none complete: latest with figures
    }
}
