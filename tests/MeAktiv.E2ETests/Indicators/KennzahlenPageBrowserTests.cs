using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Indicators;

/// <summary>
/// "Kennzahlen je Jahr" in Chromium: the Administration switches KD off for 2017 on the page; without a reason the page
/// says why nothing was saved, with one the row stays off after a reload. Own app (the test switches an indicator), run
/// with the Erfassung classes one after another; a fresh browser context per test.
/// </summary>
[Collection(ErfassungCollection.Name)]
public sealed class KennzahlenPageBrowserTests(KestrelAppFixture app) : IClassFixture<KestrelAppFixture>, IAsyncLifetime
{
    private const string Admin = "admin@me-aktiv.example";
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await _browser.NewPageAsync();
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Administration_switches_kd_off_for_2017_with_a_reason()
    {
        await _page.SignInAtAsync("/verwaltung/kennzahlen?jahr=2017", Admin, KestrelAppFixture.DemoPassword);
        await _page.WaitForCircuitAsync();
        var kd = _page.Locator("[data-testid=indicator-years] tr[data-indicator=KD]");
        await Expect(kd).ToHaveAttributeAsync("data-active", "true");

        await kd.Locator("input[type=checkbox]").ClickAsync(new() { Force = true });
        await kd.Locator("[data-testid=indicator-save]").ClickAsync();
        await Expect(_page.Locator("[data-testid=indicator-errors]")).ToContainTextAsync("Bitte einen Grund angeben");
        await Expect(kd).ToHaveAttributeAsync("data-active", "true");

        await kd.Locator("[data-testid=indicator-reason]").FillAsync("Kontaktdichte wird 2017 nicht mehr erhoben");
        await kd.Locator("[data-testid=indicator-save]").ClickAsync();
        await Expect(kd).ToHaveAttributeAsync("data-active", "false");

        await _page.ReloadAsync();
        await _page.WaitForCircuitAsync();
        await Expect(_page.Locator("[data-testid=indicator-years] tr[data-indicator=KD]")).ToHaveAttributeAsync("data-active", "false");
        await Expect(_page.Locator("[data-testid=indicator-years] tr[data-indicator=K2]")).ToHaveAttributeAsync("data-active", "true");
    }
}
