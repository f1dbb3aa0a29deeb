using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;

namespace MeAktiv.IntegrationTests.Review;

/// <summary>The review screen shows the Jobcenter's comment per target and the measures of the year, from the process.</summary>
public sealed class ReviewNotesTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_comment_of_the_Jobcenter_and_a_measure_of_the_year_appear_on_the_review_and_a_later_comment_does_not()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        (await gf.PutAsJsonAsync("/api/v1/comments/K2/JC/2015-05", new { text = "Mai: Saisoneffekt" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await gf.PutAsJsonAsync("/api/v1/comments/K2/JC/2015-06", new { text = "Juni: Aufholeffekt erwartet" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await gf.PutAsJsonAsync("/api/v1/comments/K3/JC/2015-07", new { text = "Juli: nach dem Quartal" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await gf.CreateMeasureAsync(SteuerungApiClient.Measure(title: "Gruppeninfo Langzeitbezieher", owner: DemoAccounts.Bereichsleitung));

        var review = await gf.GetFromJsonAsync<JsonElement>("/api/v1/review?year=2015&quarter=2", Ct);

        string? Comment(string code) => review.GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("code").GetString() == code).GetProperty("comment").GetString();
        Comment("K2").ShouldBe("Juni: Aufholeffekt erwartet");
        Comment("K3").ShouldBeNull();
        var measure = review.GetProperty("measures").EnumerateArray().ShouldHaveSingleItem();
        (measure.GetProperty("title").GetString(), measure.GetProperty("indicatorCode").GetString(), measure.GetProperty("state").GetString())
            .ShouldBe(("Gruppeninfo Langzeitbezieher", "K2", "offen"));
    }
}
