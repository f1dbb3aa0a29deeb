using System.Text.RegularExpressions;
using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Account;

/// <summary>The way a user comes in: "/ziele" → login page → Zielübersicht, in a real browser against a real socket.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LoginAndOverviewTests(KestrelAppFixture app) : IAsyncLifetime
{
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _page = await _browser.NewPageAsync(); // a new browser context: signed out, nothing left from other tests
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Geschaeftsfuehrung_signs_in_and_sees_the_Zieluebersicht_2015()
    {
        await _page.GotoAsync("/ziele");
        await Expect(_page).ToHaveURLAsync(LoginUrl());

        await _page.SubmitLoginAsync("gf@me-aktiv.example", KestrelAppFixture.DemoPassword);

        await Expect(_page).ToHaveURLAsync(app.BaseUrl + "ziele");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Zielübersicht 2015" })).ToBeVisibleAsync();
        var k2 = _page.Locator("tr[data-indicator='K2']");
        await Expect(k2).ToContainTextAsync("Integrationsquote");
        // The agreed target 21,4 %, written as the Zielvereinbarung does (21,40 %, German.Target).
        await Expect(k2.Locator("[data-col=target]")).ToHaveTextAsync(TargetK2());
        await Expect(k2).ToContainTextAsync("vorläufig");
        var k3 = _page.Locator("tr[data-indicator='K3']");
        await Expect(k3).ToContainTextAsync("Bestand Langzeitleistungsbezieher");
        await Expect(k3.Locator("[data-col=target]")).ToHaveTextAsync("17.970");
        await _page.WaitForCircuitAsync(); // the page goes interactive, e.g. the year select works from here on
        await Expect(_page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Wrong_password_shows_the_German_error_and_stays_on_the_login_page()
    {
        await _page.GotoAsync("/account/login");

        await _page.SubmitLoginAsync("gf@me-aktiv.example", "Falsch!2015");

        await Expect(_page.GetByTestId("login-error"))
            .ToContainTextAsync("Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort ist falsch.");
        await Expect(_page).ToHaveURLAsync(LoginUrl());
        (await _page.Context.CookiesAsync()).ShouldNotContain(c => c.Name.StartsWith("MeAktiv.Auth", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"/account/login(\?.*)?$")]
    private static partial Regex LoginUrl();

    [GeneratedRegex(@"^\s*21,40?\s%\s*$")]
    private static partial Regex TargetK2();
}
