using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Figures;

/// <summary>
/// Only submitted or closed figures count (docs/kennzahlen.md, "Datenstand"): a team lead saves, but does not submit,
/// June 2015 for VEL-MI; the Geschäftsführung's Gesamtübersicht and Zielübersicht of June show the same K2 as before;
/// once the month is submitted they change. Its own app and database (class fixture): it changes figures.
/// </summary>
[Collection(ErfassungCollection.Name)]
public sealed class DraftVisibilityTests(KestrelAppFixture app) : IAsyncLifetime, IClassFixture<KestrelAppFixture>
{
    private const string TeamLead = "tl-vel-mi@me-aktiv.example";
    private const string Geschaeftsfuehrung = "gf@me-aktiv.example";
    private const string Overview = "/uebersicht?jahr=2015&monat=6";
    private const string Targets = "/ziele?jahr=2015&monat=6";
    private readonly BrowserSessions _browser = new(app);

    public ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task A_saved_but_not_submitted_month_changes_no_figure_gf_sees_until_it_is_submitted()
    {
        // 1. What the Geschäftsführung sees for June before: K2 at the Jobcenter on both pages.
        var gf = await _browser.NewPageAsync();
        await gf.SignInAtAsync(Overview, Geschaeftsfuehrung, KestrelAppFixture.DemoPassword);
        var before = (await OverviewK2Async(gf), await TargetsK2Async(gf));

        // 2. The team lead changes June's integrations and saves, without submitting.
        var tl = await _browser.NewPageAsync();
        await tl.SignInAtAsync("/erfassung?monat=2015-06", TeamLead, KestrelAppFixture.DemoPassword);
        await tl.Locator("table[data-grid-ready]").WaitForAsync();
        await tl.GetByTestId("cell-K2-INT-VEL-MI").PasteTextAsync("90\r\n"); // was 82
        await Expect(tl.GetByTestId("dirty-count")).ToHaveTextAsync("1 ungespeicherte Änderung");
        await tl.GetByTestId("save").ClickAsync();
        await Expect(tl.GetByTestId("dirty-count")).ToHaveTextAsync("Keine ungespeicherten Änderungen");
        await Expect(tl.GetByTestId("workflow-VEL-MI")).Not.ToContainTextAsync("Eingereicht");

        // 3. The saved draft changes nothing the Geschäftsführung sees.
        (await OverviewK2Async(gf), await TargetsK2Async(gf)).ShouldBe(before);

        // 4. Submitted, June of VEL-MI counts: both pages change.
        await tl.SubmitMonthAsync("VEL-MI");
        var after = (await OverviewK2Async(gf), await TargetsK2Async(gf));
        after.Item1.ShouldNotBe(before.Item1);
        after.Item2.ShouldNotBe(before.Item2);
    }

    /// <summary>The K2 card's actual on the Gesamtübersicht of June, freshly loaded.</summary>
    private static async Task<string> OverviewK2Async(IPage page)
    {
        await page.GotoAsync(Overview);
        await page.WaitForCircuitAsync();
        await page.Locator("[data-testid=dashboard-loaded][data-month='6']").WaitForAsync();
        return await page.Locator("[data-testid=indicator-card][data-indicator='K2'] [data-col=actual]").InnerTextAsync();
    }

    /// <summary>The K2 row's actual on the Zielübersicht of June, freshly loaded.</summary>
    private static async Task<string> TargetsK2Async(IPage page)
    {
        await page.GotoAsync(Targets);
        await page.WaitForCircuitAsync();
        await Expect(page.GetByTestId("overview-month")).ToContainTextAsync("Juni 2015");
        return await page.Locator("[data-testid=target-overview] tr[data-indicator='K2'] [data-col=actual]").InnerTextAsync();
    }
}
