using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>The dashboards' figures on the demo database: default month, engine equality, contributions, rights.</summary>
[Collection(SharedAppCollection.Name)]
public sealed class DashboardServiceTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithAsync<T>(Func<DashboardService, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DashboardService>());
    }

    [Fact]
    public async Task The_dashboard_opens_with_the_latest_month_every_entering_unit_has_submitted()
    {
        // Demo: 2015-04 closed, 2015-05 submitted by every team and the Jobcenter, 2015-06 still in Entwurf.
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var overview = await WithAsync(d => d.OverviewAsync(gf, null, 2015, null, Ct));

        overview.Unit.Code.ShouldBe("JC");
        overview.Month.ShouldBe(5);
        overview.LatestCompleteMonth.ShouldBe(new YearMonth(2015, 5));
        overview.Months.ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public async Task A_past_year_opens_in_december_and_a_year_without_figures_in_january()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var y2014 = await WithAsync(d => d.OverviewAsync(gf, "JC", 2014, null, Ct));
        y2014.Month.ShouldBe(12);
        var k2 = y2014.Cards.Single(c => c.Code == "K2");
        k2.Result.Target.ShouldBe(20.6m);
        k2.IsProvisional.ShouldBeFalse(); // the 2014 target is final

        var y2016 = await WithAsync(d => d.OverviewAsync(gf, "JC", 2016, null, Ct));
        y2016.Month.ShouldBe(1);
        y2016.LatestCompleteMonth.ShouldBeNull();
        y2016.Cards.Select(c => c.Code).ShouldBe(["EQ"]);
        y2016.Cards[0].Result.Actual.ShouldBeNull();
    }

    [Fact]
    public async Task A_teams_page_leaves_out_indicators_entered_only_for_the_whole_jobcenter()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var team = await WithAsync(d => d.OverviewAsync(gf, "VEL-MI", 2015, 5, Ct));

        team.Cards.Select(c => c.Code).ShouldContain("K2");
        team.Cards.Select(c => c.Code).ShouldNotContain("U25");
        team.Cards.Select(c => c.Code).ShouldNotContain("BAMF");
        team.Cards.Single(c => c.Code == "K2").TargetSource.ShouldBe("Ziel von Jobcenter ME-aktiv");
        team.Cards.Single(c => c.Code == "K3").TargetSource!.ShouldStartWith("Anteil am Ziel von Jobcenter ME-aktiv");
    }

    [Fact]
    public async Task The_cards_carry_exactly_the_engines_figures_of_the_chosen_month()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var overview = await WithAsync(d => d.OverviewAsync(gf, "JC", 2015, 4, Ct));
        await using var scope = app.Services.CreateAsyncScope();
        var engine = await scope.ServiceProvider.GetRequiredService<AttainmentQueries>().LoadAsync(gf, "JC", 2015, 2015, Ct);

        overview.Cards.Count.ShouldBeGreaterThan(10);
        foreach (var card in overview.Cards)
        {
            var expected = engine.Calculate(engine.Indicators.Single(i => i.Code == card.Code), 2015, 4);
            card.Result.Actual.ShouldBe(expected.Actual, card.Code);
            card.Result.PhasedTarget.ShouldBe(expected.PhasedTarget, card.Code);
            card.Result.Light.ShouldBe(expected.Light, card.Code);
            card.Result.Forecast.ShouldBe(expected.Forecast, card.Code);
            card.Result.RequiredPerMonth.ShouldBe(expected.RequiredPerMonth, card.Code);
        }

        var k2 = overview.Cards.Single(c => c.Code == "K2");
        k2.IsProvisional.ShouldBeTrue();
        k2.Target!.Value.ShouldBe(21.4m);
        k2.Sparkline.Count.ShouldBe(13);
        k2.Sparkline[^1].Value.ShouldBe(engine.Series(engine.Indicators.Single(i => i.Code == "K2"),
            new YearMonth(2015, 4), new YearMonth(2015, 4))[0].Rolling12);
    }

    [Theory]
    [InlineData("JC", OrgUnitKind.Geschaeftsstelle)]
    [InlineData("JC", OrgUnitKind.Team)]
    [InlineData("BER-NORD", OrgUnitKind.Geschaeftsstelle)]
    [InlineData("GS-VEL", OrgUnitKind.Team)]
    public async Task The_contributions_of_a_level_add_up_to_the_parents_variance(string unit, OrgUnitKind level)
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        string[] checkedCodes = ["K2", "K3", "EQ", "KDU", "BZ", "KD", "LZAI", "AQ", "BSU25", "NH"];
        foreach (var code in checkedCodes)
        {
            var view = await WithAsync(d => d.IndicatorAsync(gf, code, unit, 2015, 5, level, Ct));
            view.Ranking.Level.ShouldBe(level);
            view.Ranking.Rows.ShouldNotBeEmpty(code);
            view.Card.Result.Variance.ShouldNotBeNull(code);
            view.Ranking.SumOfContributions.ShouldNotBeNull(code);
            Math.Abs(view.Ranking.SumOfContributions!.Value - view.Card.Result.Variance!.Value).ShouldBeLessThan(0.000001m, code);
        }
    }

    [Fact]
    public async Task K2_contribution_of_a_site_is_its_integrations_beyond_the_target_rate_on_its_own_stock()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var view = await WithAsync(d => d.IndicatorAsync(gf, "K2", "JC", 2015, 5, OrgUnitKind.Geschaeftsstelle, Ct));
        var vel = view.Ranking.Rows.Single(r => r.Unit.Code == "GS-VEL");

        // weight = the site's share of the eLb stock; contribution = weight × (its JFW − the Jobcenter's phased target)
        vel.Contribution!.Value.ShouldBe(vel.Weight!.Value * (vel.Actual!.Value - view.Card.Result.PhasedTarget!.Value), 0.0000001m);
        vel.ReferenceTarget.ShouldBe(21.4m);
        view.Ranking.Rows.Select(r => r.Rank).ShouldBe(Enumerable.Range(1, view.Ranking.Rows.Count));
        view.Ranking.Rows.Where(r => r.Contribution is not null).Select(r => r.Contribution!.Value).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public async Task The_chart_series_are_the_engines()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var view = await WithAsync(d => d.IndicatorAsync(gf, "K2", "JC", 2015, 5, null, Ct));
        await using var scope = app.Services.CreateAsyncScope();
        var engine = await scope.ServiceProvider.GetRequiredService<AttainmentQueries>().LoadAsync(gf, "JC", 2014, 2015, Ct);
        var k2 = engine.Indicators.Single(i => i.Code == "K2");

        view.Path.Count.ShouldBe(12);
        view.Path.Take(5).Select(p => p.Actual).ShouldBe(Enumerable.Range(1, 5).Select(m => engine.Calculate(k2, 2015, m).Actual));
        view.Path.Skip(5).ShouldAllBe(p => p.Actual == null);
        view.Path[11].Forecast.ShouldBe(engine.Calculate(k2, 2015, 5).Forecast);
        view.Path[4].Forecast.ShouldBe(engine.Calculate(k2, 2015, 5).Actual);
        view.Rolling12.Select(p => p.Value).ShouldBe(engine.Series(k2, new YearMonth(2014, 1), new YearMonth(2015, 5)).Select(p => p.Rolling12));
        view.LastYear.Select(p => p.LastYear).ShouldBe(engine.Series(k2, new YearMonth(2014, 1), new YearMonth(2014, 12)).Select(p => p.Value));
        view.Components.Select(c => c.Code).ShouldBe(["INT", "ELB"]);
        view.TargetVersions.Select(v => v.Value).ShouldBe([21.7m, 21.4m]);
        // June is in Entwurf in the demo: its figures do not count (docs/kennzahlen.md, "Datenstand"), so the latest
        // month with K2 figures is May (it was June while drafts counted).
        view.Delay.LatestMonthWithFigures.ShouldBe(new YearMonth(2015, 5));
    }

    [Fact]
    public async Task The_datenstand_of_the_chosen_month_counts_the_21_units_that_owe_figures()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var may = await WithAsync(d => d.OverviewAsync(gf, "JC", 2015, null, Ct));
        var june = await WithAsync(d => d.OverviewAsync(gf, "JC", 2015, 6, Ct));
        var site = await WithAsync(d => d.OverviewAsync(gf, "GS-MET", 2015, 6, Ct));
        var view = await WithAsync(d => d.IndicatorAsync(gf, "K2", "JC", 2015, 6, null, Ct));

        may.Coverage.ShouldBe(new Coverage(21, 21, 0));
        may.Missing.ShouldBeEmpty();
        june.Month.ShouldBe(6, "a month that is not complete can still be chosen");
        june.Coverage.ShouldBe(new Coverage(21, 0, 0));
        june.Missing.Count.ShouldBe(21);
        june.Cards.Single(c => c.Code == "K2").Result.Actual.ShouldBeNull("no unit has submitted June: nothing of it counts");
        // GS-MET itself (stadtscharf figures) and three of its four teams: the Arbeitgeberservice owes nothing.
        site.Coverage.ShouldBe(new Coverage(4, 0, 0));
        site.Missing.Select(m => m.Code).ShouldBe(["GS-MET", "MET-JO", "MET-LG", "MET-MI"]);
        view.Coverage.ShouldBe(new Coverage(21, 0, 0));
        view.Delay.Months[3].ShouldBe(new MonthCompleteness(4, Units: 21, Submitted: 21, Closed: 21, HasFigures: true));
        view.Delay.Months[4].ShouldBe(new MonthCompleteness(5, Units: 21, Submitted: 21, Closed: 0, HasFigures: true));
        view.Delay.Months[5].ShouldBe(new MonthCompleteness(6, Units: 21, Submitted: 0, Closed: 0, HasFigures: true));
    }

    [Fact]
    public async Task A_teamleitung_lands_on_its_team_and_sees_the_totals_but_no_other_units_detail()
    {
        var tl = await app.ScopeAsync(DemoAccounts.Teamleitung("VEL-MI"), Roles.Teamleitung);
        var landing = await WithAsync(d => d.OverviewAsync(tl, null, 2015, null, Ct));
        landing.Unit.Code.ShouldBe("VEL-MI");
        landing.Ancestors.Select(a => a.Code).ShouldBe(["JC", "BER-NORD", "GS-VEL"]);

        var jc = await WithAsync(d => d.IndicatorAsync(tl, "K2", "JC", 2015, 5, OrgUnitKind.Team, Ct));
        jc.Card.Result.Actual.ShouldNotBeNull();
        jc.Ranking.Rows.Select(r => r.Unit.Code).ShouldBe(["VEL-MI"]);
        jc.Ranking.HiddenUnits.ShouldBeGreaterThan(10);
        jc.Ranking.SumOfContributions.ShouldBeNull();

        await Should.ThrowAsync<UnitForbiddenException>(() => WithAsync(d => d.IndicatorAsync(tl, "K2", "HIL-MI", 2015, 5, null, Ct)));
        await Should.ThrowAsync<UnitForbiddenException>(() => WithAsync(d => d.OverviewAsync(tl, "VEL-LG", 2015, 5, Ct)));
    }

    [Fact]
    public async Task A_traeger_sees_sites_but_no_teams()
    {
        var traeger = await app.ScopeAsync(DemoAccounts.Traeger, Roles.Traeger);
        var view = await WithAsync(d => d.IndicatorAsync(traeger, "K2", "GS-VEL", 2015, 5, OrgUnitKind.Team, Ct));
        view.Ranking.Rows.ShouldBeEmpty();
        view.Ranking.HiddenUnits.ShouldBe(3);
    }

    [Fact]
    public async Task A_bereichsleitung_of_one_area_lands_on_that_area()
    {
        var ct = Ct;
        await using var scope = app.Services.CreateAsyncScope();
        var data = await scope.ServiceProvider.GetRequiredService<DashboardLoader>().LoadAsync(2015, ct);
        var sued = data.Find("BER-SUED")!;
        var all = data.Units.Select(u => u.Id).ToHashSet();
        var bl = new UserScope("bl-sued", new HashSet<string> { Roles.Bereichsleitung }, all,
            data.SubtreeOf(sued).Select(u => u.Id).ToHashSet());
        var both = new UserScope("bl", new HashSet<string> { Roles.Bereichsleitung }, all,
            all.Where(id => data.Units.Single(u => u.Id == id).Kind != OrgUnitKind.Jobcenter).ToHashSet());

        DashboardService.Landing(data, bl).Code.ShouldBe("BER-SUED");
        DashboardService.Landing(data, both).Code.ShouldBe("JC");
    }

    [Fact]
    public async Task Unknown_indicators_and_units_are_refused_in_german()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        (await Should.ThrowAsync<IndicatorNotFoundException>(() => WithAsync(d => d.IndicatorAsync(gf, "XX", "JC", 2015, 5, null, Ct))))
            .Message.ShouldBe("Die Kennzahl 'XX' gibt es nicht.");
        await Should.ThrowAsync<UnitNotFoundException>(() => WithAsync(d => d.OverviewAsync(gf, "NOPE", 2015, 5, Ct)));
    }
}
