using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>
/// The morning summary of the Gesamtübersicht (JC, May 2015 of the demo): the lights counted as on the cards, the
/// three largest gaps (1 − r) with their comment and measures, the red targets without an active measure, and the
/// Träger's read rules. Own app: it adds a measure and a comment.
/// </summary>
public sealed class MorningSummaryTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<DashboardOverview> OverviewAsync(string user, string role)
    {
        var scope = await app.ScopeAsync(user, role);
        await using var services = app.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<DashboardService>().OverviewAsync(scope, "JC", 2015, 5, Ct);
    }

    [Fact]
    public async Task The_summary_counts_the_cards_lights_names_the_three_largest_gaps_and_follows_comments_and_measures()
    {
        var before = await OverviewAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var summary = before.Summary;
        summary.Red.ShouldBe(before.Cards.Count(c => c.Result.Light == TrafficLight.Red));
        summary.Yellow.ShouldBe(before.Cards.Count(c => c.Result.Light == TrafficLight.Yellow));
        summary.Green.ShouldBe(before.Cards.Count(c => c.Result.Light == TrafficLight.Green));
        (summary.Red + summary.Yellow + summary.Green + summary.NoLight).ShouldBe(before.Cards.Count);
        summary.Red.ShouldBeGreaterThan(0, "the demo's May 2015 has red targets");

        // The gap is 1 − r, worked out here from each card's ratio: the three largest, largest first.
        var expected = before.Cards.Where(c => c.Result.Ratio is < 1m)
            .OrderByDescending(c => 1 - c.Result.Ratio!.Value).Take(3).Select(c => c.Code).ToList();
        summary.LargestGaps.Select(g => g.Code).ShouldBe(expected);
        summary.LargestGaps[0].Gap.ShouldBe(1 - before.Cards.Single(c => c.Code == expected[0]).Result.Ratio!.Value);
        summary.LargestGaps.ShouldAllBe(g => g.FollowUp.Comment == null && g.FollowUp.Measures.Count == 0);
        var reds = before.Cards.Where(c => c.Result.Light == TrafficLight.Red).Select(c => c.Code).Order().ToList();
        summary.RedWithoutActiveMeasure.Select(r => r.Code).Order().ToList().ShouldBe(reds); // the demo has no measures

        // A measure at a team below and a comment at the Jobcenter on the worst red target.
        var red = summary.RedWithoutActiveMeasure[0].Code;
        var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        await bl.CreateMeasureAsync(SteuerungApiClient.Measure(unit: "VEL-MI", title: "Morgenrunde: Gegensteuern", indicators: [red]));
        var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using (var put = await gf.PutAsJsonAsync($"/api/v1/comments/{red}/JC/2015-05", new { text = "Ursache: Saisoneffekt." }, Ct))
        {
            put.IsSuccessStatusCode.ShouldBeTrue(await put.Content.ReadAsStringAsync(Ct));
        }

        var after = (await OverviewAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung)).Summary;
        after.RedWithoutActiveMeasure.Select(r => r.Code).ShouldNotContain(red);
        after.RedWithoutActiveMeasure.Count.ShouldBe(reds.Count - 1);
        var gap = after.LargestGaps[0]; // the worst red: a red gap (over 3 %) is larger than any yellow one
        gap.Code.ShouldBe(red);
        gap.FollowUp.Comment!.Text.ShouldBe("Ursache: Saisoneffekt.");
        gap.FollowUp.Measures.Single().Title.ShouldBe("Morgenrunde: Gegensteuern");
        gap.FollowUp.Measures.Single().UnitCode.ShouldBe("VEL-MI");

        // The API answer carries the same summary; the Träger sees the Jobcenter's comment but not the team's measure,
        // which is counted so that the target is still not "ohne aktive Maßnahme".
        var json = await gf.GetJsonAsync("/api/v1/dashboard?unit=JC&year=2015&month=5");
        json.GetProperty("summary").GetProperty("red").GetInt32().ShouldBe(after.Red);
        var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        var seen = (await traeger.GetJsonAsync("/api/v1/dashboard?unit=JC&year=2015&month=5")).GetProperty("summary");
        seen.GetProperty("redWithoutActiveMeasure").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldNotContain(red);
        var traegerSummary = (await OverviewAsync(DemoAccounts.Traeger, Roles.Traeger)).Summary;
        var followUp = traegerSummary.LargestGaps.Single(g => g.Code == red).FollowUp;
        followUp.Measures.ShouldBeEmpty();
        followUp.HiddenActiveMeasures.ShouldBe(1);
        followUp.Comment!.Text.ShouldBe("Ursache: Saisoneffekt.");

        (await traeger.GetAsync("/api/v1/dashboard?unit=VEL-MI&year=2015&month=5", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sorted_by_urgency_the_cards_go_red_first_then_by_the_largest_gap()
    {
        var overview = await OverviewAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var sorted = MorningSummary.BySeverity(overview.Cards);

        sorted.Count.ShouldBe(overview.Cards.Count);
        var ranks = sorted.Select(c => c.Result.Light switch { TrafficLight.Red => 0, TrafficLight.Yellow => 1, TrafficLight.Green => 2, _ => 3 }).ToList();
        ranks.ShouldBe(ranks.Order().ToList());
        var reds = sorted.Where(c => c.Result.Light == TrafficLight.Red).Select(c => MorningSummary.Gap(c) ?? -1).ToList();
        reds.ShouldBe(reds.OrderDescending().ToList());
        JsonSerializer.Serialize(overview.Summary).ShouldContain("LargestGaps");
    }
}
