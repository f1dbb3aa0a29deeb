using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Account;

/// <summary>
/// Issue 17, finding 6: after logout the old cookie still read and submitted a month. Logout now ends the account's
/// sessions on the server (new security stamp, checked on every request): a replayed cookie reads and writes nothing,
/// a bearer token ends with the API logout.
/// </summary>
public sealed class SessionRevocationTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string Submit = "/api/v1/months/VEL-MI/2015-06/submit";

    [Fact]
    public async Task A_cookie_replayed_after_logout_reads_and_submits_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var state = await MonthStates.StateAsync(gf, "VEL-MI", 2015, 6);
        state.ShouldBe("Entwurf", "the demo month must be open, or the refused submit proves nothing");
        var (browser, cookie) = await CookieSessions.SignInAsync(app, DemoAccounts.Teamleitung("VEL-MI"));
        using var replay = CookieSessions.Replaying(app, cookie);
        (await replay.GetAsync("/api/v1/months?year=2015&month=6", ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "the copy works before the logout");

        using (var logout = await CookieSessions.LogoutAsync(browser))
        {
            logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            logout.RedirectTarget().ShouldBe("/account/login");
        }

        using var page = await replay.GetAsync("/erfassung", ct);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.RedirectTarget()!.ShouldStartWith(LoginForm.Path);
        (await replay.GetAsync("/api/v1/months?year=2015&month=6", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var submit = new HttpRequestMessage(HttpMethod.Post, Submit);
        submit.Headers.Add("Origin", "http://localhost");
        (await replay.SendAsync(submit, ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await MonthStates.StateAsync(gf, "VEL-MI", 2015, 6)).ShouldBe(state);
        browser.Dispose();
    }

    [Fact]
    public async Task A_bearer_token_ends_with_the_api_logout_and_a_new_sign_in_works()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-MI"));
        (await api.GetAsync("/api/v1/org-units", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.PostAsync("/api/v1/auth/logout", null, ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await api.GetAsync("/api/v1/org-units", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var again = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-MI"));
        (await again.GetAsync("/api/v1/org-units", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
