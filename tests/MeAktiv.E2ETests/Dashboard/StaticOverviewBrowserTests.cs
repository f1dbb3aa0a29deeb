using System.Text.RegularExpressions;
using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Dashboard;

/// <summary>
/// The Gesamtübersicht is a static page (issue 23): no circuit, and still everything on it works in Chromium, under the
/// Content-Security-Policy: the filters (a GET form sent on each change), the sort order (links), the drawer, the print
/// button and the way on to the interactive Kennzahl page and back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticOverviewBrowserTests(KestrelAppFixture app) : IAsyncLifetime
{
    private readonly BrowserSessions _browser = new(app);
    private readonly List<string> _sockets = [];
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await _browser.NewPageAsync(new ViewportSize { Width = 1440, Height = 900 });
        await _page.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective));");
        _page.WebSocket += (_, socket) => _sockets.Add(socket.Url);
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    private ILocator Loaded => _page.Locator("[data-testid=dashboard-loaded]");

    [Fact]
    public async Task Filters_sort_drawer_and_print_work_without_a_circuit()
    {
        await _page.SignInAtAsync("/uebersicht?jahr=2015&monat=5", "gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await Expect(Loaded).ToHaveAttributeAsync("data-month", "5");

        await _page.GetByTestId("month-select").SelectOptionAsync("3");
        await Expect(Loaded).ToHaveAttributeAsync("data-month", "3");
        await _page.GetByTestId("unit-select").SelectOptionAsync("GS-VEL");
        await Expect(Loaded).ToHaveAttributeAsync("data-unit", "GS-VEL");
        await Expect(Loaded).ToHaveAttributeAsync("data-month", "3");

        await _page.GetByTestId("sort-severity").ClickAsync();
        await Expect(_page.Locator("section[data-category=severity]")).ToBeVisibleAsync();
        await Expect(_page.GetByTestId("sort-severity")).ToHaveAttributeAsync("aria-current", "true");
        var backgrounds = await _page.Locator("[data-testid=sort-toggle] a").EvaluateAllAsync<string[]>("links => links.map(a => getComputedStyle(a).backgroundColor)");
        backgrounds[1].ShouldNotBe(backgrounds[0], "the sort order in force is visible, not only for screen readers");
        await _page.GetByTestId("month-select").SelectOptionAsync("4");
        await Expect(Loaded).ToHaveAttributeAsync("data-month", "4");
        await Expect(_page.Locator("section[data-category=severity]")).ToBeVisibleAsync(); // the sort order stays
        _page.Url.ShouldContain("einheit=GS-VEL");

        var drawer = _page.Locator("[data-action=drawer]");
        await drawer.ClickAsync();
        await Expect(drawer).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(_page.Locator(".mud-drawer")).ToHaveClassAsync(new Regex("mud-drawer--closed"));
        await drawer.ClickAsync();
        await Expect(_page.Locator(".mud-drawer")).ToHaveClassAsync(new Regex("mud-drawer--open"));

        await _page.EvaluateAsync("() => { window.__printed = 0; window.print = () => window.__printed++; }");
        await _page.GetByTestId("print").ClickAsync();
        (await _page.EvaluateAsync<int>("() => window.__printed")).ShouldBe(1);

        _sockets.ShouldBeEmpty("the Gesamtübersicht starts no circuit");
        (await _page.EvaluateAsync<string[]>("() => window.__csp")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_new_year_opens_at_its_default_month_and_the_way_to_an_interactive_page_and_back_works()
    {
        await _page.SignInAtAsync("/uebersicht?jahr=2015&monat=3", "gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        var years = await _page.GetByTestId("year-select").Locator("option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        var other = years.First(y => y != "2015");
        await _page.GetByTestId("year-select").SelectOptionAsync(other);
        await Expect(Loaded).ToHaveAttributeAsync("data-year", other);
        _page.Url.ShouldNotContain("monat=", Case.Sensitive, "the month of 2015 does not carry over");
        await _page.GoBackAsync(); // the browser's history: the selects show that page's view, and all of them take part again
        await Expect(Loaded).ToHaveAttributeAsync("data-year", "2015");
        await Expect(_page.GetByTestId("year-select")).ToHaveValueAsync("2015");
        await Expect(_page.GetByTestId("month-select")).ToHaveValueAsync("3");
        await Expect(_page.GetByTestId("month-select")).ToBeEnabledAsync();

        await _page.GotoAsync("/uebersicht?jahr=2015&monat=5");
        await _page.Locator("[data-testid=indicator-card][data-indicator=K2] [data-testid=card-link]").ClickAsync();
        await Expect(_page).ToHaveURLAsync(new Regex(@"/uebersicht/kennzahl/K2\?einheit=JC&jahr=2015&monat=5$"));
        await Expect(_page.Locator("[data-static-page]")).ToHaveCountAsync(0); // Blazor's enhanced navigation replaced the page
        await _page.WaitForCircuitAsync();
        await Expect(_page.Locator("[data-testid=ranking]")).ToBeVisibleAsync();
        _sockets.Count.ShouldBe(1, "the Kennzahl page is interactive");

        await _page.Locator("nav a[href='/uebersicht']").ClickAsync(); // from a circuit to the static page: a full load
        await Expect(_page.Locator("[data-static-page]")).ToBeAttachedAsync();
        await Expect(Loaded).ToHaveAttributeAsync("data-unit", "JC");
        await _page.WaitForCircuitAsync(); // page-actions.js has run: the page responds
        (await _page.EvaluateAsync<string[]>("() => window.__csp")).ShouldBeEmpty();
    }
}
