using System.Net;

namespace MeAktiv.IntegrationTests.Infrastructure;

/// <summary>Sign-in cookies as an attacker would replay them, and the form posts of the app bar (logout).</summary>
public static class CookieSessions
{
    /// <summary>Signs in through the login form and returns the <c>MeAktiv.Auth=…</c> pair the browser received.</summary>
    public static async Task<(HttpClient Browser, string Cookie)> SignInAsync(MeAktivAppFactory app, string email,
        string password = DemoAccounts.Password)
    {
        var browser = app.CreateBrowserClient();
        using var response = await LoginForm.SubmitAsync(browser, email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"login of {email}");
        return (browser, AuthCookie(response).ShouldNotBeNull("the login set the auth cookie"));
    }

    /// <summary>The <c>MeAktiv.Auth=…</c> pair of a response's Set-Cookie, or null.</summary>
    public static string? AuthCookie(HttpResponseMessage response) => response.SetCookies()
        .Where(c => c.StartsWith(LoginForm.AuthCookie + "=", StringComparison.Ordinal))
        .Select(c => c.Split(';')[0])
        .FirstOrDefault(c => c.Length > LoginForm.AuthCookie.Length + 1);

    /// <summary>A client that sends exactly this cookie (no cookie handling, no redirects followed).</summary>
    public static HttpClient Replaying(MeAktivAppFactory app, string cookie)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false,
        });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Clicks "Abmelden" of the app bar: the form on a page, posted back with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> LogoutAsync(HttpClient browser)
    {
        var ct = TestContext.Current.CancellationToken;
        using var page = await browser.GetAsync("/hilfe", ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var fields = LoginForm.HiddenInputs(await page.Content.ReadAsStringAsync(ct));
        fields.ShouldContainKey("__RequestVerificationToken");
        using var form = new FormUrlEncodedContent(fields);
        return await browser.PostAsync("/account/logout", form, ct);
    }
}
