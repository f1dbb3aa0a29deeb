using System.Text.RegularExpressions;
using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Dashboard;

/// <summary>
/// The Gesamtübersicht as the Geschäftsführung meets it on a Monday morning (JC, May 2015): the summary on top, the
/// cards sorted by urgency, one "Monitoring" heading, the board pack printed by Chromium (A4 landscape, page count
/// in docs/performance.md), and the review's overview header.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MorningSummaryBrowserTests(KestrelAppFixture app) : IAsyncLifetime
{
    /// <summary>The board pack of the Gesamtübersicht (JC, May 2015) prints on at most this many A4 landscape pages.</summary>
    private const int MaxPrintedPages = 2;

    private const string Gf = "gf@me-aktiv.example";
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await _browser.NewPageAsync(new ViewportSize { Width = 1366, Height = 768 });
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task The_summary_counts_the_red_cards_and_the_toggle_sorts_the_cards_by_urgency_and_back()
    {
        await _page.SignInAtAsync("/uebersicht?jahr=2015&monat=5", Gf, KestrelAppFixture.DemoPassword);
        await _page.WaitForCircuitAsync();
        var summary = _page.GetByTestId("summary");
        await Expect(summary).ToBeVisibleAsync();
        var red = await _page.Locator("[data-testid=indicator-card][data-light=red]").CountAsync();
        red.ShouldBeGreaterThan(0);
        await Expect(_page.GetByTestId("count-red")).ToHaveTextAsync($"{red} rot");
        await Expect(_page.GetByTestId("summary-gap")).ToHaveCountAsync(3);
        await Expect(_page.Locator("h2", new() { HasTextRegex = new Regex("^Monitoring$") })).ToHaveCountAsync(1);

        await _page.GetByTestId("sort-severity").ClickAsync();
        await Expect(_page.Locator("section[data-category]")).ToHaveCountAsync(1);
        await Expect(_page.Locator("section[data-category=severity]")).ToBeVisibleAsync();
        var lights = await _page.Locator("[data-testid=indicator-card]").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.light)");
        var rank = lights.Select(l => l switch { "red" => 0, "yellow" => 1, "green" => 2, _ => 3 }).ToList();
        rank.ShouldBe(rank.Order().ToList());
        var firstGap = await _page.GetByTestId("summary-gap").First.GetAttributeAsync("data-indicator");
        (await _page.Locator("[data-testid=indicator-card]").First.GetAttributeAsync("data-indicator")).ShouldBe(firstGap);

        await _page.GetByTestId("sort-category").ClickAsync();
        await Expect(_page.Locator("section[data-category=severity]")).ToHaveCountAsync(0);
        (await _page.Locator("section[data-category]").CountAsync()).ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task The_Gesamtuebersicht_prints_as_a_compact_A4_landscape_board_pack()
    {
        await _page.SignInAtAsync("/uebersicht?jahr=2015&monat=5", Gf, KestrelAppFixture.DemoPassword);
        await _page.WaitForCircuitAsync();
        await Expect(_page.GetByTestId("summary")).ToBeVisibleAsync();
        await _page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await _page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "uebersicht-board-pack.pdf"), pdf, TestContext.Current.CancellationToken);
        var pages = PageCount(pdf);
        TestContext.Current.SendDiagnosticMessage($"Gesamtübersicht JC 05/2015 printed: {pages} pages");
        pages.ShouldBeInRange(1, MaxPrintedPages);
        await _page.EmulateMediaAsync(new() { Media = Media.Screen });
    }

    [Fact]
    public async Task The_review_overview_names_its_columns_once_and_K1_keeps_the_Prognose_apart_from_the_Hochrechnung()
    {
        await _page.SignInAtAsync("/review/2015/2", Gf, KestrelAppFixture.DemoPassword);
        await _page.WaitForCircuitAsync();
        await Expect(_page.Locator("[data-testid=overview] thead")).ToHaveTextAsync(
            "KennzahlIstZielwertSoll (anteilig)AmpelHochrechnung Jahresende");
        await Expect(_page.Locator("[data-testid=overview] tbody tr", new() { HasText = "K1 ·" })).ToContainTextAsync("noch nicht veröffentlicht");
    }

    /// <summary>The number of page objects in a PDF (<c>/Type /Page</c>, not <c>/Pages</c>).</summary>
    private static int PageCount(byte[] pdf) => PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
