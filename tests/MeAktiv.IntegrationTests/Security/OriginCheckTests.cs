using System.Net;
using System.Text.RegularExpressions;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>
/// Issue 17, finding 7: <c>POST /api/v1/months/VEL-MI/2015-06/submit</c> with the cookie and
/// <c>Origin: https://evil.example</c> answered 200. Every unsafe API route the app maps now refuses a cookie-
/// authenticated call from a foreign origin (or with neither Origin nor Referer) with a German 403 and changes
/// nothing; the app's own origin (Origin or Referer) and bearer-token calls pass.
/// </summary>
public sealed partial class OriginCheckTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string Submit = "/api/v1/months/VEL-MI/2015-06/submit";

    [Fact]
    public async Task Every_unsafe_api_route_refuses_the_cookie_from_a_foreign_origin_in_German_and_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var stateBefore = await MonthStates.StateAsync(gf, "VEL-MI", 2015, 6);
        var (browser, cookie) = await CookieSessions.SignInAsync(app, DemoAccounts.Geschaeftsfuehrung);
        browser.Dispose();
        using var client = CookieSessions.Replaying(app, cookie);
        var routes = UnsafeApiRoutes();
        routes.ShouldContain(("POST", Submit));
        routes.Count.ShouldBeGreaterThan(15);

        var failures = new List<string>();
        foreach (var (method, url) in routes)
        {
            foreach (var headers in new[] { ("Origin", "https://evil.example"), ("Referer", "https://evil.example/seite"), ("Origin", "null"), ("", "") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
                if (headers.Item1.Length > 0)
                {
                    request.Headers.Add(headers.Item1, headers.Item2);
                }

                using var response = await client.SendAsync(request, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                if (response.StatusCode != HttpStatusCode.Forbidden || !body.Contains("kommt nicht von ME-aktiv selbst", StringComparison.Ordinal))
                {
                    failures.Add($"{method} {url} with {(headers.Item1.Length > 0 ? headers.Item1 + ": " + headers.Item2 : "neither Origin nor Referer")}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 120)]}");
                }
            }
        }

        failures.ShouldBeEmpty($"{failures.Count} cookie writes from a foreign origin were not refused:\n" + string.Join("\n", failures));
        (await MonthStates.StateAsync(gf, "VEL-MI", 2015, 6)).ShouldBe(stateBefore, "no refused call changed the month");
        using var problem = new HttpRequestMessage(HttpMethod.Post, Submit);
        problem.Headers.Add("Origin", "https://evil.example");
        var json = await (await client.SendAsync(problem, ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        json.Text("title").ShouldBe("Keine Berechtigung");
        json.Text("detail").ShouldBe(OriginCheck.Detail);
    }

    [Fact]
    public async Task The_apps_own_origin_passes_by_Origin_or_Referer_and_bearer_calls_are_not_affected()
    {
        var ct = TestContext.Current.CancellationToken;
        var (browser, cookie) = await CookieSessions.SignInAsync(app, DemoAccounts.Teamleitung("HIL-LG"));
        browser.Dispose();
        using var client = CookieSessions.Replaying(app, cookie);

        using var byOrigin = new HttpRequestMessage(HttpMethod.Post, "/api/v1/months/HIL-LG/2015-06/submit");
        byOrigin.Headers.Add("Origin", "http://localhost");
        (await client.SendAsync(byOrigin, ct)).StatusCode.ShouldNotBe(HttpStatusCode.Forbidden);
        using var byReferer = new HttpRequestMessage(HttpMethod.Put, "/api/v1/comments/K2/HIL-LG/2015-06")
        {
            Content = new StringContent("""{"text":"Aus der Anwendung"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        byReferer.Headers.Add("Referer", "http://localhost/erfassung");
        (await client.SendAsync(byReferer, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var bearer = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-LG"));
        using var foreign = new HttpRequestMessage(HttpMethod.Put, "/api/v1/comments/K3/HIL-LG/2015-06")
        {
            Content = new StringContent("""{"text":"Aus einem Skript"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        foreign.Headers.Add("Origin", "https://evil.example");
        (await bearer.SendAsync(foreign, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Every POST/PUT/PATCH/DELETE route under /api the app maps, with sample values for its parameters.</summary>
    private List<(string Method, string Url)> UnsafeApiRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => (m, Sample(e.RoutePattern.RawText!))))
            .Distinct()
            .ToList();

    private static string Sample(string pattern) =>
        "/" + Parameter().Replace(pattern.TrimStart('/'), m => m.Groups[1].Value switch
        {
            "unit" => "VEL-MI",
            "month" => "2015-06",
            "indicator" => "K2",
            "component" => "INT",
            "code" => "K2",
            "year" => "2015",
            _ => Guid.Empty.ToString(),
        }).TrimEnd('/');

    [GeneratedRegex(@"\{([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
