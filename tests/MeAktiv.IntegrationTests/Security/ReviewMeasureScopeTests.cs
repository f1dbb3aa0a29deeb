using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>
/// The review (live and frozen) lists the measures of the units the caller may see: a team's measure is not shown to
/// the Teamleitung of another team nor to the Träger (no team detail). The pages read the same services (the deck shows
/// one slide at a time, so the measures slide is not in the prerendered HTML).
/// </summary>
public sealed class ReviewMeasureScopeTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string Title = "Teamplan Mitte: Einzelfallbesprechungen";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_team_measure_is_on_the_review_of_its_team_and_the_leads_only_live_and_frozen()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        await gf.CreateMeasureAsync(SteuerungApiClient.Measure(unit: "VEL-MI", title: Title));
        using var frozen = await gf.PostAsJsonAsync("/api/v1/review/snapshots", new { year = 2015, quarter = 2 }, Ct);
        frozen.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await frozen.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        foreach (var (account, sees) in new[]
                 {
                     (DemoAccounts.Geschaeftsfuehrung, true), (DemoAccounts.Bereichsleitung, true), (DemoAccounts.Teamleitung("VEL-MI"), true),
                     (DemoAccounts.Teamleitung("HIL-LG"), false), (DemoAccounts.Traeger, false),
                 })
        {
            using var client = await app.CreateApiClientAsync(account);
            var live = await client.GetJsonAsync("/api/v1/review?year=2015&quarter=2");
            var snapshot = await client.GetJsonAsync($"/api/v1/review/snapshots/{id}");
            Titles(live).Contains(Title).ShouldBe(sees, $"{account}: live review");
            Titles(snapshot).Contains(Title).ShouldBe(sees, $"{account}: frozen review");
        }

    }

    private static List<string?> Titles(JsonElement review) =>
        review.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("title").GetString()).ToList();
}
