using System.Text.RegularExpressions;
using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Account;

/// <summary>
/// A link clicked on an interactive page before its circuit is up opens the linked page, and that page becomes
/// interactive (page-actions.js loads it whole). Bug: Blazor changed the address and left the old page, or a page whose
/// circuit never came ("Guten Tag" under /erfassung… in 4 of 8 tries when a team lead clicked an owed month on the
/// start page at once; TeamLeadMonthTests failed so in CI). The test never lets the start page's WebSocket connect
/// (Playwright's WebSocket route), so only a page loaded anew can become interactive.
/// Once the circuit routes, links stay in the page (no new document).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EarlyLinkClickTests(KestrelAppFixture app) : IAsyncLifetime
{
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _page = await _browser.NewPageAsync();
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task A_link_clicked_before_the_circuit_is_up_opens_its_page_and_later_clicks_stay_in_the_circuit()
    {
        await _page.SignInAtAsync("/ziele", "gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        var release = new TaskCompletionSource();
        var sockets = 0;
        await _page.RouteWebSocketAsync(new Regex("/_blazor"), async socket =>
        {
            if (Interlocked.Increment(ref sockets) == 1)
            {
                await release.Task; // the start page's socket waits until the link is clicked, then stays unconnected
                return;
            }

            socket.ConnectToServer(); // the next page's circuit
        });

        await _page.GotoAsync("/");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Guten Tag");
        await Expect(_page.Locator("#circuit-ready")).ToHaveCountAsync(0);
        await _page.Locator("nav a[href='/massnahmen']").ClickAsync();
        await Expect(_page).ToHaveURLAsync(new Regex("/massnahmen$"));
        release.TrySetResult();
        await Expect(_page).ToHaveTitleAsync("Maßnahmen – ME-aktiv");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToContainTextAsync("Guten Tag");

        await _page.WaitForCircuitAsync();
        await Expect(_page.Locator("#circuit-ready")).ToBeAttachedAsync();
        await _page.EvaluateAsync("() => window.__samePage = true");
        await _page.Locator("nav a[href='/termine']").ClickAsync();
        await Expect(_page).ToHaveURLAsync(new Regex("/termine$"));
        await Expect(_page).ToHaveTitleAsync(new Regex("^Termine"));
        (await _page.EvaluateAsync<bool>("() => window.__samePage === true")).ShouldBeTrue("Blazor routed the click in the circuit");
    }
}
