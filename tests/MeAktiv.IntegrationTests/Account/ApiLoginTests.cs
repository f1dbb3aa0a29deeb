using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Account;

/// <summary>POST /api/v1/auth/login: bearer tokens, 401 without revealing why, lockout (login collection: it locks an account).</summary>
[Collection(LoginAppCollection.Name)]
public sealed class ApiLoginTests(MeAktivAppFactory app)
{
    private const string WrongPassword = "Falsch!2015";

    [Fact]
    public async Task Right_credentials_give_a_bearer_token_that_opens_the_api()
    {
        using var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        using var response = await client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = DemoAccounts.Geschaeftsfuehrung, password = DemoAccounts.Password }, ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var body = json.RootElement;
        body.Text("tokenType").ShouldBe("Bearer");
        body.Text("accessToken").ShouldNotBeNullOrWhiteSpace();
        body.Text("refreshToken").ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("expiresIn").GetInt64().ShouldBe(3600);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/org-units");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", body.Text("accessToken"));
        using var api = await client.SendAsync(request, ct);
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("kaputt")]
    [InlineData("{\"email\": \"gf@me-aktiv.example\"")]
    public async Task Malformed_json_answers_400_in_German_without_internals(string body)
    {
        using var client = app.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/auth/login", content, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Text("detail")!.ShouldContain("kein gültiges JSON");
        problem.TryGetProperty("exception", out _).ShouldBeFalse();
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("System.Text.Json");
    }

    [Fact]
    public async Task Wrong_password_answers_401_problem_details()
    {
        using var response = await LoginAsync(DemoAccounts.Bereichsleitung, WrongPassword);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.Text("detail").ShouldNotBeNullOrWhiteSpace();
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("accessToken");
    }

    [Fact]
    public async Task Unknown_email_answers_exactly_like_a_wrong_password()
    {
        using var wrongPassword = await LoginAsync(DemoAccounts.Bereichsleitung, WrongPassword);
        using var unknownEmail = await LoginAsync("niemand@me-aktiv.example", WrongPassword);

        var expected = await wrongPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var actual = await unknownEmail.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Comparable(actual).ShouldBe(Comparable(expected));
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_right_password_is_refused_too()
    {
        var account = DemoAccounts.Teamleitung("RAT-AKT"); // used by no other test of the login collection
        using (var first = await LoginAsync(account, DemoAccounts.Password))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.OK, "the account must work before the lockout");
        }

        JsonElement? lastFailure = null;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var failed = await LoginAsync(account, WrongPassword);
            lastFailure = await failed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var locked = await LoginAsync(account, DemoAccounts.Password);

        var problem = await locked.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Comparable(problem).ShouldBe(Comparable(lastFailure!.Value), "a locked account must not be told apart from a wrong password");
    }

    private async Task<HttpResponseMessage> LoginAsync(string email, string password)
    {
        using var client = app.CreateClient();
        return await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, TestContext.Current.CancellationToken);
    }

    /// <summary>The problem's content without the per-request traceId.</summary>
    private static string Comparable(JsonElement problem) => string.Join("\n",
        problem.EnumerateObject().Where(p => p.Name != "traceId").OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value.GetRawText()}"));
}
