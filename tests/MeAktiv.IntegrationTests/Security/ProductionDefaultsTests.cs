using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>Cookie flags with the production defaults, and an error path: no stack trace, no SQL in any answer.</summary>
public sealed class ProductionDefaultsTests(ProductionDefaultsAppFactory app) : IClassFixture<ProductionDefaultsAppFactory>
{
    private static readonly string[] Internals =
        ["SqliteException", "SELECT", "no such table", "Microsoft.EntityFrameworkCore", "   at ", "StackTrace", "MeAktiv.Core."];

    [Fact]
    public async Task Auth_and_antiforgery_cookies_are_secure_httponly_and_samesite_strict()
    {
        using var client = HttpsBrowser();
        var ct = TestContext.Current.CancellationToken;

        using var page = await client.GetAsync(LoginForm.Path, ct);
        var antiforgery = page.SetCookies().ShouldHaveSingleItem();
        using var login = await LoginForm.SubmitAsync(client, DemoAccounts.Geschaeftsfuehrung, DemoAccounts.Password);

        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var auth = login.SetCookies().ShouldHaveSingleItem();
        auth.ShouldStartWith(LoginForm.AuthCookie + "=");
        foreach (var cookie in new[] { antiforgery, auth })
        {
            cookie.ShouldContain("; secure", Case.Insensitive);
            cookie.ShouldContain("; httponly", Case.Insensitive);
            cookie.ShouldContain("; samesite=strict", Case.Insensitive);
        }
    }

    [Fact]
    public async Task A_database_error_answers_500_without_stack_trace_or_sql_on_api_and_page()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = HttpsBrowser();
        api.DefaultRequestHeaders.Authorization = new("Bearer", (await app.GetTokenAsync(DemoAccounts.Geschaeftsfuehrung)).AccessToken);
        using var page = HttpsBrowser(); // Secure cookies: the antiforgery of the login form refuses plain http
        (await LoginForm.SubmitAsync(page, DemoAccounts.Geschaeftsfuehrung, DemoAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await RenameTargetsAsync("Targets", "Targets_broken");
        try
        {
            using var apiAnswer = await api.GetAsync("/api/v1/targets?year=2015", ct);
            using var pageAnswer = await page.GetAsync("/ziele?jahr=2015", ct);

            var problem = await apiAnswer.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
            problem.Text("detail")!.ShouldContain("internen Fehlers");
            var apiBody = await apiAnswer.Content.ReadAsStringAsync(ct);
            var pageBody = await pageAnswer.Content.ReadAsStringAsync(ct);
            pageAnswer.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
            WebUtility.HtmlDecode(pageBody).ShouldContain("Ein Fehler ist aufgetreten");
            foreach (var internals in Internals)
            {
                apiBody.ShouldNotContain(internals, Case.Insensitive);
                pageBody.ShouldNotContain(internals, Case.Sensitive);
            }
        }
        finally
        {
            await RenameTargetsAsync("Targets_broken", "Targets");
        }
    }

    private HttpClient HttpsBrowser() => app.CreateClient(new()
    {
        BaseAddress = new Uri("https://zielnachhaltung.jobcenter.example/"), AllowAutoRedirect = false, HandleCookies = true,
    });

    private async Task RenameTargetsAsync(string from, string to)
    {
        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"ALTER TABLE \"{from}\" RENAME TO \"{to}\"";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
