using System.Net;
using System.Net.Http.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Steuerung;

/// <summary>Comments (rights, version check, edit history) and the Termine each role is concerned by.</summary>
public sealed class CommentAndTermineTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Team_lead_comments_its_own_team_with_history_and_a_stale_version_is_a_conflict()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("ERK-MI"));
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        const string path = "/api/v1/comments/K2/ERK-MI/2015-03";

        await (await tl.PutAsJsonAsync("/api/v1/comments/K2/GS-ERK/2015-03", new { text = "fremd" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await traeger.PutAsJsonAsync("/api/v1/comments/K2/GS-MET/2015-03", new { text = "Träger" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await tl.PutAsJsonAsync(path, new { text = "" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetRawText().ShouldContain("Bitte einen Kommentar eingeben.");

        using var first = await tl.PutAsJsonAsync(path, new { text = "Fusion mit Mettmann: Bestand sinkt" }, Ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, v1) = await SteuerungApiClient.IdAndVersionAsync(first);
        using var second = await bl.PutAsJsonAsync(path, new { text = "Fusion zum 01.04.: Bestand geht an Mettmann über", version = v1 }, Ct);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await tl.PutAsJsonAsync(path, new { text = "überschreiben", version = v1 }, Ct);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain(DemoAccounts.Bereichsleitung);

        var view = await tl.GetJsonAsync(path);
        view.GetProperty("text").GetString().ShouldBe("Fusion zum 01.04.: Bestand geht an Mettmann über");
        var history = view.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("text").GetString()).ToList();
        history.ShouldBe(["Fusion zum 01.04.: Bestand geht an Mettmann über", "Fusion mit Mettmann: Bestand sinkt"]);
        view.GetProperty("canEdit").GetBoolean().ShouldBeTrue();
        (await traeger.GetJsonAsync("/api/v1/comments/K2/JC/2015-03")).GetProperty("canEdit").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Termine_show_the_fixed_dates_by_role_and_the_team_leads_deadlines()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-LG"));
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        const string year = "/api/v1/termine?from=2015-01-01&to=2016-12-31";

        var all = (await gf.GetJsonAsync(year)).EnumerateArray().ToList();
        foreach (var date in new[] { "2015-01-15", "2015-04-15", "2015-07-15", "2015-10-15", "2015-12-31", "2016-03-31", "2015-06-30" })
        {
            all.ShouldContain(t => t.GetProperty("date").GetString() == date && t.GetProperty("kind").GetString() == "Fest", date);
        }

        all.ShouldContain(t => t.GetProperty("kind").GetString() == "Abgabefrist" && t.GetProperty("date").GetString() == "2015-07-10"
            && t.GetProperty("detail").GetString()!.Contains("noch nicht eingereicht"));
        var forTl = (await tl.GetJsonAsync(year)).EnumerateArray().ToList();
        forTl.ShouldNotContain(t => t.GetProperty("title").GetString()!.StartsWith("Bildung und Teilhabe"));
        forTl.ShouldContain(t => t.GetProperty("title").GetString()!.StartsWith("ALLEGRO"));
        var june = forTl.Where(t => t.GetProperty("date").GetString() == "2015-07-10").ToList().ShouldHaveSingleItem();
        june.GetProperty("unitCode").GetString().ShouldBe("VEL-LG");
        june.GetProperty("open").GetBoolean().ShouldBeTrue();
        forTl.Where(t => t.GetProperty("date").GetString() == "2015-06-10").ToList().ShouldHaveSingleItem().GetProperty("open").GetBoolean().ShouldBeFalse();
        var forTraeger = (await traeger.GetJsonAsync(year)).EnumerateArray().ToList();
        forTraeger.ShouldContain(t => t.GetProperty("title").GetString()!.StartsWith("Bildung und Teilhabe"));
        forTraeger.ShouldNotContain(t => t.GetProperty("kind").GetString() == "Abgabefrist");
        await (await gf.GetAsync("/api/v1/termine?from=2015-12-31&to=2015-01-01", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
