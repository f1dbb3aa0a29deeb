using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Account;

/// <summary>The login form (static SSR with antiforgery) over HTTP: error message, cookie, return URL.</summary>
[Collection(LoginAppCollection.Name)]
public sealed class UiLoginTests(MeAktivAppFactory app)
{
    [Fact]
    public async Task Wrong_password_rerenders_the_form_with_the_German_error_and_sets_no_auth_cookie()
    {
        using var client = app.CreateBrowserClient();

        using var response = await LoginForm.SubmitAsync(client, DemoAccounts.Administration, "Falsch!2015");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(LoginForm.ErrorMessage);
        html.ShouldContain("data-testid=\"login-error\"");
        response.SetCookies().ShouldNotContain(c => c.StartsWith(LoginForm.AuthCookie, StringComparison.Ordinal));

        using var home = await client.GetAsync("/", TestContext.Current.CancellationToken);
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect, "still signed out");
    }

    [Fact]
    public async Task Right_password_sets_the_auth_cookie_and_opens_the_home_page()
    {
        using var client = app.CreateBrowserClient();

        using var response = await LoginForm.SubmitAsync(client, DemoAccounts.Geschaeftsfuehrung, DemoAccounts.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect,
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        response.RedirectTarget().ShouldBe("/");
        var cookie = response.SetCookies().ShouldHaveSingleItem(); // the antiforgery cookie came with the GET
        cookie.ShouldStartWith(LoginForm.AuthCookie + "=");
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);

        using var home = await client.GetAsync("/", TestContext.Current.CancellationToken);
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_UI_cookie_also_opens_the_api()
    {
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);

        using var response = await client.GetAsync("/api/v1/org-units", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Logout_with_the_layouts_antiforgery_token_ends_the_session()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Teamleitung("HIL-LG"));
        var token = await LogoutTokenAsync(client);

        using var logout = await client.PostAsync("/account/logout",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), ct);

        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        logout.RedirectTarget().ShouldBe(LoginForm.Path);
        using var after = await client.GetAsync("/", ct);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed out");
    }

    [Fact]
    public async Task Logout_without_antiforgery_token_is_refused_and_keeps_the_session()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Teamleitung("HIL-MI"));

        using var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]), ct);

        logout.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var after = await client.GetAsync("/", ct);
        after.StatusCode.ShouldBe(HttpStatusCode.OK, "still signed in");
    }

    [Theory]
    [InlineData("/?jahr=2014", "/?jahr=2014")]
    [InlineData("https://evil.example/phish", "/")]
    [InlineData("//evil.example/phish", "/")]
    [InlineData("/\\evil.example/phish", "/")]
    [InlineData("/account/logout", "/")]
    public async Task Return_url_is_followed_only_inside_the_app(string returnUrl, string expectedLocation)
    {
        using var client = app.CreateBrowserClient();

        using var response = await LoginForm.SubmitAsync(client, DemoAccounts.Bereichsleitung, DemoAccounts.Password, returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectTarget().ShouldBe(expectedLocation);
    }

    /// <summary>The antiforgery token of the logout form in the layout of "/".</summary>
    private static async Task<string> LogoutTokenAsync(HttpClient client)
    {
        var ct = TestContext.Current.CancellationToken;
        using var home = await client.GetAsync("/", ct);
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        return LoginForm.HiddenInputs(await home.Content.ReadAsStringAsync(ct))
            .GetValueOrDefault("__RequestVerificationToken").ShouldNotBeNull("the layout's logout form carries the token");
    }
}
