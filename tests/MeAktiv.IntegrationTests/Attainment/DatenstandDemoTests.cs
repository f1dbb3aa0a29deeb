using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Attainment;

/// <summary>
/// The Datenstand of the demo database (seeds/reporting-duties.csv; DemoMonthStates: up to 2015-04 closed, 2015-05
/// submitted, 2015-06 in Entwurf). Counted by hand from the seed files: in 2015 from April on 21 units owe figures —
/// the Jobcenter, the five Geschäftsstellen and 15 teams (all 18 teams but the two Erkrath teams, closed 31.03.2015,
/// and the Arbeitgeberservice MET-AGS, which reports nothing); January to March also GS-ERK, ERK-MI and ERK-LG (24).
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class DatenstandDemoTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Datenstand> LoadAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatenstandQueries>().LoadAsync(2015, 2015, Ct);
    }

    [Fact]
    public async Task The_demo_months_are_closed_submitted_and_in_Entwurf_for_the_21_units_that_owe_figures()
    {
        var stand = await LoadAsync();
        var jc = stand.Find("JC")!;
        MonthCoverage Month(int m) => stand.CoverageOf(jc.Id, new YearMonth(2015, m));

        Month(3).Coverage.ShouldBe(new Coverage(Expected: 24, Submitted: 24, Closed: 24));
        Month(4).Coverage.ShouldBe(new Coverage(21, 21, 21));
        Month(5).Coverage.ShouldBe(new Coverage(21, 21, 0));
        Month(6).Coverage.ShouldBe(new Coverage(21, 0, 0));
        Month(6).Missing.Count.ShouldBe(21);
        Month(6).Missing.Select(m => m.Code).ShouldNotContain("MET-AGS");
        stand.LatestCompleteMonth(jc.Id, 2015).ShouldBe(5);
        stand.DefaultMonth(2015, latestMonthWithFigures: 6).ShouldBe(5);
    }

    [Fact]
    public async Task A_site_counts_its_own_stadtscharf_duty_and_its_teams()
    {
        var stand = await LoadAsync();

        // GS-VEL itself (§ 16a, BuT), VEL-MI, VEL-LG, VEL-U25-1.
        stand.ExpectedUnits(stand.Find("GS-VEL")!.Id, new YearMonth(2015, 6)).Select(u => u.Code)
            .ShouldBe(["GS-VEL", "VEL-LG", "VEL-MI", "VEL-U25-1"]);
        // GS-MET: MET-AGS owes nothing.
        stand.ExpectedUnits(stand.Find("GS-MET")!.Id, new YearMonth(2015, 6)).Select(u => u.Code)
            .ShouldBe(["GS-MET", "MET-JO", "MET-LG", "MET-MI"]);
        stand.Owes(stand.Find("ERK-MI")!.Id, new YearMonth(2015, 4)).ShouldBeFalse();
    }
}
