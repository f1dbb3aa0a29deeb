using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>
/// Geschäftsstelle Erkrath (GS-ERK) was closed on 31.03.2015 (seeds/org-units.csv): from April on it is no cause of
/// the gap, not ranked and not among the units below; it is listed apart as dissolved, with its March figures.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class DissolvedUnitsDashboardTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithAsync<T>(Func<DashboardService, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DashboardService>());
    }

    [Fact]
    public async Task Erkrath_is_not_ranked_in_may_but_shown_once_as_dissolved_with_its_march_figures()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var may = await WithAsync(d => d.IndicatorAsync(gf, "K2", "JC", 2015, 5, ct: Ct));

        may.Ranking.Rows.Select(r => r.Unit.Code).ShouldNotContain("GS-ERK");
        may.Ranking.Rows.Select(r => r.Rank).ShouldBe(Enumerable.Range(1, may.Ranking.Rows.Count));
        var erkrath = may.Ranking.Dissolved.ShouldHaveSingleItem();
        erkrath.Unit.Code.ShouldBe("GS-ERK");
        erkrath.LastMonth.ShouldBe(3);
        erkrath.Actual.ShouldNotBeNull(); // its year-to-date value of March, not "–"
        var march = await WithAsync(d => d.IndicatorAsync(gf, "K2", "GS-ERK", 2015, 3, ct: Ct));
        erkrath.Actual.ShouldBe(march.Card.Result.Actual);
        // Its months are still part of the Jobcenter's year-to-date gap: ranked and dissolved together add up to it.
        Math.Abs(may.Ranking.SumOfContributions!.Value - may.Card.Result.Variance!.Value).ShouldBeLessThan(0.000001m);

        var inMarch = await WithAsync(d => d.IndicatorAsync(gf, "K2", "JC", 2015, 3, ct: Ct));
        inMarch.Ranking.Rows.Select(r => r.Unit.Code).ShouldContain("GS-ERK");
        inMarch.Ranking.Dissolved.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_overview_of_the_area_lists_erkrath_apart_as_dissolved_after_march()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var may = await WithAsync(d => d.OverviewAsync(gf, "BER-NORD", 2015, 5, Ct));
        var march = await WithAsync(d => d.OverviewAsync(gf, "BER-NORD", 2015, 3, Ct));

        may.Children.Select(c => c.Code).ShouldNotContain("GS-ERK");
        may.DissolvedChildren.Select(c => c.Code).ShouldBe(["GS-ERK"]);
        march.Children.Select(c => c.Code).ShouldContain("GS-ERK");
        march.DissolvedChildren.ShouldBeEmpty();
    }
}
