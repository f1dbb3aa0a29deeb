using System.Text.Json;
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

    [Fact]
    public async Task Each_point_of_the_series_carries_its_months_coverage_as_the_attainment_api_does()
    {
        // Issue 16: attainment, series, dashboard and the reports carry the month used and its coverage.
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var points = (await JsonAsync(gf, "/api/v1/series?unit=JC&indicator=K2&from=2015-03&to=2015-06")).EnumerateArray().ToList();

        points.Select(p => p.GetProperty("month").GetString()).ShouldBe(["2015-03", "2015-04", "2015-05", "2015-06"]);
        points.Select(Coverage).ShouldBe([new Coverage(24, 24, 24), new Coverage(21, 21, 21), new Coverage(21, 21, 0), new Coverage(21, 0, 0)]);
        points[2].GetProperty("missing").GetArrayLength().ShouldBe(0);
        points[3].GetProperty("missing").GetArrayLength().ShouldBe(21);
        foreach (var (point, month) in points.Zip(new[] { 3, 4, 5, 6 }))
        {
            var attainment = await JsonAsync(gf, $"/api/v1/attainment?unit=JC&year=2015&month={month}");
            Coverage(point).ShouldBe(Coverage(attainment), $"month {month}: series and attainment tell the same Datenstand");
        }

        // A team lead gets the same counts; of the units that have not submitted only those it may see are named.
        using var lead = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-LG"));
        var june = (await JsonAsync(lead, "/api/v1/series?unit=JC&indicator=K2&from=2015-06&to=2015-06"))[0];
        Coverage(june).ShouldBe(new Coverage(21, 0, 0));
        june.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("code").GetString())
            .ShouldBe(["JC", "GS-HIL", "HIL-LG"], ignoreOrder: true);
    }

    private static Coverage Coverage(JsonElement answer)
    {
        var c = answer.GetProperty("coverage");
        return new Coverage(c.GetProperty("expected").GetInt32(), c.GetProperty("submitted").GetInt32(), c.GetProperty("closed").GetInt32());
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }
}
