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
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await app.NewPageAsync();
        await _page.SetViewportSizeAsync(1440, 900);
    }

    public async ValueTask DisposeAsync() => await _page.CloseAsync();

    /// <summary>docs/screenshots of the repository that holds this source file (never another checkout).</summary>
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
                await _page.WaitForTimeoutAsync(600); // chart animation
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

        foreach (var (url, file) in new[]
                 {
                     ("/ziele", "zieluebersicht.png"), ("/erfassung", "erfassung.png"), ("/import", "import.png"),
                     ("/monatsabschluss", "monatsabschluss.png"), ("/berichte", "berichte.png"),
                     ("/berichte/16a?jahr=2014", "bericht-16a.png"), ("/berichte/but?jahr=2015&stichtag=2", "bericht-but.png"),
                     ("/hilfe", "hilfe.png"),
                 })
        {
            await _page.GotoAsync(url);
            await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await _page.WaitForTimeoutAsync(400);
            await _page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots(), file) });
        }
    }
}
