using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.QualitativeTargets;

/// <summary>
/// Pflichten und Meilensteine in Chromium: the Geschäftsführung marks the Klausurtagung (Zielvereinbarung 2015, IV.1)
/// as done with its Nachweis on <c>/ziele/pflichten</c>; the Zielübersicht shows it done and no longer overdue. Own app
/// (the test changes a duty), run with the Erfassung classes one after another.
/// </summary>
[Collection(ErfassungCollection.Name)]
public sealed class DutyMaintenanceBrowserTests(KestrelAppFixture app) : IClassFixture<KestrelAppFixture>, IAsyncLifetime
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
