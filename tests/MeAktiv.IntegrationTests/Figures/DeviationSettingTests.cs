using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>The app with <c>Deviations:CommentFrom=RedAndYellow</c>: yellow targets need a comment too.</summary>
public sealed class RedAndYellowAppFactory : MeAktivAppFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Deviations:CommentFrom", "RedAndYellow");
}

/// <summary>The setting of which lights need a comment is read from the configuration (docs/operations.md).</summary>
public sealed class DeviationSettingTests(RedAndYellowAppFactory app) : IClassFixture<RedAndYellowAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_red_and_yellow_the_submit_and_the_list_take_yellow_targets_too()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var asked = await (await gf.PostAsync("/api/v1/months/VEL-MI/2015-06/submit", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        asked.Text("detail")!.ShouldStartWith("Bitte zu jedem Ziel, das rot oder gelb ist, einen Kommentar angeben:");

        var may = await gf.GetFromJsonAsync<JsonElement>("/api/v1/deviations/uncommented?year=2015&month=5", Ct);
        var lights = may.EnumerateArray().Select(d => d.GetProperty("light").GetString()).Distinct().Order().ToList();
        lights.ShouldBe(["Red", "Yellow"], "May 2015 of the demo has red and yellow targets; with this setting both are listed");
    }
}
