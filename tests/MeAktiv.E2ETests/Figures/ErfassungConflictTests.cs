using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Figures;

/// <summary>
/// Two people edit the same figure in two browser sessions: the second save shows who changed it, the value now
/// stored, and can overwrite it knowingly. Its own app and database (class fixture); two browser contexts, one per
/// person (two cookie jars).
/// </summary>
[Collection(ErfassungCollection.Name)]
public sealed class ErfassungConflictTests(KestrelAppFixture app) : IAsyncLifetime, IClassFixture<KestrelAppFixture>
{
    private const string Grid = "/erfassung?einheit=VEL-LG&monat=2015-06";
    private const string Cell = "cell-KDU-KDU-VEL-LG";
    private readonly BrowserSessions _browser = new(app);

    public ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    private async Task<IPage> SessionAsync(string email)
    {
        var page = await _browser.NewPageAsync();
        await page.SignInAtAsync(Grid, email, KestrelAppFixture.DemoPassword);
        await Expect(page.GetByTestId(Cell)).ToBeEditableAsync();
        return page;
    }

    [Fact]
    public async Task The_second_save_of_the_same_figure_shows_the_conflict_and_can_overwrite_knowingly()
    {
        var teamLead = await SessionAsync("tl-vel-lg@me-aktiv.example");
        var bereichsleitung = await SessionAsync("bl@me-aktiv.example");

        await teamLead.GetByTestId(Cell).FillAsync("1.400.000,50");
        await teamLead.GetByTestId(Cell).PressAsync("Tab");
        await teamLead.GetByTestId("save").ClickAsync();
        await Expect(teamLead.GetByTestId("dirty-count")).ToHaveTextAsync("Keine ungespeicherten Änderungen");

        await bereichsleitung.GetByTestId(Cell).FillAsync("1.399.999");
        await bereichsleitung.GetByTestId(Cell).PressAsync("Tab");
        await bereichsleitung.GetByTestId("save").ClickAsync();

        var dialog = bereichsleitung.GetByTestId("conflict-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("conflict-by")).ToHaveTextAsync("tl-vel-lg@me-aktiv.example");
        await Expect(dialog.GetByTestId("conflict-stored")).ToHaveTextAsync("1.400.000,50");
        await Expect(dialog.GetByTestId("conflict-mine")).ToHaveTextAsync("1.399.999,00");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Meinen Wert speichern" }).ClickAsync();
        await Expect(bereichsleitung.GetByTestId("dirty-count")).ToHaveTextAsync("Keine ungespeicherten Änderungen");

        await teamLead.ReloadAsync();
        await teamLead.WaitForCircuitAsync();
        await Expect(teamLead.GetByTestId(Cell)).ToHaveValueAsync("1.399.999,00");

        // The figure's history (the cell's "Verlauf" button) keeps both saves, newest first.
        await teamLead.GetByTestId("history-KDU-KDU-VEL-LG").ClickAsync();
        var rows = teamLead.GetByTestId("history-dialog").GetByTestId("audit-row");
        await Expect(rows.Nth(0)).ToContainTextAsync("bl@me-aktiv.example");
        await Expect(rows.Nth(0)).ToContainTextAsync("1.400.000,50 → 1.399.999,00");
        await Expect(rows.Nth(1)).ToContainTextAsync("tl-vel-lg@me-aktiv.example");
    }
}
