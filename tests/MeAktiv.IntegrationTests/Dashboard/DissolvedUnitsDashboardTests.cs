using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>
/// Geschäftsstelle Erkrath (GS-ERK) was closed on 31.03.2015 and merged into Mettmann (100 %, seeds/org-unit-successors.csv).
/// Structure-adjusted (docs/kennzahlen.md, "Strukturbereinigung") its months are Mettmann's: it is no line of its own,
/// neither ranked nor listed apart as dissolved, in any month, and Mettmann's figures include Erkrath's earlier months.
/// A unit closed without a successor is still listed apart (DissolvedUnitsTests).
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

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Erkrath_merged_into_mettmann_is_no_line_of_its_own_and_the_contributions_still_add_up(int month)
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var view = await WithAsync(d => d.IndicatorAsync(gf, "K2", "JC", 2015, month, ct: Ct));

        view.Ranking.Rows.Select(r => r.Unit.Code).ShouldNotContain("GS-ERK");
        view.Ranking.Rows.Select(r => r.Unit.Code).ShouldContain("GS-MET");
        view.Ranking.Dissolved.ShouldBeEmpty();
        view.Ranking.Rows.Select(r => r.Rank).ShouldBe(Enumerable.Range(1, view.Ranking.Rows.Count));
        Math.Abs(view.Ranking.SumOfContributions!.Value - view.Card.Result.Variance!.Value).ShouldBeLessThan(0.000001m);
    }

    [Fact]
    public async Task The_overview_of_the_area_lists_erkrath_neither_below_nor_apart_and_mettmann_says_it_is_adjusted()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var may = await WithAsync(d => d.OverviewAsync(gf, "BER-NORD", 2015, 5, Ct));
        var march = await WithAsync(d => d.OverviewAsync(gf, "BER-NORD", 2015, 3, Ct));

        may.Children.Select(c => c.Code).ShouldNotContain("GS-ERK");
        may.DissolvedChildren.ShouldBeEmpty();
        march.Children.Select(c => c.Code).ShouldNotContain("GS-ERK");

        var mettmann = await WithAsync(d => d.OverviewAsync(gf, "GS-MET", 2015, 5, Ct));
        mettmann.Adjusted.ShouldBeTrue();
        mettmann.StructureChanges.Select(c => c.Text).ShouldContain("inkl. Geschäftsstelle Erkrath (100,0 %) bis 03/2015");
        // The Geschäftsstelle is named once, not each of its teams merged on the same day.
        mettmann.StructureChanges.ShouldNotContain(c => c.UnitName.Contains("Erkrath") && c.UnitCode != "GS-ERK");
        var jc = await WithAsync(d => d.OverviewAsync(gf, "JC", 2015, 5, Ct));
        jc.Adjusted.ShouldBeFalse("the Jobcenter holds every part: nothing is adjusted there");
    }
}
