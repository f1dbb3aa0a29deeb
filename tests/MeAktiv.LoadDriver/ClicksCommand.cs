using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace MeAktiv.LoadDriver;

/// <summary>
/// <c>clicks</c>: <c>--count</c> open circuits, each clicking about once a second for <c>--minutes</c> on
/// <c>--click</c> (default: the unit picker, whose list of 27 units the server renders into a popover; every second
/// click closes it again through the overlay, so every click changes the page). The clicking runs inside each page
/// (<see cref="Clicker"/>): the mouse events a real click produces (pointerdown, mousedown, pointerup, mouseup, click)
/// are dispatched on the element under the centre of the target, and the time from pointerdown to the first DOM change
/// (added/removed nodes or text) is measured there. The driver sends one command per page for the whole run, so the
/// driver and Playwright's Node process add nothing while it runs; only Chromium's renderers and the server work.
/// Also prints the server heap per circuit with all of them open, and the server's CPU time while clicking (how busy
/// its core was: whether the server or the browsers' core limits the clicks).
/// </summary>
internal static class ClicksCommand
{
    private const string Clicker = """
        async ({ selector, durationMs, periodMs, phaseMs }) => {
          const sleep = ms => new Promise(r => setTimeout(r, ms));
          const times = []; let failed = 0, changed = 0;
          const all = document.getElementsByTagName('*');
          const end = performance.now() + durationMs;
          await sleep(phaseMs);
          let point = null;
          while (performance.now() < end) {
            const started = performance.now();
            if (!point) {
              const box = document.querySelector(selector)?.getBoundingClientRect();
              if (box) point = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
            }
            const target = point && document.elementFromPoint(point.x, point.y);
            if (!target) { failed++; await sleep(periodMs); continue; }
            const ms = await new Promise(resolve => {
              let t0 = -1; const before = all.length;
              const timer = setTimeout(() => { o.disconnect(); resolve(-1); }, 10000);
              const o = new MutationObserver(() => {
                if (t0 >= 0) { o.disconnect(); clearTimeout(timer); if (all.length !== before) changed++; resolve(performance.now() - t0); }
              });
              o.observe(document.body, { subtree: true, childList: true, characterData: true });
              const init = { bubbles: true, cancelable: true, composed: true, clientX: point.x, clientY: point.y, button: 0, view: window };
              const pointer = { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true };
              t0 = performance.now();
              target.dispatchEvent(new PointerEvent('pointerdown', pointer));
              target.dispatchEvent(new MouseEvent('mousedown', init));
              target.dispatchEvent(new PointerEvent('pointerup', pointer));
              target.dispatchEvent(new MouseEvent('mouseup', init));
              target.dispatchEvent(new MouseEvent('click', init));
            });
            if (ms < 0) failed++; else times.push(ms);
            const left = periodMs - (performance.now() - started);
            if (left > 0) await sleep(left);
          }
          return JSON.stringify({ times, failed, changed });
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
        var seconds = o.Double("minutes", 2) * 60;
        var period = o.Int("period-ms", 1000);
        Stats.Report("clicking", $"{count} pages, one click every {period} ms each, for {seconds:F0} s on {selector}");
        var metricsBefore = await ServerMetrics.ScrapeAsync(app);
        var cpuBefore = app.CpuTime;
        var runs = await Task.WhenAll(open.Select((entry, i) => entry.Page.EvaluateAsync<string>(Clicker, new
        {
            selector, durationMs = seconds * 1000, periodMs = period, phaseMs = i * period / count,
        })));

        var serverCpu = (app.CpuTime - cpuBefore).TotalSeconds;
        var results = runs.Select(r => JsonSerializer.Deserialize<ClickRun>(r, JsonOptions)!).ToList();
        var measured = results.SelectMany(r => r.Times).ToList();
        Stats.Report("click-to-update", Stats.Summary(measured));
        Stats.Report("clicks", string.Create(CultureInfo.InvariantCulture,
            $"{measured.Count} measured ({measured.Count / seconds:F1}/s of {count * 1000.0 / period:F0}/s intended), " +
            $"{results.Sum(r => r.Failed)} without DOM update within 10 s, " +
            $"{results.Sum(r => r.Changed)} of them changed the number of elements (the server's render arrived)"));
        Stats.Report("server cpu", string.Create(CultureInfo.InvariantCulture,
            $"{serverCpu:F1} s in {seconds:F0} s = {100 * serverCpu / seconds:F0} % of its core, " +
            $"{1000 * serverCpu / Math.Max(1, measured.Count):F1} ms per measured click (everything the server did, GC included)"));
        var metricsAfter = await ServerMetrics.ScrapeAsync(app);
        Stats.Report("server event handler", ServerMetrics.Describe(metricsBefore, metricsAfter,
            "aspnetcore_components_handle_event_duration_seconds", "attribute_name=\"on"));
        Stats.Report("server render diff", ServerMetrics.Describe(metricsBefore, metricsAfter,
            "aspnetcore_components_render_diff_duration_seconds"));
        var after = await app.GcAsync();
        Stats.Report("heap after clicking", CircuitsCommand.Describe(after));
        await CircuitsCommand.CloseAsync(open);
        return 0;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record ClickRun(List<double> Times, int Failed, int Changed);
}
