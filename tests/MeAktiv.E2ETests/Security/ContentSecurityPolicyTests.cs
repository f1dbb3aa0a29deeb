using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Security;

/// <summary>
/// The Content-Security-Policy leaves the app working in Chromium: login, Zielübersicht (MudSelect popover),
/// Erfassung and the user administration go interactive, and the browser reports no CSP violation on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(KestrelAppFixture app) : IAsyncLifetime
{
    private const string CollectViolations =
        "window.__csp = []; document.addEventListener('securitypolicyviolation', " +
        "e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));";

    private readonly List<string> _console = [];
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _page = await OpenAsync();
    }

    /// <summary>A page in a new browser context (signed out) that collects CSP violations and console errors.</summary>
    private async Task<IPage> OpenAsync()
    {
        var page = await _browser.NewPageAsync();
        await page.AddInitScriptAsync(CollectViolations);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _console.Add(message.Text);
            }
        };
        return page;
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Pages_work_under_the_policy_without_a_single_violation()
    {
        var csp = await (await _page.GotoAsync("/account/login"))!.HeaderValueAsync("content-security-policy");
        csp.ShouldNotBeNull().ShouldContain("frame-ancestors 'none'");

        await _page.SubmitLoginAsync("gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await _page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal)); // signed in
        await _page.GotoAsync("/ziele"); // the Zielübersicht moved from the start page to /ziele
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Zielübersicht 2015" })).ToBeVisibleAsync();
        await _page.WaitForCircuitAsync();
        await _page.GetByTestId("unit-select").ClickAsync(); // MudSelect: popover with inline styles
        await Expect(_page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await _page.Keyboard.PressAsync("Escape");
        await NoViolationsAsync("/ziele");

        await _page.GotoAsync("/erfassung");
        await _page.WaitForCircuitAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Erfassung");
        await NoViolationsAsync("/erfassung");

        await _page.GotoAsync("/verwaltung/protokoll");
        await _page.WaitForCircuitAsync();
        await Expect(_page.GetByTestId("audit-rows")).ToBeVisibleAsync();
        await NoViolationsAsync("/verwaltung/protokoll");

        _page = await OpenAsync(); // the administration in a browser of its own
        await _page.SignInAtAsync("/verwaltung/benutzer", "admin@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await _page.GetByTestId("user-new").ClickAsync();
        await Expect(_page.GetByTestId("user-form")).ToBeVisibleAsync();

        await Expect(_page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await NoViolationsAsync("/verwaltung/benutzer");
        _console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }

    /// <summary>The violations the page reported since it loaded (the collector starts afresh on every page load).</summary>
    private async Task NoViolationsAsync(string page)
    {
        var violations = await _page.EvaluateAsync<string[]>("window.__csp");
        violations.ShouldBeEmpty($"CSP violations on {page}: " + string.Join("; ", violations));
    }
}
