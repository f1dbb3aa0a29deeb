using System.Net;
using System.Text;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Api;

/// <summary>
/// Issue 17: malformed JSON was logged as an error 500 with a stack trace although the client got a 400, so anonymous
/// callers could fill the log. In Development (where ASP.NET Core throws on a body it cannot bind) and in the tests'
/// environment alike: a German 400 problem and at most a warning without a stack trace.
/// </summary>
public sealed class MalformedJsonTests(DevelopmentAppFactory app) : IClassFixture<DevelopmentAppFactory>
{
    [Theory]
    [InlineData("POST", "/api/v1/auth/login", false)]
    [InlineData("PUT", "/api/v1/actuals/VEL-MI/K2/INT/2015-06", true)]
    [InlineData("POST", "/api/v1/months/VEL-MI/2015-06/close", true)]
    [InlineData("POST", "/api/v1/months/VEL-MI/2015-06/reopen", true)]
    [InlineData("POST", "/api/v1/measures", true)]
    public async Task Malformed_JSON_is_a_German_400_and_no_error_in_the_log(string method, string path, bool signedIn)
    {
        using var client = signedIn ? await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung) : app.CreateClient();
        app.Events.Clear();

        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent("{\"value\": 91,", Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        problem.GetProperty("detail").GetString()!.ShouldContain("JSON");
        app.ErrorsAndStackTraces().ShouldBeEmpty();
    }
}
