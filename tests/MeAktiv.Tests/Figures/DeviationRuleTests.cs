using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Tests.Dashboard;

namespace MeAktiv.Tests.Figures;

/// <summary>
/// Which targets need a comment when a month is submitted (docs/kennzahlen.md, "Kommentar bei Zielabweichung"), on the
/// hand-computed organisation of <see cref="DashboardTestData"/>: K2 (Jahresfortschrittswert) in March 2015 is 7,5 % at
/// T-A (100 · 75 integrations · 3 / 3.000 eLb of Dec..Feb) and 3,0 % at T-B (100 · 15 · 3 / 1.500); the phased target is
/// a quarter of the annual one (ContributionTests).
/// </summary>
public sealed class DeviationRuleTests
{
    private static readonly Dictionary<(int Unit, string Indicator), string> NoComments = [];

    [Theory]
    [InlineData(TrafficLight.Red, DeviationLevel.Red, true)]
    [InlineData(TrafficLight.Yellow, DeviationLevel.Red, false)]
    [InlineData(TrafficLight.Yellow, DeviationLevel.RedAndYellow, true)]
    [InlineData(TrafficLight.Red, DeviationLevel.RedAndYellow, true)]
    [InlineData(TrafficLight.Green, DeviationLevel.RedAndYellow, false)]
    [InlineData(TrafficLight.None, DeviationLevel.RedAndYellow, false)]
    public void The_setting_decides_which_lights_need_a_comment(TrafficLight light, DeviationLevel level, bool needs) =>
        DeviationRule.NeedsComment(light, level).ShouldBe(needs);

    [Fact]
    public void A_yellow_target_needs_a_comment_only_with_the_red_and_yellow_setting()
    {
        // Target 30,4 % → phased 7,6 %: T-A 7,5 / 7,6 = 0,987 → yellow; T-B 3,0 / 7,6 = 0,39 → red.
        var org = Organisation(Target(1, 30.4m), DashboardTestData.Rows());
        var teamA = AttainmentQueries.Counted(org, org.Find("T-A")!);
        var teamB = AttainmentQueries.Counted(org, org.Find("T-B")!);

        DeviationQueries.Of(teamA, 2015, 3, DeviationLevel.Red, NoComments).ShouldBeEmpty();
        var yellow = DeviationQueries.Of(teamA, 2015, 3, DeviationLevel.RedAndYellow, NoComments).ShouldHaveSingleItem();
        yellow.Light.ShouldBe(TrafficLight.Yellow);
        yellow.Actual.ShouldBe(7.5m);
        yellow.Target.ShouldBe(7.6m);
        DeviationQueries.Of(teamB, 2015, 3, DeviationLevel.Red, NoComments).ShouldHaveSingleItem().Light.ShouldBe(TrafficLight.Red);
    }

    [Fact]
    public void Only_the_targets_the_unit_is_held_to_by_the_target_rule_count()
    {
        // The JC's 40 % (phased 10 %) holds every team (same rate): T-A is red against it.
        var fromJc = Organisation(Target(1, 40m), DashboardTestData.Rows());
        var held = DeviationQueries.Of(AttainmentQueries.Counted(fromJc, fromJc.Find("T-A")!), 2015, 3, DeviationLevel.Red, NoComments);
        held.ShouldHaveSingleItem().Target.ShouldBe(10m);

        // A target of team B only: team A is held to none and owes no comment; team B does.
        var ofTeamB = Organisation(Target(4, 40m), DashboardTestData.Rows());
        DeviationQueries.Of(AttainmentQueries.Counted(ofTeamB, ofTeamB.Find("T-A")!), 2015, 3, DeviationLevel.RedAndYellow, NoComments)
            .ShouldBeEmpty();
        DeviationQueries.Of(AttainmentQueries.Counted(ofTeamB, ofTeamB.Find("T-B")!), 2015, 3, DeviationLevel.Red, NoComments)
            .ShouldHaveSingleItem().UnitCode.ShouldBe("T-B");
    }

    [Fact]
    public void The_units_drafts_of_the_submitted_month_count_as_they_will_after_the_submit()
    {
        // T-A's March is a draft: it counts nowhere yet (no value, no light), but it is what the submit will make count.
        var rows = DashboardTestData.Rows();
        var march = rows.Where(r => r.UnitId == 3 && r.Year == 2015 && r.Month == 3).ToList();
        var org = Organisation(Target(1, 40m), [.. rows.Except(march)], march);
        var teamA = org.Find("T-A")!;

        DeviationQueries.Of(AttainmentQueries.Counted(org, teamA), 2015, 3, DeviationLevel.Red, NoComments).ShouldBeEmpty();
        var asSubmitted = DeviationQueries.Of(AttainmentQueries.AsSubmitted(org, teamA, new YearMonth(2015, 3)), 2015, 3,
            DeviationLevel.Red, NoComments);
        asSubmitted.ShouldHaveSingleItem().Actual.ShouldBe(7.5m);
    }

    [Fact]
    public void A_draft_of_another_month_does_not_count_for_the_submitted_month()
    {
        // A draft of April that would make T-A's year green (600 integrations) changes nothing in March.
        var rows = DashboardTestData.Rows();
        FigureRow[] april = [new(3, "K2", "INT", 2015, 4, 600, false), new(3, "K2", "ELB", 2015, 4, 1000, false)];
        var org = Organisation(Target(1, 40m), rows, april);
        var teamA = AttainmentQueries.AsSubmitted(org, org.Find("T-A")!, new YearMonth(2015, 3));

        DeviationQueries.Of(teamA, 2015, 3, DeviationLevel.Red, NoComments).ShouldHaveSingleItem().Actual.ShouldBe(7.5m);
        DeviationQueries.Of(teamA, 2015, 4, DeviationLevel.Red, NoComments).ShouldBeEmpty(); // April has no value: not a draft of the month
    }

    [Fact]
    public void A_comment_of_the_unit_and_month_marks_the_deviation_commented()
    {
        var org = Organisation(Target(1, 40m), DashboardTestData.Rows());
        var comments = new Dictionary<(int Unit, string Indicator), string> { [(3, "K2")] = "Zwei Stellen unbesetzt", [(4, "K2")] = "anderes Team" };
        var deviation = DeviationQueries.Of(AttainmentQueries.Counted(org, org.Find("T-A")!), 2015, 3, DeviationLevel.Red, comments)
            .ShouldHaveSingleItem();
        deviation.IsCommented.ShouldBeTrue();
        deviation.Comment.ShouldBe("Zwei Stellen unbesetzt");
    }

    private static OrganisationData Organisation(Target target, IReadOnlyList<FigureRow> rows, IReadOnlyList<FigureRow>? drafts = null) =>
        new(DashboardTestData.Units(), [DashboardTestData.K2], [target], [], new FigureWindow(rows, drafts));

    private static Target Target(int unitId, decimal value)
    {
        var target = new Target { IndicatorId = DashboardTestData.K2.Id, OrgUnitId = unitId, Year = 2015 };
        target.Versions.Add(new TargetVersion
        {
            Number = 1, Value = value, Status = TargetStatus.Final, DecidedOn = new DateOnly(2015, 1, 15), CreatedBy = "test",
        });
        return target;
    }
}
