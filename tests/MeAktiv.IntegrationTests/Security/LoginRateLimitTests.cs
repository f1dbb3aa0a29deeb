using System.Net;
using System.Net.Http.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>
/// Sign-in attempts are limited per client address (Security:LoginRateLimit): the API answers a German 429 problem,
/// the form a German 429 page, both with Retry-After; other requests are not limited. One test, since the window is shared.
/// </summary>
public sealed class LoginRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task Login_attempts_over_the_limit_get_429_in_German_on_api_and_form_and_other_requests_pass()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = app.CreateClient();
        for (var i = 1; i <= RateLimitedAppFactory.Limit; i++)
        {
            using var failed = await api.PostAsJsonAsync("/api/v1/auth/login",
                new { email = DemoAccounts.Traeger, password = "Falsch!2015" }, ct);
            failed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"attempt {i} is within the limit");
        }

        // Even the right password is refused now, before Identity is asked.
        using var limited = await api.PostAsJsonAsync("/api/v1/auth/login",
            new { email = DemoAccounts.Traeger, password = DemoAccounts.Password }, ct);
        var problem = await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.Text("title").ShouldBe("Zu viele Anfragen");
        problem.Text("detail")!.ShouldContain("Zu viele Anmeldeversuche");
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadAsStringAsync(ct)).ShouldNotContain("accessToken");

        // The login form shares the limit; the page itself (GET) is not limited.
        using var browser = app.CreateBrowserClient();
        using var form = await LoginForm.SubmitAsync(browser, DemoAccounts.Traeger, DemoAccounts.Password);
        form.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        form.Headers.RetryAfter.ShouldNotBeNull();
        WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync(ct)).ShouldContain("Zu viele Anmeldeversuche");
        form.SetCookies().ShouldNotContain(c => c.StartsWith(LoginForm.AuthCookie, StringComparison.Ordinal));

        using var health = await api.GetAsync("/health", ct);
        health.StatusCode.ShouldBe(HttpStatusCode.OK, "only sign-in attempts are limited");
    }
}
