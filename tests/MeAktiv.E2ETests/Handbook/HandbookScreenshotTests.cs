using System.Text.RegularExpressions;
using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Handbook;

/// <summary>
/// The pages the handbook (docs/handbuch.md) describes for Maßnahmen, Sitzungen, Termine, Start, Erfassung (year
/// layout) and Verwaltung: the Bereichsleitung creates a meeting with a measure through the UI, then each page is
/// opened as the role that uses it and must render its heading and become interactive. With the environment variable
/// <c>MEAKTIV_SCREENSHOTS</c> set (a folder; relative to the repository, e.g. docs/screenshots) each page is also
/// photographed there (PNG 1440×900, the visible part).
/// </summary>
[Collection(HandbookCollection.Name)]
public sealed class HandbookScreenshotTests(KestrelAppFixture app) : IAsyncLifetime
{
    private const string Measure = "Vermittlungsoffensive Velbert";
    private static readonly ViewportSize Large = new() { Width = 1440, Height = 900 };
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await _browser.NewPageAsync(Large); // a new browser context: signed out, nothing left from other tests
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Handbook_pages_render_for_their_roles_with_Screenshots_when_asked_for()
    {
        // Bereichsleitung: a meeting with its agenda, minutes, a decision and a measure.
        await _page.SignInAtAsync("/sitzungen", "bl@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await _page.GetByTestId("new-meeting").ClickAsync();
        await _page.GetByTestId("meeting-create").ClickAsync(); // Zielnachhaltungsgespräch, Jobcenter, 06/2015
        await Expect(_page).ToHaveURLAsync(new Regex(@"/sitzungen/[0-9a-f-]{36}$"));
        await _page.WaitForCircuitAsync();
        var meetingUrl = new Uri(_page.Url).AbsolutePath;
        await Expect(_page.Locator("[data-testid=agenda] tr[data-kind=RedTarget]").First).ToBeVisibleAsync();

        await _page.GetByTestId("meeting-minutes").FillAsync(
            "Die Eingliederungsquote nach Qualifizierung liegt unter dem anteiligen Soll. Velbert stellt im Juli eine Vermittlungsoffensive vor.");
        await _page.GetByTestId("minutes-save").ClickAsync();
        await Expect(_page.Locator(".mud-snackbar")).ToContainTextAsync("Protokoll gespeichert.");
        await _page.GetByTestId("decision-text").FillAsync("Monatliche Nachhaltung der Eingliederungsquote in Velbert bis Jahresende.");
        await _page.GetByTestId("decision-add").ClickAsync();
        await Expect(_page.GetByTestId("decisions")).ToContainTextAsync("Monatliche Nachhaltung");

        await _page.GetByTestId("measure-title").FillAsync(Measure);
        await _page.GetByTestId("measure-form").Locator("textarea").First.FillAsync(
            "Zusätzliche Vermittlungsgespräche nach abgeschlossener Qualifizierung, gemeinsam mit dem Arbeitgeberservice.");
        await _page.GetByTestId("measure-owner").ClickAsync();
        await _page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "VEL-MI" }).First.ClickAsync();
        await Expect(_page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await _page.GetByTestId("measure-save").ClickAsync();
        var row = _page.Locator("[data-testid=measure-table] tr[data-measure]").Filter(new() { HasText = Measure });
        await Expect(row).ToBeVisibleAsync();
        await _page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await ShotAsync("sitzung.png");

        await row.GetByRole(AriaRole.Link, new() { Name = Measure }).ClickAsync();
        await Expect(_page.GetByTestId("measure-heading")).ToHaveTextAsync(Measure);
        await _page.WaitForCircuitAsync();
        await Expect(_page.GetByTestId("measure-curve").First.Locator("svg path").First).ToBeAttachedAsync();
        await _page.WaitUntilStillAsync(); // the chart has drawn its line
        await ShotAsync("massnahme.png");

        await OpenAsync("/massnahmen", "Steuerungsmaßnahmen");
        await Expect(_page.Locator("[data-testid=measure-table] tr[data-measure]").Filter(new() { HasText = Measure })).ToBeVisibleAsync();
        await ShotAsync("massnahmen.png");

        await OpenAsync("/sitzungen", "Sitzungen");
        await Expect(_page.Locator("[data-testid=meeting-table] tr[data-meeting]")).ToHaveCountAsync(1);
        await ShotAsync("sitzungen.png");

        await _page.GotoAsync(meetingUrl + "/protokoll");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Protokoll: Zielnachhaltungsgespräch");
        await Expect(_page.GetByTestId("protocol-measures")).ToContainTextAsync(Measure);
        await Expect(_page.Locator(".mud-appbar")).ToHaveCountAsync(0);
        await ShotAsync("sitzung-protokoll.png");

        await OpenAsync("/termine", "Termine 2015");
        await Expect(_page.Locator("[data-testid=termine] tbody tr").First).ToBeVisibleAsync();
        await ShotAsync("termine.png");

        // Teamleitung: its start page with the measure it owns, and the Erfassung with the months as columns.
        await SignInAsAsync("/", "tl-vel-mi@me-aktiv.example");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Guten Tag");
        await Expect(_page.GetByTestId("my-measures")).ToContainTextAsync(Measure);
        await ShotAsync("start.png");

        await OpenAsync("/erfassung?einheit=VEL-MI&monat=2015-06&ansicht=jahr", "Erfassung");
        await Expect(_page.GetByTestId("year-layout")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(_page.GetByTestId("erfassung-error")).ToHaveCountAsync(0);
        await Expect(_page.GetByTestId("entry-grid")).ToBeVisibleAsync();
        await ShotAsync("erfassung-jahr.png");

        // Administration: users and the audit log (which lists the Bereichsleitung's changes above).
        await SignInAsAsync("/verwaltung/benutzer", "admin@me-aktiv.example");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Benutzer und Rechte");
        await Expect(_page.GetByTestId("users")).ToContainTextAsync("bl@me-aktiv.example");
        await ShotAsync("verwaltung-benutzer.png");

        await OpenAsync("/verwaltung/protokoll", "Änderungsprotokoll");
        await Expect(_page.GetByTestId("audit-rows")).ToContainTextAsync("bl@me-aktiv.example");
        await ShotAsync("verwaltung-protokoll.png");
    }

    private async Task OpenAsync(string path, string heading)
    {
        await _page.GotoAsync(path);
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
        await _page.WaitForCircuitAsync();
        await Expect(_page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    private async Task SignInAsAsync(string path, string email)
    {
        await _page.CloseAsync(); // the previous role's page and circuit end here
        _page = await _browser.NewPageAsync(Large); // another browser context: signed out
        await _page.SignInAtAsync(path, email, KestrelAppFixture.DemoPassword);
    }

    private async Task ShotAsync(string file)
    {
        if (Environment.GetEnvironmentVariable("MEAKTIV_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        folder = Path.IsPathRooted(folder) ? folder : Path.Combine(RepositoryRoot(), folder);
        Directory.CreateDirectory(folder);
        await Expect(_page.Locator(".mud-snackbar")).ToHaveCountAsync(0); // the confirmations fade out after a few seconds
        await _page.WaitUntilStillAsync();
        await _page.ScreenshotAsync(new() { Path = Path.Combine(folder, file), Type = ScreenshotType.Png });
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

/// <summary>The handbook test creates a meeting and a measure: its own app and database.</summary>
[CollectionDefinition(Name)]
public sealed class HandbookCollection : ICollectionFixture<KestrelAppFixture>
{
    public const string Name = "Handbook";
}
