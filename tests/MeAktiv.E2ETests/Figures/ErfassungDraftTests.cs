using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Figures;

/// <summary>
/// The grid is left while it holds unsaved entries (the page and with it the circuit end, as when the connection drops
/// or the server restarts: the unsaved state on the server is gone): when the grid is opened again in the same browser,
/// the entries are offered back from the browser's storage, and once restored they can be saved; after the save or a
/// discard nothing is offered any more.
/// </summary>
/// <remarks>
/// Every step waits for a condition, never for a time: the draft to be in (or gone from) the browser's local storage
/// before the page is closed, and the grid's <c>draft-checked</c> marker (rendered once it has looked for a draft)
/// before asserting that no dialog is offered. Its own app and database (class fixture): the saved July figures reach
/// no other class; the second test works in August of the same team and saves nothing. (Playwright's
/// <c>SetOfflineAsync</c>, used here before, does not cut a WebSocket that is already open, so it never dropped the
/// circuit; closing the page does.)
/// </remarks>
[Collection(ErfassungCollection.Name)]
public sealed class ErfassungDraftTests(KestrelAppFixture app) : IAsyncLifetime, IClassFixture<KestrelAppFixture>
{
    private const string TeamLead = "tl-vel-mi@me-aktiv.example";
    private const string Grid = "/erfassung?monat=2015-07";
    private readonly BrowserSessions _browser = new(app);

    public ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    private static ILocator Cell(IPage page, string key) => page.GetByTestId($"cell-{key}");

    [Fact]
    public async Task Unsaved_entries_survive_a_dropped_connection_are_offered_back_and_can_be_saved()
    {
        // 1. Two entries typed, not saved; the grid keeps them in the browser's storage.
        var page = await _browser.NewPageAsync();
        await page.SignInAtAsync(Grid, TeamLead, KestrelAppFixture.DemoPassword);
        await page.Locator("table[data-grid-ready]").WaitForAsync();
        await DraftCheckedAsync(page, offered: false);
        await Cell(page, "K2-INT-VEL-MI").PasteTextAsync("41\r\n4.900\r\n");
        await Expect(page.GetByTestId("dirty-count")).ToHaveTextAsync("2 ungespeicherte Änderungen");
        await StoredDraftAsync(page, "2015-07", stored: true);

        // 2. The page closes without a save: its circuit, and with it the unsaved state on the server, is gone.
        var browser = page.Context;
        await page.CloseAsync();

        // 3. The same browser (still signed in) opens the grid afresh, which offers the entries back.
        page = await browser.NewPageAsync();
        await page.GotoAsync(Grid);
        await page.WaitForCircuitAsync();
        await DraftCheckedAsync(page, offered: true);
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Nicht gespeicherte Eingaben vom");
        await Expect(dialog).ToContainTextAsync("wiederherstellen?");
        await Expect(dialog).ToContainTextAsync("2 Werte weichen");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Wiederherstellen" }).ClickAsync();
        await Expect(Cell(page, "K2-INT-VEL-MI")).ToHaveValueAsync("41");
        await Expect(Cell(page, "K2-ELB-VEL-MI")).ToHaveValueAsync("4.900");
        await Expect(page.GetByTestId("dirty-count")).ToHaveTextAsync("2 ungespeicherte Änderungen");

        // 4. They are saved (the draft leaves the storage); opening the grid again shows them stored and offers nothing.
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("dirty-count")).ToHaveTextAsync("Keine ungespeicherten Änderungen");
        await StoredDraftAsync(page, "2015-07", stored: false);
        await page.CloseAsync();
        page = await browser.NewPageAsync();
        await page.GotoAsync(Grid);
        await page.WaitForCircuitAsync();
        await page.Locator("table[data-grid-ready]").WaitForAsync();
        await Expect(Cell(page, "K2-INT-VEL-MI")).ToHaveValueAsync("41");
        await Expect(Cell(page, "K2-ELB-VEL-MI")).ToHaveValueAsync("4.900");
        await DraftCheckedAsync(page, offered: false);
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_discarded_draft_is_not_offered_again()
    {
        const string august = "/erfassung?monat=2015-08";
        var page = await _browser.NewPageAsync();
        await page.SignInAtAsync(august, TeamLead, KestrelAppFixture.DemoPassword);
        await page.Locator("table[data-grid-ready]").WaitForAsync();
        await DraftCheckedAsync(page, offered: false);
        await Cell(page, "K2-INT-VEL-MI").PasteTextAsync("17\r\n");
        await Expect(page.GetByTestId("dirty-count")).ToHaveTextAsync("1 ungespeicherte Änderung");
        await StoredDraftAsync(page, "2015-08", stored: true);
        var browser = page.Context;
        await page.CloseAsync();

        page = await browser.NewPageAsync();
        await page.GotoAsync(august);
        await page.WaitForCircuitAsync();
        await DraftCheckedAsync(page, offered: true);
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Verwerfen" }).ClickAsync();
        await Expect(Cell(page, "K2-INT-VEL-MI")).ToHaveValueAsync("");
        await StoredDraftAsync(page, "2015-08", stored: false);
        await page.CloseAsync();

        page = await browser.NewPageAsync();
        await page.GotoAsync(august);
        await page.WaitForCircuitAsync();
        await page.Locator("table[data-grid-ready]").WaitForAsync();
        await DraftCheckedAsync(page, offered: false);
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(Cell(page, "K2-INT-VEL-MI")).ToHaveValueAsync("");
    }

    /// <summary>
    /// Waits until the grid has looked for a draft in the browser's storage (its hidden <c>draft-checked</c> marker) and
    /// checks whether it offered one: after that, a dialog that has not come will not come.
    /// </summary>
    private static async Task DraftCheckedAsync(IPage page, bool offered)
    {
        var marker = page.GetByTestId("draft-checked");
        await marker.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(marker).ToHaveAttributeAsync("data-offered", offered ? "true" : "false");
    }

    /// <summary>
    /// Waits until the browser's local storage holds (or no longer holds) the grid's draft for <paramref name="month"/>
    /// (key <c>meaktiv-entwurf|user|units|yyyy-MM</c>, DraftStore): the grid writes it after the edit is shown, so a page
    /// closed right after the edit could otherwise lose it.
    /// </summary>
    private static Task StoredDraftAsync(IPage page, string month, bool stored) => page.WaitForFunctionAsync(
        "([month, stored]) => Object.keys(localStorage).some(k => k.startsWith('meaktiv-entwurf|') && k.endsWith('|' + month)) === stored",
        new object[] { month, stored });
}
