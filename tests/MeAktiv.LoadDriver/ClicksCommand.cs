using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace MeAktiv.LoadDriver;

/// <summary>
/// <c>clicks</c>: <c>--count</c> open circuits, each clicking about once a second for <c>--minutes</c>: a real mouse
/// click on <c>--click</c> (default: the unit picker, whose list the server renders), then Escape to close it again.
/// Click-to-update is measured in the browser: from the click's <c>pointerdown</c> (capture phase) to the first DOM
/// change (added/removed nodes or text; attribute-only changes such as focus classes do not count). Also prints the
/// server heap per circuit with all of them open.
/// </summary>
internal static class ClicksCommand
{
    private const string Arm = """
        () => {
          window.__click = new Promise(resolve => {
            let t0 = -1;
            document.addEventListener('pointerdown', () => { t0 = performance.now(); }, { capture: true, once: true });
            const o = new MutationObserver(() => { if (t0 >= 0) { o.disconnect(); resolve(performance.now() - t0); } });
            o.observe(document.body, { subtree: true, childList: true, characterData: true });
            setTimeout(() => { o.disconnect(); resolve(-1); }, 30000);
          });
        }
        """;

    public static async Task<int> RunAsync(Options o)
    {
        await using var app = await AppServer.StartMeAktivAsync(o, "clicks");
        await using var browsers = await Browsers.LaunchAsync();
        var state = await browsers.SignInAsync(o, app.BaseUrl);
        var baseline = await app.GcAsync();
        var count = o.Int("count", 100);
        var open = await CircuitsCommand.OpenAsync(browsers, o, state, app.BaseUrl, count);
        var loaded = await app.GcAsync();
        Stats.Report("heap", $"{CircuitsCommand.Describe(baseline)} -> {CircuitsCommand.Describe(loaded)}; " +
                             $"{(loaded.HeapBytes - baseline.HeapBytes) / (double)count / 1024:F0} KiB per circuit");

        var selector = o.Get("click", "[data-testid=unit-select]");
        if (o.Get("dump", "") is { Length: > 0 } dump)
        {
            Console.WriteLine(await open[0].Page.EvaluateAsync<string>(
                "s => (document.querySelector(s)?.parentElement?.outerHTML ?? 'no match').slice(0, 3000)", dump));
        }

        var until = Stopwatch.GetTimestamp() + (long)(o.Double("minutes", 2) * 60 * Stopwatch.Frequency);
        var times = new ConcurrentBag<double>();
        var failures = 0;
        await Task.WhenAll(open.Select(async (entry, i) =>
        {
            await Task.Delay(i * 1000 / count);
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    times.Add(await ClickAsync(entry.Page, selector));
                    await entry.Page.Keyboard.PressAsync("Escape");
                }
                catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
                {
                    Interlocked.Increment(ref failures);
                }

                var left = 1000 - Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (left > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(left));
                }
            }
        }));

        var measured = times.Where(t => t >= 0).ToList();
        var duration = o.Double("minutes", 2) * 60;
        Stats.Report("click-to-update", Stats.Summary(measured));
        Stats.Report("clicks", $"{measured.Count} measured ({measured.Count / duration:F1}/s), " +
                               $"{times.Count(t => t < 0)} without DOM update in 30 s, {failures} failed");
        await CircuitsCommand.CloseAsync(open);
        return 0;
    }

    private static async Task<double> ClickAsync(IPage page, string selector)
    {
        await page.EvaluateAsync(Arm);
        await page.Locator(selector).First.ClickAsync(new() { Timeout = 10_000 });
        return await page.EvaluateAsync<double>("() => window.__click");
    }
}
