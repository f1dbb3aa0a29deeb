using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Targets;

/// <summary>
/// The planning year in Chromium: the Geschäftsführung finalises K2 at 21,40 % on the page (the version history and the
/// Zielübersicht show it right away), agrees a 2016 target, prepares the target year 2016, and a team lead then enters
/// and submits January 2016 (one test, because each step builds on the one before). And Pflichten und Meilensteine
/// (<c>/ziele/pflichten</c>): the Klausurtagung marked done with its Nachweis, shown so in the Zielübersicht. Own app
/// (the tests change data), run with the Erfassung classes one after another; a fresh browser context per person.
/// </summary>
[Collection(ErfassungCollection.Name)]
public sealed class TargetMaintenanceBrowserTests(KestrelAppFixture app) : IClassFixture<KestrelAppFixture>, IAsyncLifetime
{
    private const string Gf = "gf@me-aktiv.example";
    private const string TeamLead = "tl-vel-mi@me-aktiv.example";
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await _browser.NewPageAsync();
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Geschaeftsfuehrung_finalises_2015_agrees_2016_and_rolls_over_then_a_team_lead_enters_January_2016()
    {
        await FinaliseK2Async();
        await AgreeK3For2016Async();
        await RollOverTo2016Async();
        await TeamLeadEntersJanuary2016Async();
    }

    private async Task FinaliseK2Async()
    {
        await _page.SignInAtAsync("/ziele/pflege?jahr=2015&einheit=JC&kennzahl=K2", Gf, KestrelAppFixture.DemoPassword);
        await _page.WaitForCircuitAsync();
        await Expect(_page.Locator("[data-testid=target-current-value]")).ToContainTextAsync("21,40 %");
        await Expect(_page.Locator("[data-testid=target-versions] tbody tr")).ToHaveCountAsync(2);

        await SaveTargetAsync("21,40", "endgültig", "20.03.2015", "Zielvereinbarung 2015 unterschrieben");

        await Expect(_page.Locator("[data-testid=target-saved]")).ToContainTextAsync("Version 3 gespeichert: 21,40 % (endgültig)");
        await Expect(_page.Locator("[data-testid=target-versions] tbody tr")).ToHaveCountAsync(3);
        await Expect(_page.Locator("[data-testid=target-versions] tr[data-version='3']")).ToContainTextAsync("final");

        await _page.GotoAsync("/ziele?jahr=2015");
        var k2 = _page.Locator("[data-testid=target-overview] tr[data-indicator=K2]");
        await Expect(k2.Locator("[data-col=target]")).ToContainTextAsync("21,40 %");
        await Expect(k2.Locator(".status-chip")).ToHaveTextAsync("final");
    }

    /// <summary>A 2016 target agreed before the rollover: the rollover must leave it as it is.</summary>
    private async Task AgreeK3For2016Async()
    {
        await _page.GotoAsync("/ziele/pflege?jahr=2016&einheit=JC&kennzahl=K3");
        await _page.WaitForCircuitAsync();
        await Expect(_page.Locator("[data-testid=target-versions] tbody tr")).ToHaveCountAsync(0);
        await SaveTargetAsync("17.800", "vorläufig", "15.12.2015", "Zielvereinbarung 2016 (Entwurf)");
        await Expect(_page.Locator("[data-testid=target-saved]")).ToContainTextAsync("Version 1 gespeichert: 17.800 (vorläufig)");
    }

    private async Task RollOverTo2016Async()
    {
        await _page.GotoAsync("/ziele/pflege?jahr=2015&einheit=JC&kennzahl=K2");
        await _page.WaitForCircuitAsync();
        await _page.GetByTestId("rollover-start").ClickAsync();
        await _page.GetByTestId("rollover-confirm").ClickAsync();
        await Expect(_page.GetByTestId("rollover-result")).ToContainTextAsync("Zieljahr 2016 vorbereitet");

        // 2016: every 2015 target is there; the agreed K3 kept its value and status; EQ keeps the planned 53 %.
        await _page.GotoAsync("/ziele?jahr=2016");
        var overview = _page.Locator("[data-testid=target-overview]");
        await Expect(overview.Locator("tr[data-indicator=K3] [data-col=target]")).ToContainTextAsync("17.800");
        await Expect(overview.Locator("tr[data-indicator=K3] .status-chip")).ToHaveTextAsync("vorläufig");
        await Expect(overview.Locator("tr[data-indicator=EQ] [data-col=target]")).ToContainTextAsync("53");
        await Expect(overview.Locator("tr[data-indicator=K2] .status-chip")).ToHaveTextAsync("Planungsangebot");

        // 2015 is unchanged.
        await _page.GotoAsync("/ziele?jahr=2015");
        await Expect(_page.Locator("[data-testid=target-overview] tr[data-indicator=K2] [data-col=target]")).ToContainTextAsync("21,40 %");
    }

    private async Task TeamLeadEntersJanuary2016Async()
    {
        var teamLead = await _browser.NewPageAsync();
        await teamLead.SignInAtAsync("/erfassung?monat=2016-01", TeamLead, KestrelAppFixture.DemoPassword);
        await Expect(teamLead.GetByRole(AriaRole.Heading, new() { Name = "Erfassung Januar 2016" })).ToBeVisibleAsync();
        await teamLead.Locator("table[data-grid-ready]").WaitForAsync();
        var cell = teamLead.GetByTestId("cell-K2-INT-VEL-MI");
        await Expect(cell).ToBeEditableAsync();
        await cell.FillAsync("84");
        await cell.PressAsync("Tab");
        await teamLead.GetByTestId("save").ClickAsync();
        await Expect(teamLead.GetByTestId("dirty-count")).ToHaveTextAsync("Keine ungespeicherten Änderungen");
        await teamLead.SubmitMonthAsync("VEL-MI");

        await teamLead.ReloadAsync();
        await teamLead.WaitForCircuitAsync();
        await Expect(teamLead.GetByTestId("cell-K2-INT-VEL-MI")).ToHaveValueAsync("84");
    }

    private async Task SaveTargetAsync(string value, string status, string decidedOn, string note)
    {
        await _page.GetByTestId("target-value").FillAsync(value);
        await _page.GetByTestId("target-status").ClickAsync();
        await _page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = status }).First.ClickAsync();
        await Expect(_page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await _page.GetByTestId("target-decided").FillAsync(decidedOn);
        await _page.GetByTestId("target-note").FillAsync(note);
        await _page.Locator("[data-testid=target-save]").ClickAsync();
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
