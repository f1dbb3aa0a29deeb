using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Targets;

/// <summary>
/// The ESF target (150 starts from 04/2015 to 12/2017) on the Gesamtübersicht in Chromium: in 03/2015 it has no light
/// (not red) and says "Zeitraum beginnt 04/2015"; in 05/2015 (demo: 27 starts against 150 · 2 / 33) it is green.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EsfPeriodBrowserTests(KestrelAppFixture app) : IAsyncLifetime
{
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await _browser.NewPageAsync(new ViewportSize { Width = 1440, Height = 900 });
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Gf_sees_esf_without_a_light_in_march_2015_and_lit_in_may()
    {
        await _page.SignInAtAsync("/uebersicht?jahr=2015&monat=3", "gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await _page.WaitForCircuitAsync();
        var loaded = _page.Locator("[data-testid=dashboard-loaded]");
        await Expect(loaded).ToHaveAttributeAsync("data-month", "3");
        var esf = _page.Locator("[data-testid=indicator-card][data-indicator=ESF]");
        await Expect(esf).ToHaveAttributeAsync("data-light", "none");
        await Expect(esf.Locator("[data-testid=period-note]")).ToHaveTextAsync("Zeitraum beginnt 04/2015");
        await Expect(esf.Locator("[data-testid=card-period]")).ToHaveTextAsync("04/2015–12/2017");

        await _page.GotoAsync("/uebersicht?jahr=2015&monat=5");
        await _page.WaitForCircuitAsync();
        await Expect(loaded).ToHaveAttributeAsync("data-month", "5");
        await Expect(esf).ToHaveAttributeAsync("data-light", "green");
        await Expect(esf.Locator("[data-testid=period-note]")).ToHaveCountAsync(0);
    }
}
