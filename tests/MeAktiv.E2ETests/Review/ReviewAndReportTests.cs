using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Review;

/// <summary>
/// The review screen paged by keyboard in Chromium, and the screenshots of the handbook (docs/screenshots, PNG 1440×900):
/// presentation mode, the print layout of a report (Chromium's print to PDF) and the pages the handbook describes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewAndReportTests(KestrelAppFixture app) : IAsyncLifetime
{
    private static readonly ViewportSize Large = new() { Width = 1440, Height = 900 };
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await _browser.NewPageAsync(Large); // a new browser context: signed out, nothing left from other tests
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    /// <summary>docs/screenshots when MEAKTIV_SCREENSHOTS is set; otherwise a temp folder, so a test run never changes the repository.</summary>
    private static string Screenshots([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MEAKTIV_SCREENSHOTS")))
        {
            return Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "meaktiv-screenshots")).FullName;
        }

        var dir = new DirectoryInfo(Path.GetDirectoryName(source) ?? AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ME-aktiv.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? Environment.GetEnvironmentVariable("MEAKTIV_REPO") ?? Directory.GetCurrentDirectory();
        var path = Path.Combine(root, "docs", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }

    [Fact]
    public async Task Review_screen_pages_through_every_target_by_keyboard()
    {
        await _page.SignInAtAsync("/review/2015/2", "gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await _page.WaitForCircuitAsync();
        var deck = _page.GetByTestId("deck");
        await Expect(deck).ToHaveAttributeAsync("data-slide", "0");
        var count = int.Parse(await deck.GetAttributeAsync("data-slides") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        count.ShouldBeGreaterThan(8);
        await _page.WaitUntilStillAsync();
        await _page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots(), "praesentation-ueberblick.png") });

        for (var i = 1; i < count; i++)
        {
            await _page.Keyboard.PressAsync(i % 2 == 0 ? "PageDown" : "ArrowRight");
            await Expect(deck).ToHaveAttributeAsync("data-slide", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(_page.GetByTestId("slide-number")).ToHaveTextAsync($"Folie {i + 1} von {count}");
            if (i == 1)
            {
                await Expect(_page.Locator(".slide-title")).ToContainTextAsync("Integrationsquote");
                await Expect(_page.Locator(".light").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("grün|gelb|rot|keine"));
                await _page.WaitUntilStillAsync(); // the chart has drawn its lines
                await _page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots(), "praesentation.png") });
            }
        }

        await _page.Keyboard.PressAsync("ArrowRight"); // stays on the last slide
        await Expect(deck).ToHaveAttributeAsync("data-slide", (count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await _page.Keyboard.PressAsync("Home");
        await Expect(deck).ToHaveAttributeAsync("data-slide", "0");
        await _page.Keyboard.PressAsync("End");
        await Expect(deck).ToHaveAttributeAsync("data-slide", (count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await _page.Keyboard.PressAsync("PageUp");
        await Expect(deck).ToHaveAttributeAsync("data-slide", (count - 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(_page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Report_print_layout_and_handbook_screenshots()
    {
        await _page.SignInAtAsync("/berichte/zielerreichung?jahr=2015&quartal=2", "gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await _page.WaitForCircuitAsync();
        await Expect(_page.GetByTestId("provisional")).ToBeVisibleAsync();
        await _page.WaitUntilStillAsync();
        await _page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots(), "bericht-zielerreichung.png") });

        // Print layout: no app bar, no navigation, one Geschäftsstelle per page; Chromium's print to PDF.
        await _page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(_page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(_page.GetByTestId("xlsx-link")).ToBeHiddenAsync();
        await _page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots(), "druckansicht.png") });
        var pdf = await _page.PdfAsync(new() { Format = "A4", Landscape = true, PrintBackground = true });
        pdf.Length.ShouldBeGreaterThan(10_000);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        await File.WriteAllBytesAsync(Path.Combine(Screenshots(), "zielerreichung-druck.pdf"), pdf, TestContext.Current.CancellationToken);
        await _page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The other pages of the handbook: each shows its heading and its content (numbers from the demo figures), goes
        // interactive without an error, and is photographed once nothing moves any more.
        (string Url, string File, string Heading, string Content, string Shows)[] pages =
        [
            // The agreed K3 target of 2015 (targets.csv, version 2: 17970).
            ("/ziele", "zieluebersicht.png", "Zielübersicht 2015", "tr[data-indicator='K3'] [data-col=target]", "17.970"),
            // The first unit it offers, Mettmann, in the latest month with figures; K2 so far of the Joboffensive team:
            // 100 · (25 + 28 + 30 + 33 + 32 + 30) · 6 / (1063 + 1071 + 1072 + 1081 + 1071 + 1072) = 100 · 178 · 6 / 6430 = 16,6 %.
            ("/erfassung", "erfassung.png", "Erfassung Juni 2015",
                "tr[data-indicator='K2'][data-component='INT'] td[data-col=derived][data-unit='MET-JO']", "16,6 %"),
            ("/import", "import.png", "Monatszahlen importieren", "button:has-text('Datei wählen')", "Datei wählen"),
            // Nothing of June is submitted in the demo data (and these tests change nothing). 21 units owe June figures
            // (seeds/reporting-duties.csv): 15 teams (the 18 less ERK-MI and ERK-LG, closed 31.03.2015, and the
            // Arbeitgeberservice MET-AGS, which owes nothing), 5 Geschäftsstellen (their stadtscharf figures; GS-ERK is
            // closed) and the Jobcenter (indicators entered only there): 15 + 5 + 1 = 21.
            ("/monatsabschluss", "monatsabschluss.png", "Monatsabschluss Juni 2015", "[data-testid=completeness-summary]",
                "21 meldepflichtige Einheiten · 0 eingereicht · 0 abgeschlossen"),
            ("/berichte", "berichte.png", "Berichte", "main", "Bildung und Teilhabe je Stichtag"),
            // § 16a Nrn. 1–3 in 2014, all cities: 66 + 508 + 316 = 890 customers (demo/figures.csv, the twelve months
            // summed: 73 + 68 + 79 + 79 + 80 + 63 + 74 + 73 + 73 + 77 + 68 + 83 = 890).
            ("/berichte/16a?jahr=2014", "bericht-16a.png", "§ 16a SGB II stadtscharf 2014", "[data-cell='TOTAL|sum']", "890"),
            // BuT applications processed 16.01.–15.04.2015 (the months 02–04), all cities: 1.449 + 1.427 + 1.454 = 4.330.
            ("/berichte/but?jahr=2015&stichtag=2", "bericht-but.png", "Stichtag 15.04.2015", "[data-cell='city:TOTAL|bea']", "4.330"),
            ("/hilfe", "hilfe.png", "Handbuch ME-aktiv Zielnachhaltung", "[data-testid=handbook]", "Anmelden"),
        ];
        foreach (var (url, file, heading, content, shows) in pages)
        {
            await _page.GotoAsync(url);
            await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
            await Expect(_page.Locator(content).First).ToBeVisibleAsync();
            await Expect(_page.Locator(content).First).ToContainTextAsync(shows);
            if (url != "/hilfe") // the handbook is a plain page without an interactive part
            {
                await _page.WaitForCircuitAsync();
            }

            await Expect(_page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await _page.WaitUntilStillAsync();
            await _page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots(), file) });
        }
    }
}
