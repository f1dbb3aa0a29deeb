using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Dashboard;

/// <summary>
/// The variance dashboards in Chromium: drill-down from the Gesamtübersicht to a team with a URL that reopens the
/// view, a Teamleitung's limits, and axe-core on the dashboard, drill-down and detail pages. With the environment
/// variable <c>MEAKTIV_SCREENSHOTS</c> set to a folder (e.g. docs/screenshots) the pages are also photographed there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DashboardBrowserTests(KestrelAppFixture app) : IAsyncLifetime
{
    private const string Gf = "gf@me-aktiv.example";
    private static readonly ViewportSize Large = new() { Width = 1440, Height = 900 };
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await _browser.NewPageAsync(Large); // a new browser context: signed out, nothing left from other tests
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    private ILocator Loaded => _page.Locator("[data-testid=dashboard-loaded]");

    /// <summary>
    /// Waits until the circuit's render shows the page's data: first the circuit (its marker comes with the first
    /// interactive render), then that render's <c>dashboard-loaded</c>. The other order can pass on the prerendered HTML
    /// while the circuit's first render still shows the loading bar, and then checks a page that is being replaced.
    /// </summary>
    private async Task InteractiveAndLoadedAsync()
    {
        await _page.WaitForCircuitAsync();
        await Expect(Loaded).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Geschaeftsfuehrung_drills_from_the_Integrationsquote_to_a_site_and_a_team_and_the_link_reopens_the_view()
    {
        await _page.SignInAtAsync("/uebersicht", Gf, KestrelAppFixture.DemoPassword);
        await Expect(Loaded).ToHaveAttributeAsync("data-unit", "JC");
        await Expect(Loaded).ToHaveAttributeAsync("data-month", "5"); // the latest month every team has submitted
        var k2 = _page.Locator("[data-testid=indicator-card][data-indicator=K2]");
        await Expect(k2).ToContainTextAsync("vorläufig");
        await Expect(k2.Locator("[data-col=target]")).ToContainTextAsync("21,40 %");

        await k2.Locator("[data-testid=card-link]").ClickAsync();
        await Expect(_page).ToHaveURLAsync(new Regex(@"/uebersicht/kennzahl/K2\?einheit=JC&jahr=2015&monat=5$"));
        await Expect(_page.Locator("[data-testid=ranking]")).ToHaveAttributeAsync("data-level", "Geschaeftsstelle");
        await _page.WaitForCircuitAsync();

        await _page.Locator("[data-testid=ranking-row][data-unit=GS-VEL] [data-testid=drill-link]").ClickAsync();
        await Expect(_page).ToHaveURLAsync(new Regex(@"einheit=GS-VEL"));
        await Expect(Loaded).ToHaveAttributeAsync("data-unit", "GS-VEL");
        await Expect(_page.Locator("[data-testid=ranking]")).ToHaveAttributeAsync("data-level", "Team");
        await Expect(_page.Locator("[data-testid=ranking-row]")).ToHaveCountAsync(3);

        await _page.Locator("[data-testid=ranking-row][data-unit=VEL-MI] [data-testid=drill-link]").ClickAsync();
        await Expect(Loaded).ToHaveAttributeAsync("data-unit", "VEL-MI");
        var url = _page.Url;
        url.ShouldContain("/uebersicht/kennzahl/K2?einheit=VEL-MI&jahr=2015&monat=5");
        var actual = await _page.Locator("[data-testid=indicator-card] [data-col=actual]").InnerTextAsync();

        var again = await _page.Context.NewPageAsync(); // same browser, same cookies: the link as sent by e-mail
        await again.GotoAsync(url);
        await Expect(again.Locator("[data-testid=dashboard-loaded]")).ToHaveAttributeAsync("data-unit", "VEL-MI");
        await Expect(again.Locator("[data-testid=dashboard-loaded]")).ToHaveAttributeAsync("data-month", "5");
        await Expect(again.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Integrationsquote: Markt & Integration Velbert");
        await Expect(again.Locator("[data-testid=indicator-card] [data-col=actual]")).ToHaveTextAsync(actual);
        await again.CloseAsync();
    }

    [Fact]
    public async Task The_month_picker_goes_back_in_time_and_puts_the_month_in_the_url()
    {
        await _page.SignInAtAsync("/uebersicht/einheit/GS-VEL?jahr=2015&monat=3", Gf, KestrelAppFixture.DemoPassword);
        await Expect(Loaded).ToHaveAttributeAsync("data-month", "3");
        await Expect(Loaded).ToHaveAttributeAsync("data-unit", "GS-VEL");
        await Expect(_page.Locator("[data-testid=indicator-card][data-indicator=K2]")).ToContainTextAsync("Stand März 2015");
    }

    [Fact]
    public async Task Teamleitung_sees_its_team_and_the_totals_but_no_other_teams_detail()
    {
        await _page.SignInAtAsync("/uebersicht", "tl-vel-mi@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await Expect(Loaded).ToHaveAttributeAsync("data-unit", "VEL-MI");

        await _page.GotoAsync("/uebersicht/kennzahl/K2?einheit=JC&jahr=2015&monat=5&ebene=Team");
        await Expect(Loaded).ToHaveAttributeAsync("data-unit", "JC");
        await Expect(_page.Locator("[data-testid=indicator-card] [data-col=actual]")).Not.ToHaveTextAsync("–");
        await Expect(_page.Locator("[data-testid=ranking-row]")).ToHaveCountAsync(1);
        await Expect(_page.Locator("[data-testid=ranking-row][data-unit=VEL-MI]")).ToBeVisibleAsync();
        await Expect(_page.Locator("[data-testid=hidden-units]")).ToBeVisibleAsync();

        await _page.GotoAsync("/uebersicht/kennzahl/K2?einheit=HIL-MI&jahr=2015&monat=5");
        await Expect(_page.Locator("[data-testid=dashboard-error]")).ToContainTextAsync("Keine Berechtigung");
        await Expect(Loaded).ToHaveCountAsync(0);
    }

    /// <summary>
    /// The whole page is checked except the navigation's disabled placeholder links ("Maßnahmen (folgt)" …) that other
    /// features replace: inactive controls are exempt from WCAG 1.4.3, but axe cannot tell that from MudBlazor's markup.
    /// </summary>
    private static readonly Deque.AxeCore.Commons.AxeRunContext WithoutPlaceholderLinks = new()
    {
        Exclude = [new Deque.AxeCore.Commons.AxeSelector(".mud-nav-link.mud-nav-link-disabled")],
    };

    [Fact]
    public async Task Axe_reports_no_serious_or_critical_violation_on_the_dashboard_drill_down_and_detail_pages()
    {
        await _page.SignInAtAsync("/uebersicht", Gf, KestrelAppFixture.DemoPassword);
        (string Path, Deque.AxeCore.Commons.AxeRunContext Context)[] pages =
        [
            ("/uebersicht?jahr=2015&monat=5", WithoutPlaceholderLinks),
            ("/uebersicht/kennzahl/K2?einheit=JC&jahr=2015&monat=5", WithoutPlaceholderLinks),
            ("/uebersicht/kennzahl/K2?einheit=GS-VEL&jahr=2015&monat=5&ebene=Team", WithoutPlaceholderLinks),
            ("/uebersicht/kennzahl/K3?einheit=VEL-MI&jahr=2015&monat=5", WithoutPlaceholderLinks),
            ("/uebersicht/einheit/GS-VEL?jahr=2015&monat=5", WithoutPlaceholderLinks),
        ];
        var problems = new List<string>();
        foreach (var (path, context) in pages)
        {
            await _page.GotoAsync(path);
            await InteractiveAndLoadedAsync();
            var result = await _page.RunAxe(context);
            problems.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html).Distinct().Take(8))}"));
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    /// <summary>
    /// The Jobcenter's components table (five-digit monthly sums, 12 months) is wider than its box at 1440 px, so the box
    /// scrolls; it must take the keyboard focus (found once every test got a fresh browser; before, axe ran with timing).
    /// </summary>
    [Fact]
    public async Task Axe_finds_no_scroll_box_without_keyboard_access_in_the_Jobcenters_components_table()
    {
        await _page.SignInAtAsync("/uebersicht/kennzahl/K2?einheit=JC&jahr=2015&monat=5", Gf, KestrelAppFixture.DemoPassword);
        await InteractiveAndLoadedAsync();
        var result = await _page.RunAxe(new Deque.AxeCore.Commons.AxeRunContext
        {
            Include = [new Deque.AxeCore.Commons.AxeSelector("[data-testid=components-table]")],
        });

        result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ShouldBeEmpty();
    }

    [Fact]
    public async Task Keyboard_users_skip_the_navigation_into_the_pages_one_main_landmark()
    {
        await _page.SignInAtAsync("/uebersicht?jahr=2015&monat=5", Gf, KestrelAppFixture.DemoPassword);
        await InteractiveAndLoadedAsync();
        var firstStop = await _page.EvaluateAsync<string>(
            "() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').textContent");
        firstStop.ShouldBe("Zum Inhalt springen");

        var skip = _page.Locator("a.skip-link");
        await skip.FocusAsync();
        (await skip.BoundingBoxAsync())!.Width.ShouldBeGreaterThan(50, "visible once it has the focus");
        await _page.Keyboard.PressAsync("Enter");
        await _page.WaitForFunctionAsync("() => document.activeElement?.id === 'inhalt'");
        await _page.Keyboard.PressAsync("Tab");

        (await _page.EvaluateAsync<bool>("() => document.getElementById('inhalt').contains(document.activeElement)")).ShouldBeTrue();
        (await _page.Locator("main").CountAsync()).ShouldBe(1);
        _page.Url.ShouldContain("/uebersicht?jahr=2015&monat=5", Case.Sensitive, "the same page, not the base address");
    }

    [Fact]
    public async Task The_dashboard_downloads_as_xlsx_and_prints_without_the_app_chrome()
    {
        await _page.SignInAtAsync("/uebersicht?jahr=2015&monat=5", Gf, KestrelAppFixture.DemoPassword);
        await InteractiveAndLoadedAsync();

        var download = await _page.RunAndWaitForDownloadAsync(() => _page.GetByTestId("xlsx-link").ClickAsync());
        download.SuggestedFilename.ShouldBe("Uebersicht-JC-2015-05.xlsx");
        var file = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
        bytes.Length.ShouldBeGreaterThan(5_000);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 2).ShouldBe("PK"); // a zip package: the XLSX (content checked in DashboardExportTests)

        // Print layout: no app bar, no filters or buttons; the print header names the date and "vorläufig".
        await _page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(_page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(_page.GetByTestId("xlsx-link")).ToBeHiddenAsync();
        await Expect(_page.GetByTestId("month-select")).ToBeHiddenAsync();
        await Expect(_page.GetByTestId("print-meta")).ToBeVisibleAsync();
        await Expect(_page.GetByTestId("print-meta")).ToContainTextAsync("vorläufig");
        var pdf = await _page.PdfAsync(new() { Format = "A4", Landscape = true, PrintBackground = true });
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        if (Environment.GetEnvironmentVariable("MEAKTIV_SCREENSHOTS") is { Length: > 0 } folder)
        {
            folder = Path.IsPathRooted(folder) ? folder : Path.Combine(RepositoryRoot(), folder);
            await _page.ScreenshotAsync(new() { Path = Path.Combine(folder, "dashboard-druckansicht.png"), FullPage = false });
            await File.WriteAllBytesAsync(Path.Combine(folder, "dashboard-druck.pdf"), pdf, TestContext.Current.CancellationToken);
        }

        await _page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Expect(_page.GetByTestId("print-meta")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Screenshots_of_the_main_pages_when_asked_for()
    {
        var folder = Environment.GetEnvironmentVariable("MEAKTIV_SCREENSHOTS");
        await _page.SignInAtAsync("/uebersicht?jahr=2015&monat=5", Gf, KestrelAppFixture.DemoPassword);
        (string Path, string File, string? ScrollTo)[] shots =
        [
            ("/uebersicht?jahr=2015&monat=5", "dashboard-gesamtuebersicht.png", null),
            ("/uebersicht/kennzahl/K2?einheit=JC&jahr=2015&monat=5", "dashboard-drilldown-k2.png", null),
            ("/uebersicht/kennzahl/K2?einheit=GS-VEL&jahr=2015&monat=5&ebene=Team", "dashboard-diagramme-k2.png", "#chart-last-year-title"),
            ("/uebersicht/kennzahl/K2?einheit=JC&jahr=2015&monat=5", "dashboard-kennzahl-detail.png", "#detail-title"),
            ("/uebersicht/einheit/GS-VEL?jahr=2015&monat=5", "dashboard-geschaeftsstelle.png", null),
        ];
        foreach (var (path, file, scrollTo) in shots)
        {
            await _page.GotoAsync(path);
            await InteractiveAndLoadedAsync();
            if (scrollTo is not null)
            {
                await _page.Locator(scrollTo).EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
                await _page.Locator("[data-testid=chart-path] svg").First.WaitForAsync();
            }

            if (folder is { Length: > 0 })
            {
                folder = Path.IsPathRooted(folder) ? folder : Path.Combine(RepositoryRoot(), folder);
                Directory.CreateDirectory(folder);
                await _page.WaitUntilStillAsync();
                await _page.ScreenshotAsync(new() { Path = Path.Combine(folder, file), Type = ScreenshotType.Png });
            }
        }
    }

    /// <summary>The folder of ME-aktiv.sln above this source file (relative screenshot folders start there).</summary>
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source) ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ME-aktiv.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
