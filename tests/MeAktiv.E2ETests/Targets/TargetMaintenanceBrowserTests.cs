using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Targets;

/// <summary>
/// Ziele pflegen in Chromium: the Geschäftsführung finalises K2 at 21,40 % on the page; the version history shows it and
/// the Zielübersicht says "final" right away. And Pflichten und Meilensteine (<c>/ziele/pflichten</c>): the Klausurtagung
/// marked done with its Nachweis, shown so in the Zielübersicht. Own app (the tests change data), run with the Erfassung
/// classes one after another; a fresh browser context per test.
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

    [Fact]
    public async Task Geschaeftsfuehrung_marks_the_Klausurtagung_done_with_its_evidence()
    {
        await _page.SignInAtAsync("/ziele/pflichten?jahr=2015", Gf, KestrelAppFixture.DemoPassword);
        await _page.WaitForCircuitAsync();
        var row = _page.Locator("[data-testid=duty-list] tr[data-code=ZV15-IV1-KLAUSUR]");
        await Expect(row).ToContainTextAsync("30.06.2015");
        await Expect(row.GetByTestId("duty-overdue")).ToBeVisibleAsync();

        await row.GetByTestId("duty-edit").ClickAsync();
        await _page.GetByTestId("duty-status").ClickAsync();
        await _page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "erledigt" }).First.ClickAsync();
        await Expect(_page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await _page.GetByTestId("duty-evidence").FillAsync("Protokoll der Klausurtagung vom 12.05.2015");
        await _page.GetByTestId("duty-save").ClickAsync();

        await Expect(_page.GetByTestId("duty-message")).ToContainTextAsync("(erledigt)");
        await Expect(row).ToContainTextAsync("Protokoll der Klausurtagung vom 12.05.2015");
        await Expect(row.GetByTestId("duty-overdue")).ToHaveCountAsync(0);

        await _page.GotoAsync("/ziele?jahr=2015");
        var shown = _page.Locator("[data-testid=duties] tr[data-code=ZV15-IV1-KLAUSUR]");
        await Expect(shown).ToContainTextAsync("erledigt");
        await Expect(shown).ToContainTextAsync("Protokoll der Klausurtagung vom 12.05.2015");
        await Expect(_page.Locator("[data-testid=duties] tr[data-code=ZV15-IV4-44A] [data-testid=duty-overdue]")).ToBeVisibleAsync();
    }
}
