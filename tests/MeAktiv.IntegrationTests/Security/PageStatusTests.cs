using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>A page the role may not open answers 403 with the German status page (no redirect); a missing page 404.</summary>
[Collection(SharedAppCollection.Name)]
public sealed class PageStatusTests(MeAktivAppFactory app)
{
    [Theory]
    [InlineData("/erfassung", HttpStatusCode.Forbidden, "Sie haben keine Berechtigung für diese Seite.")]
    [InlineData("/gibt-es-nicht", HttpStatusCode.NotFound, "Die aufgerufene Seite gibt es nicht.")]
    // A unit the role may not see named in the URL of a page: the page's own message with 403; an unknown unit or
    // indicator: 404, which Blazor answers with the app's "not found" page (Router NotFoundPage).
    [InlineData("/uebersicht/einheit/VEL-MI?jahr=2015", HttpStatusCode.Forbidden, "Keine Berechtigung für die Organisationseinheit 'VEL-MI'.")]
    [InlineData("/uebersicht/kennzahl/K2?einheit=VEL-MI&jahr=2015", HttpStatusCode.Forbidden, "Keine Berechtigung für die Organisationseinheit 'VEL-MI'.")]
    [InlineData("/ziele?jahr=2015&einheit=VEL-MI", HttpStatusCode.Forbidden, "Keine Berechtigung für die Organisationseinheit 'VEL-MI'.")]
    [InlineData("/uebersicht/einheit/XYZ?jahr=2015", HttpStatusCode.NotFound, "Die aufgerufene Seite gibt es nicht.")]
    // The unit as the Gesamtübersicht's filter form sends it (a query value): the same answers.
    [InlineData("/uebersicht?einheit=VEL-MI&jahr=2015", HttpStatusCode.Forbidden, "Keine Berechtigung für die Organisationseinheit 'VEL-MI'.")]
    [InlineData("/uebersicht?einheit=XYZ&jahr=2015", HttpStatusCode.NotFound, "Die aufgerufene Seite gibt es nicht.")]
    [InlineData("/uebersicht/kennzahl/K99?einheit=JC&jahr=2015", HttpStatusCode.NotFound, "Die aufgerufene Seite gibt es nicht.")]
    public async Task Signed_in_user_gets_the_German_status_page_with_the_real_status(string path, HttpStatusCode status, string text)
    {
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(status);
        response.Headers.Location.ShouldBeNull();
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        body.ShouldContain(text, customMessage: System.Text.RegularExpressions.Regex.Match(body, "<title>.*?</title>").Value + System.Text.RegularExpressions.Regex.Match(body, "<h1.*?</h1>").Value);
    }

    /// <summary>Issue 17: the Erfassung named another team's unit with 200 and a refusal text, the dashboards with 403.</summary>
    [Theory]
    [InlineData("/erfassung?einheit=MET-MI", HttpStatusCode.Forbidden, "Die Einheit 'MET-MI' gibt es nicht, oder Sie dürfen sie nicht sehen.")]
    [InlineData("/erfassung/verlauf?einheit=MET-MI", HttpStatusCode.Forbidden, "Die Einheit 'MET-MI' gibt es nicht, oder Sie dürfen sie nicht sehen.")]
    [InlineData("/erfassung?einheit=XYZ", HttpStatusCode.NotFound, "Die aufgerufene Seite gibt es nicht.")]
    [InlineData("/erfassung/verlauf?einheit=XYZ", HttpStatusCode.NotFound, "Die aufgerufene Seite gibt es nicht.")]
    [InlineData("/erfassung?einheit=VEL-MI", HttpStatusCode.OK, "Erfassung")]
    public async Task The_Erfassung_refuses_a_unit_of_another_team_with_403_like_the_dashboards(string path, HttpStatusCode status, string text)
    {
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Teamleitung("VEL-MI"));

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(status);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(text);
    }
}
