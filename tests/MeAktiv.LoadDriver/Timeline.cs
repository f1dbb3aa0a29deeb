using System.Globalization;
using Microsoft.Playwright;

namespace MeAktiv.LoadDriver;

/// <summary>
/// <c>render --timeline</c>: one more load of each page after the measured runs, printed as the browser saw it: every
/// resource (start, end, bytes), DOMContentLoaded, the circuit's WebSocket (opened, first and last message before
/// the interactive marker, message count) and the markers. Shows where the time until interactive goes. With
/// <c>--trace DIR</c> Chromium's own trace of that load is written to <c>DIR/LABEL.json</c>.
/// </summary>
internal static class Timeline
{
    /// <summary>Whether the options ask for the timeline (<c>--timeline yes</c>).</summary>
    public static bool IsOn(Options o) => o.Get("timeline", "no") != "no";

    /// <summary>Whether a context gets <see cref="WebSocketProbe"/>: only the timeline's own loads (never the measured ones).</summary>
    public static bool ProbeOn(Options o) => o.Get("websocket-probe", "no") == "yes";

    /// <summary>Added after the marker script (it uses <c>window.__marks</c>): stamps the WebSocket's open and messages.</summary>
    public const string WebSocketProbe = """
        (() => {
          const Ws = window.WebSocket;
          window.__ws = { messages: 0 };
          window.WebSocket = function (...args) {
            const ws = new Ws(...args);
            window.__ws.created = performance.now();
            ws.addEventListener('open', () => window.__ws.open = performance.now());
            ws.addEventListener('message', () => {
              if (window.__marks.interactive !== undefined) return;
              window.__ws.messages++;
              window.__ws.first ??= performance.now();
              window.__ws.last = performance.now();
            });
            return ws;
          };
          window.WebSocket.prototype = Ws.prototype;
          Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
        })();
        """;

    public static async Task PrintAsync(Browsers browsers, Options o, string? state, string url, string label)
    {
        await using var context = await browsers.NewContextAsync(o.With("websocket-probe", "yes"), state);
        var page = await context.NewPageAsync();
        var trace = o.Get("trace", "");
        var events = new List<System.Text.Json.JsonElement>();
        var complete = new TaskCompletionSource();
        ICDPSession? cdp = null;
        if (trace.Length > 0)
        {
            // Chromium's own trace of this load (--trace DIR), through the DevTools protocol: main-thread work by kind.
            cdp = await context.NewCDPSessionAsync(page);
            cdp.Event("Tracing.dataCollected").OnEvent += (_, e) =>
            {
                lock (events)
                {
                    events.AddRange(e!.Value.GetProperty("value").EnumerateArray().Select(v => v.Clone()));
                }
            };
            cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
            await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
            {
                ["categories"] = "devtools.timeline,blink,v8.execute,loading,disabled-by-default-devtools.timeline",
                ["transferMode"] = "ReportEvents",
            });
        }

        await Browsers.OpenAsync(page, url, o);
        if (cdp is not null)
        {
            await cdp.SendAsync("Tracing.end");
            await complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Directory.CreateDirectory(trace);
            await File.WriteAllTextAsync(Path.Combine(trace, label + ".json"), System.Text.Json.JsonSerializer.Serialize(new { traceEvents = events }));
        }

        var lines = await page.EvaluateAsync<string[]>("""
            () => {
              const f = v => v === undefined ? '-' : v.toFixed(0);
              const nav = performance.getEntriesByType('navigation')[0];
              const out = [`document: response ${f(nav.responseStart)}..${f(nav.responseEnd)} ms, ${nav.transferSize} B; ` +
                           `DOMContentLoaded ${f(nav.domContentLoadedEventEnd)} ms; load ${f(nav.loadEventEnd)} ms`];
              for (const r of performance.getEntriesByType('resource'))
                out.push(`${r.name.replace(location.origin, '')}: ${f(r.startTime)}..${f(r.responseEnd)} ms, ${r.transferSize} B`);
              const fcp = performance.getEntriesByName('first-contentful-paint')[0];
              out.push(`first contentful paint ${f(fcp?.startTime)} ms; rendered marker ${f(window.__marks.rendered)} ms`);
              const w = window.__ws;
              out.push(`websocket: created ${f(w.created)}, open ${f(w.open)}, first message ${f(w.first)}, ` +
                       `last before interactive ${f(w.last)} ms, ${w.messages} messages; interactive marker ${f(window.__marks.interactive)} ms`);
              return out;
            }
            """);
        foreach (var line in lines)
        {
            Stats.Report($"timeline {label}", line);
        }

        await Browsers.CloseAsync(context, page);
    }
}
