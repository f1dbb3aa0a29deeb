using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Figures;

/// <summary>
/// The connection drops while the grid holds unsaved entries (the browser goes offline, the circuit is lost as after a
/// server restart): when the grid is opened again, the entries are offered back from the browser's storage, and once
/// restored they can be saved; after the save nothing is offered any more.
/// </summary>
[Collection(ErfassungCollection.Name)]
public sealed class ErfassungDraftTests(KestrelAppFixture app) : IAsyncLifetime
{
    private const string TeamLead = "tl-vel-mi@me-aktiv.example";
    private const string Grid = "/erfassung?monat=2015-07";

    public ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static ILocator Cell(IPage page, string key) => page.GetByTestId($"cell-{key}");

    [Fact]
    public async Task Unsaved_entries_survive_a_dropped_connection_are_offered_back_and_can_be_saved()
    {
        // 1. Two entries typed, not saved.
        var page = await app.NewPageAsync();
        await page.SignInAtAsync(Grid, TeamLead, KestrelAppFixture.DemoPassword);
        await page.Locator("table[data-grid-ready]").WaitForAsync();
        await Cell(page, "K2-INT-VEL-MI").PasteTextAsync("41\r\n4.900\r\n");
        await Expect(page.GetByTestId("dirty-count")).ToHaveTextAsync("2 ungespeicherte Änderungen");

        // 2. The connection is cut; the circuit (and with it the unsaved state on the server) is gone.
        await app.Browser.SetOfflineAsync(true);
        await page.WaitForTimeoutAsync(1_500);
        await page.CloseAsync();
        await app.Browser.SetOfflineAsync(false);

        // 3. Back online, the grid opens afresh and offers the entries back.
        page = await app.NewPageAsync();
        await page.SignInAtAsync(Grid, TeamLead, KestrelAppFixture.DemoPassword);
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Nicht gespeicherte Eingaben vom");
        await Expect(dialog).ToContainTextAsync("wiederherstellen?");
        await Expect(dialog).ToContainTextAsync("2 Werte weichen");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Wiederherstellen" }).ClickAsync();
        await Expect(Cell(page, "K2-INT-VEL-MI")).ToHaveValueAsync("41");
        await Expect(Cell(page, "K2-ELB-VEL-MI")).ToHaveValueAsync("4.900");
        await Expect(page.GetByTestId("dirty-count")).ToHaveTextAsync("2 ungespeicherte Änderungen");

        // 4. They are saved; opening the grid again shows them stored and offers nothing.
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("dirty-count")).ToHaveTextAsync("Keine ungespeicherten Änderungen");
        await page.CloseAsync();
        page = await app.NewPageAsync();
        await page.SignInAtAsync(Grid, TeamLead, KestrelAppFixture.DemoPassword);
        await page.Locator("table[data-grid-ready]").WaitForAsync();
        await Expect(Cell(page, "K2-INT-VEL-MI")).ToHaveValueAsync("41");
        await Expect(Cell(page, "K2-ELB-VEL-MI")).ToHaveValueAsync("4.900");
        await page.WaitForTimeoutAsync(1_000);
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_discarded_draft_is_not_offered_again()
    {
        var page = await app.NewPageAsync();
        await page.SignInAtAsync("/erfassung?monat=2015-08", TeamLead, KestrelAppFixture.DemoPassword);
        await page.Locator("table[data-grid-ready]").WaitForAsync();
        await Cell(page, "K2-INT-VEL-MI").PasteTextAsync("17\r\n");
        await Expect(page.GetByTestId("dirty-count")).ToHaveTextAsync("1 ungespeicherte Änderung");
        await page.CloseAsync();

        page = await app.NewPageAsync();
        await page.SignInAtAsync("/erfassung?monat=2015-08", TeamLead, KestrelAppFixture.DemoPassword);
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Verwerfen" }).ClickAsync();
        await Expect(Cell(page, "K2-INT-VEL-MI")).ToHaveValueAsync("");
        await page.CloseAsync();

        page = await app.NewPageAsync();
        await page.SignInAtAsync("/erfassung?monat=2015-08", TeamLead, KestrelAppFixture.DemoPassword);
        await page.Locator("table[data-grid-ready]").WaitForAsync();
        await page.WaitForTimeoutAsync(1_000);
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await page.CloseAsync();
    }
}
