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
    public async Task Signed_in_user_gets_the_German_status_page_with_the_real_status(string path, HttpStatusCode status, string text)
    {
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(status);
        response.Headers.Location.ShouldBeNull();
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(text);
    }
}
