using System.Net;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>The app with single sign-on configured (the identity provider is never contacted by these tests).</summary>
public sealed class OidcAppFactory : MeAktivAppFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Authentication:Oidc:Authority", "https://anmeldung.behoerde.example/realms/jobcenter");
        builder.UseSetting("Authentication:Oidc:ClientId", "me-aktiv");
        builder.UseSetting("Authentication:Oidc:ClientSecret", "geheim");
        builder.UseSetting("Authentication:Oidc:RoleMap:JC-GF", "Geschaeftsfuehrung");
    }
}

/// <summary>Single sign-on is configuration only: with the settings the login page offers it, local accounts still work.</summary>
public sealed class OidcConfigurationTests(OidcAppFactory app) : IClassFixture<OidcAppFactory>
{
    [Fact]
    public async Task With_oidc_settings_the_app_starts_offers_the_button_and_local_accounts_still_sign_in()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateBrowserClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/account/login?ReturnUrl=%2Ferfassung", ct));
        using var local = await LoginForm.SubmitAsync(app.CreateBrowserClient(), DemoAccounts.Geschaeftsfuehrung, DemoAccounts.Password);

        html.ShouldContain("Mit Behördenkonto anmelden");
        html.ShouldContain("href=\"/account/login/oidc?returnUrl=%2Ferfassung\"");
        local.StatusCode.ShouldBe(HttpStatusCode.Redirect, "local accounts stay the default");
    }

    [Fact]
    public async Task A_callback_without_a_provider_sign_in_goes_back_to_the_login_page_with_a_German_message()
    {
        using var client = app.CreateBrowserClient();
        var ct = TestContext.Current.CancellationToken;

        using var callback = await client.GetAsync("/account/login/oidc/callback?returnUrl=%2F", ct);
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var target = callback.RedirectTarget().ShouldNotBeNull();
        target.ShouldBe("/account/login?oidc=fehlgeschlagen");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(target, ct));

        html.ShouldContain("Die Anmeldung mit dem Behördenkonto ist fehlgeschlagen.");
        callback.SetCookies().ShouldNotContain(c => c.StartsWith(LoginForm.AuthCookie + "=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970"));
    }
}

/// <summary>Without the settings (the default) there is no single sign-on: no button, no endpoint.</summary>
[Collection(SharedAppCollection.Name)]
public sealed class NoOidcTests(MeAktivAppFactory app)
{
    [Fact]
    public async Task Without_oidc_settings_there_is_no_button_and_no_oidc_endpoint()
    {
        using var client = app.CreateBrowserClient();
        var ct = TestContext.Current.CancellationToken;

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/account/login", ct));
        using var endpoint = await client.GetAsync("/account/login/oidc", ct);

        html.ShouldNotContain("Behördenkonto");
        endpoint.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        AuthorizationMatrixTests.EndpointKeys(app.Services).ShouldNotContain(k => k.Contains("oidc", StringComparison.OrdinalIgnoreCase));
    }
}
