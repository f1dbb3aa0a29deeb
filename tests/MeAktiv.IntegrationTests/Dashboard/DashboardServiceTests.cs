using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>
/// The dashboards' figures on the demo database: default month, the numbers themselves (worked out by hand from
/// seeds/demo/figures.csv and seeds/targets.csv, see the comments) and their equality with the engine, contributions,
/// rights.
/// </summary>
/// <remarks>
/// Demo sums used below (K2 is entered by teams only; a unit's figure is the sum over its teams; ELB with the shift,
/// i.e. the stock of the month before each integration month):
/// <code>
/// Jobcenter (JC)  2014-12 2015-01 2015-02 2015-03 2015-04 2015-05
///   K2 INT            330     376     452     521     520     484
///   K2 ELB          26697   26784   26847   26881   26899   26917
///   K3 LZB          17963   17984   17979   17987   18026   18038
/// GS-VEL (teams VEL-MI, VEL-LG, VEL-U25-1)
///   K2 INT             69      97     107     129     128     125
///   K2 ELB           5866    6771    6772    6806    6754    6800
/// </code>
/// Targets 2015 at JC: K2 21,4 % (version 2, vorläufig), K3 17.970 (version 2); K2 is phased linearly (21,4 · m / 12).
/// </remarks>
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
        // EQ planned for 2016; ESF's 2015 target runs 04/2015–12/2017 and so holds in 2016 too
        y2016.Cards.Select(c => c.Code).ShouldBe(["EQ", "ESF"]);
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

        // The same numbers by hand. K2, April 2015 (JFW(4) = 100 · Σ INT Jan–Apr · 4 / Σ ELB Dec–Mar):
        //   Σ INT = 376 + 452 + 521 + 520 = 1869; Σ ELB = 26697 + 26784 + 26847 + 26881 = 107209
        //   actual = 100 · 1869 · 4 / 107209 = 6,97329515…; phased target = 21,4 · 4 / 12 = 7,13333…
        //   ratio = 6,97330 / 7,13333 = 0,9776 → yellow (≥ 0,97, < 1,00)
        //   forecast: INT May–Dec at the mean of Feb–Apr = 8 · 1493 / 3 = 3981,33…; ELB of the year =
        //   107209 + 8 · 26899 (April, the last stock) = 322401 → 100 · (1869 + 3981,33…) · 12 / 322401 = 21,77536670…
        //   required per month = (21,4 · 322401 / 1200 − 1869) / 8 = 485,0605625
        // Sparkline: rolling K2 of April = 100 · Σ INT May 2014–Apr 2015 · 12 / Σ ELB Apr 2014–Mar 2015
        //   = 100 · 5613 · 12 / 317591 = 21,20840955…
        k2.Result.Actual!.Value.ShouldBe(6.9732951525m, 0.0000000001m);
        k2.Result.PhasedTarget!.Value.ShouldBe(7.1333333333m, 0.0000000001m);
        k2.Result.Variance!.Value.ShouldBe(-0.1600381809m, 0.0000000001m);
        k2.Result.Light.ShouldBe(TrafficLight.Yellow);
        k2.Result.Forecast!.Value.ShouldBe(21.7753667017m, 0.0000000001m);
        k2.Result.RequiredPerMonth!.Value.ShouldBe(485.0605625m, 0.0000000001m);
        k2.Sparkline[^1].Value!.Value.ShouldBe(21.2084095582m, 0.0000000001m);

        // K3, April 2015 (annual average, lower is better): (17984 + 17979 + 17987 + 18026) / 4 = 71976 / 4 = 17994
        //   ratio = 17970 / 17994 = 0,99867 → yellow; forecast = (71976 + 8 · 18026) / 12 = 216184 / 12 = 18015,33…
        //   required = (12 · 17970 − 71976) / 8 = 143664 / 8 = 17958
        var k3 = overview.Cards.Single(c => c.Code == "K3");
        k3.Result.Actual.ShouldBe(17994m);
        k3.Result.PhasedTarget.ShouldBe(17970m);
        k3.Result.Variance.ShouldBe(24m);
        k3.Result.Light.ShouldBe(TrafficLight.Yellow);
        k3.Result.Forecast!.Value.ShouldBe(18015.333333m, 0.000001m);
        k3.Result.RequiredPerMonth.ShouldBe(17958m);
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

        // By hand, May 2015: GS-VEL N = Σ INT Jan–May = 97 + 107 + 129 + 128 + 125 = 586,
        //   D = Σ ELB Dec–Apr, structure-adjusted (docs/kennzahlen.md, "Strukturbereinigung"): December 2014 as Velbert
        //   is cut today, with the customers that went to the U25 team VEL-U25-1 on 01.01.2015 from Mettmann
        //   (2668 → 2197: 471) and Erkrath (2145 → 1761: 384); Velbert's own 5866 stay (4854 with VEL-MI, 1012 with
        //   the U25 team): 5866 + 471 + 384 = 6721 (unadjusted 5866, which made the site look better than it is);
        //   D = 6721 + 6771 + 6772 + 6806 + 6754 = 33824; JC's D = 26697 + 26784 + 26847 + 26881 + 26899 = 134108 (unchanged)
        //   JFW(5) of GS-VEL = 100 · 586 · 5 / 33824 = 8,66248817…; weight = 33824 / 134108 = 0,25221463…
        //   contribution = (100 · 5 · 586 − 21,4 · 5 / 12 · 33824) / 134108 = (293000 − 301597,33…) / 134108 = −0,06410753…
        vel.Actual!.Value.ShouldBe(8.6624881741m, 0.0000000001m);
        vel.Weight!.Value.ShouldBe(0.2522146330m, 0.0000000001m);
        vel.Contribution!.Value.ShouldBe(-0.0641075352m, 0.0000000001m);
        // JC itself: 100 · 2353 · 5 / 134108 = 8,77278014… against 21,4 · 5 / 12 = 8,91666…: variance −0,14388652…
        view.Card.Result.Actual!.Value.ShouldBe(8.7727801473m, 0.0000000001m);
        view.Card.Result.Variance!.Value.ShouldBe(-0.1438865193m, 0.0000000001m);
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

        // By hand: JFW(m) = 100 · Σ INT 1..m · m / Σ ELB 0..m−1 (sums at the top of the class):
        //   Jan 100 · 376 · 1 / 26697 = 1,40839795   Feb 100 · 828 · 2 / 53481 = 3,09642677
        //   Mar 100 · 1349 · 3 / 80328 = 5,03809382  Apr 100 · 1869 · 4 / 107209 = 6,97329515
        //   May 100 · 2353 · 5 / 134108 = 8,77278015
        decimal[] jfw = [1.4083979473m, 3.0964267684m, 5.0380938154m, 6.9732951525m, 8.7727801473m];
        for (var m = 0; m < 5; m++)
        {
            view.Path[m].Actual!.Value.ShouldBe(jfw[m], 0.0000000001m, $"month {m + 1}");
        }

        // December forecast from May: INT Jun–Dec at the mean of Mar–May = 7 · (521 + 520 + 484) / 3 = 3558,33…,
        //   ELB of the year = 134108 + 7 · 26917 = 322527 → 100 · (2353 + 3558,33…) · 12 / 322527 = 21,99381757…
        view.Path[11].Forecast!.Value.ShouldBe(21.9938175719m, 0.0000000001m);
        // Rolling K2 of May 2015: INT Jun 2014–May 2015 = 474 + 472 + 507 + 515 + 519 + 449 + 330 + 376 + 452 + 521 + 520
        //   + 484 = 5619; ELB May 2014–Apr 2015 = 318466 (26046 … 26899) → 100 · 5619 · 12 / 318466 = 21,17274686…
        view.Rolling12[^1].Value!.Value.ShouldBe(21.1727468552m, 0.0000000001m);
        // Last year's December: JFW(12) of 2014 = 100 · 5581 · 12 / 313527 (ELB Dec 2013–Nov 2014) = 21,36083974…
        view.LastYear[11].LastYear!.Value.ShouldBe(21.3608397363m, 0.0000000001m);
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
        var data = new DashboardData(2015, await scope.ServiceProvider.GetRequiredService<AttainmentQueries>().LoadOrganisationAsync(2015, 2015, ct));
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
