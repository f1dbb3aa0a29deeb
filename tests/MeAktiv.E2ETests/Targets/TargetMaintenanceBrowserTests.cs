using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Targets;

/// <summary>
/// Ziele pflegen in Chromium: the Geschäftsführung finalises K2 at 21,40 % on the page; the version history shows it and
/// the Zielübersicht says "final" right away. Own app (the test changes a target), run with the Erfassung classes one
/// after another; a fresh browser context per test.
/// </summary>
[Collection(ErfassungCollection.Name)]
public sealed class TargetMaintenanceBrowserTests(KestrelAppFixture app) : IClassFixture<KestrelAppFixture>, IAsyncLifetime
{
    private const string Gf = "gf@me-aktiv.example";
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await _browser.NewPageAsync();
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Geschaeftsfuehrung_finalises_the_Integrationsquote_at_21_40_on_the_page()
    {
        await _page.SignInAtAsync("/ziele/pflege?jahr=2015&einheit=JC&kennzahl=K2", Gf, KestrelAppFixture.DemoPassword);
        await _page.WaitForCircuitAsync();
        await Expect(_page.Locator("[data-testid=target-current-value]")).ToContainTextAsync("21,40 %");
        await Expect(_page.Locator("[data-testid=target-versions] tbody tr")).ToHaveCountAsync(2);

        await _page.GetByTestId("target-value").FillAsync("21,40");
        await _page.GetByTestId("target-status").ClickAsync();
        await _page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "endgültig" }).First.ClickAsync();
        await Expect(_page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await _page.GetByTestId("target-decided").FillAsync("20.03.2015");
        await _page.GetByTestId("target-note").FillAsync("Zielvereinbarung 2015 unterschrieben");
        await _page.Locator("[data-testid=target-save]").ClickAsync();

        await Expect(_page.Locator("[data-testid=target-saved]")).ToContainTextAsync("Version 3 gespeichert: 21,40 % (endgültig)");
        await Expect(_page.Locator("[data-testid=target-versions] tbody tr")).ToHaveCountAsync(3);
        await Expect(_page.Locator("[data-testid=target-versions] tr[data-version='3']")).ToContainTextAsync("final");

        await _page.GotoAsync("/ziele?jahr=2015");
        var k2 = _page.Locator("[data-testid=target-overview] tr[data-indicator=K2]");
        await Expect(k2.Locator("[data-col=target]")).ToContainTextAsync("21,40 %");
        await Expect(k2.Locator(".status-chip")).ToHaveTextAsync("final");
    }
}
