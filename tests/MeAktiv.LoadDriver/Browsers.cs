using Microsoft.Playwright;

namespace MeAktiv.LoadDriver;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, env <c>CHROMIUM_PATH</c>) driven by Playwright's bundled driver; no
/// browser is downloaded. Pages get an init script that stamps <c>performance.now()</c> when the "rendered" and the
/// "interactive" marker first appear, so the times are the browser's own, without the driver's round trips.
/// </summary>
internal sealed class Browsers : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Browsers(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Browsers> LaunchAsync()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new DriverException($"Chromium not found at {path} (apt-get install chromium, or set CHROMIUM_PATH)");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = path,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // 100 pages in one browser: none of them may be throttled as a background tab.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
            ],
        });
        return new Browsers(playwright, browser);
    }

    /// <summary>A context with the marker script; with <paramref name="state"/>, already signed in.</summary>
    public async Task<IBrowserContext> NewContextAsync(Options o, string? state = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "de-DE",
            StorageState = state,
        });
        context.SetDefaultTimeout(120_000);
        await context.AddInitScriptAsync(MarkerScript(o.RenderedMarker, o.InteractiveMarker));
        if (Timeline.ProbeOn(o))
        {
            await context.AddInitScriptAsync(Timeline.WebSocketProbe); // only for the timeline load, not the measured ones
        }
        return context;
    }

    /// <summary>Signs in through the login form once; returns the cookies as Playwright storage state.</summary>
    public async Task<string> SignInAsync(Options o, string baseUrl)
    {
        await using var context = await NewContextAsync(o);
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + o.PagePath);
        await page.Locator("#email").FillAsync(o.Email);
        await page.Locator("#password").FillAsync(o.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await page.Locator(o.InteractiveMarker).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var state = await context.StorageStateAsync();
        await CloseAsync(context, page);
        return state;
    }

    /// <summary>
    /// Closes the page as a user closes a tab, so Blazor's unload handler tells the server to end the circuit, and the
    /// context only once the page is gone: with <c>RunBeforeUnload</c>, <c>CloseAsync</c> returns before the page has
    /// closed, and closing the context at once can cut that message off (the circuit then waits out Blazor's 3-minute
    /// retention for a reconnect, and counts as open).
    /// </summary>
    public static async Task CloseAsync(IBrowserContext context, IPage page)
    {
        var gone = new TaskCompletionSource();
        page.Close += (_, _) => gone.TrySetResult();
        await page.CloseAsync(new() { RunBeforeUnload = true });
        await gone.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await context.CloseAsync();
    }

    /// <summary>Opens the page and waits for the interactive marker; returns the browser's marks in ms.</summary>
    public static async Task<PageTimes> OpenAsync(IPage page, string url, Options o)
    {
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator(o.InteractiveMarker).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var marks = await page.EvaluateAsync<double[]>("""
            () => [window.__marks.rendered ?? -1, window.__marks.interactive ?? -1,
                   (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime]
            """);
        return new PageTimes(marks[0], marks[1], marks[2]);
    }

    /// <summary>
    /// Stamps when each marker is first added to the DOM. It looks only at the nodes each DOM change adds and stops once
    /// both markers are seen: a check of the whole document after every change (the first version) cost time that grew
    /// with the page, and so weighed more on the larger page of the two being compared.
    /// </summary>
    private static string MarkerScript(string rendered, string interactive) => $$"""
        window.__marks = {};
        (() => {
          const selectors = { rendered: {{System.Text.Json.JsonSerializer.Serialize(rendered)}},
                              interactive: {{System.Text.Json.JsonSerializer.Serialize(interactive)}} };
          const has = (node, selector) => node.nodeType === 1 && (node.matches(selector) || node.querySelector(selector) !== null);
          const observer = new MutationObserver(records => {
            for (const k in selectors) {
              if (k in window.__marks) continue;
              if (records.some(r => Array.prototype.some.call(r.addedNodes, n => has(n, selectors[k])))) window.__marks[k] = performance.now();
            }
            if (Object.keys(window.__marks).length === Object.keys(selectors).length) observer.disconnect();
          });
          observer.observe(document, { subtree: true, childList: true });
        })();
        """;

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}

/// <summary>Milliseconds from navigation start: rendered marker, interactive marker, first contentful paint.</summary>
internal readonly record struct PageTimes(double Rendered, double Interactive, double FirstPaint);
