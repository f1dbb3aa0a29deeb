using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Figures;

/// <summary>
/// The month in the browser: a team lead pastes a block from Excel into the grid, saves and submits; the
/// Bereichsleitung closes the month on the Monatsabschluss page; the team lead can no longer change it. Its own app and
/// database (class fixture): the history it reads holds only its own changes. Each person has a browser of their own.
/// </summary>
[Collection(ErfassungCollection.Name)]
public sealed class ErfassungWorkflowTests(KestrelAppFixture app) : IAsyncLifetime, IClassFixture<KestrelAppFixture>
{
    private const string TeamLead = "tl-vel-mi@me-aktiv.example";
    private const string Bereichsleitung = "bl@me-aktiv.example";
    private const string Grid = "/erfassung?monat=2015-06";
    private readonly BrowserSessions _browser = new(app);

    public ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    private static ILocator Cell(IPage page, string key) => page.GetByTestId($"cell-{key}");

    [Fact]
    public async Task Team_lead_pastes_saves_and_submits_Bereichsleitung_closes_then_the_month_is_read_only()
    {
        // 1. The team lead pastes three values (German format, Excel's CR LF) into Integrationen and below, and saves.
        var tl = await _browser.NewPageAsync();
        await tl.SignInAtAsync(Grid, TeamLead, KestrelAppFixture.DemoPassword);
        await Expect(tl.GetByRole(AriaRole.Heading, new() { Name = "Erfassung Juni 2015" })).ToBeVisibleAsync();
        await tl.Locator("table[data-grid-ready]").WaitForAsync();
        await Cell(tl, "K2-INT-VEL-MI").ClickAsync();
        await tl.Keyboard.PressAsync("ArrowDown"); // spreadsheet keys: down and up again
        await Expect(Cell(tl, "K2-ELB-VEL-MI")).ToBeFocusedAsync();
        await tl.Keyboard.PressAsync("ArrowUp");
        await Expect(Cell(tl, "K2-INT-VEL-MI")).ToBeFocusedAsync();
        await Cell(tl, "K2-INT-VEL-MI").PasteTextAsync("90\r\n4.910\r\n3.560\r\n");

        await Expect(tl.GetByTestId("dirty-count")).ToHaveTextAsync("3 ungespeicherte Änderungen");
        await Expect(tl.GetByTestId("td-K2-ELB-VEL-MI")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdirty\b"));
        await Expect(tl.GetByTestId("submit")).ToBeDisabledAsync(); // save first
        await tl.GetByTestId("save").ClickAsync();
        await Expect(tl.GetByTestId("dirty-count")).ToHaveTextAsync("Keine ungespeicherten Änderungen");

        // 2. The values are stored: a reload shows them.
        await tl.ReloadAsync();
        await tl.WaitForCircuitAsync();
        await Expect(Cell(tl, "K2-INT-VEL-MI")).ToHaveValueAsync("90");
        await Expect(Cell(tl, "K2-ELB-VEL-MI")).ToHaveValueAsync("4.910");
        await Expect(Cell(tl, "K3-LZB-VEL-MI")).ToHaveValueAsync("3.560");

        // 3. Submit.
        await tl.SubmitMonthAsync("VEL-MI");
        await Expect(tl.GetByTestId("submit")).ToHaveCountAsync(0);
        await tl.CloseAsync();

        // 4. The Bereichsleitung closes the month of VEL-MI on the Monatsabschluss page.
        var bl = await _browser.NewPageAsync();
        await bl.SignInAtAsync("/monatsabschluss?monat=2015-06", Bereichsleitung, KestrelAppFixture.DemoPassword);
        var row = bl.Locator("tr[data-unit='VEL-MI']");
        await Expect(row).ToContainTextAsync("Eingereicht");
        await Expect(row).ToContainTextAsync(TeamLead);
        await row.GetByTestId("close-row").ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-state", "Abgeschlossen");
        await bl.CloseAsync();

        // 5. The team lead sees the month closed and read-only: no save button, typing and pasting change nothing.
        tl = await _browser.NewPageAsync(); // a fresh browser: the team lead signs in again
        await tl.SignInAtAsync(Grid, TeamLead, KestrelAppFixture.DemoPassword);
        await Expect(tl.GetByTestId("closed-banner-VEL-MI")).ToContainTextAsync($"von {Bereichsleitung}");
        await Expect(tl.GetByTestId("save")).ToHaveCountAsync(0);
        await Expect(tl.GetByTestId("read-only")).ToBeVisibleAsync();
        var cell = Cell(tl, "K2-INT-VEL-MI");
        await Expect(cell).Not.ToBeEditableAsync();
        await tl.Locator("table[data-grid-ready]").WaitForAsync();
        await cell.ClickAsync();
        await tl.Keyboard.TypeAsync("77");
        await tl.Keyboard.PressAsync("Tab");
        await cell.PasteTextAsync("1\r\n2\r\n");
        await Expect(tl.GetByTestId("paste-report")).ToContainTextAsync("2 schreibgeschützt, nicht übernommen");
        await Expect(cell).ToHaveValueAsync("90");
        await Expect(tl.GetByTestId("dirty-count")).ToHaveTextAsync("Keine ungespeicherten Änderungen");

        // 6. The unit's history shows the whole story, newest first.
        await tl.GetByTestId("unit-history-link").ClickAsync();
        var history = tl.GetByTestId("history-row");
        await Expect(history.Nth(0).Locator("td")).ToContainTextAsync([Bereichsleitung, "Monatsstatus", "06/2015", "Eingereicht → Abgeschlossen"]);
        await Expect(history.Nth(1).Locator("td")).ToContainTextAsync([TeamLead, "Monatsstatus", "06/2015", "neu → Eingereicht"]);
        await Expect(tl.Locator("[data-testid=history-row]", new() { HasText = "K2 · Integrationen" }).First)
            .ToContainTextAsync("82 → 90");
        await tl.CloseAsync();
    }
}
