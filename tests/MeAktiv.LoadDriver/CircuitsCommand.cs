using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace MeAktiv.LoadDriver;

/// <summary>
/// <c>circuits</c>: server heap per open circuit. Heap (after a full compacting collection, GC endpoint) with no
/// circuit open, then with <c>--count</c> browser contexts open on the page, then after all are closed and the server
/// reports no open circuit (up to <c>--drain-seconds</c>: a closed page tells Blazor to drop its circuit at once; a
/// lost connection is kept for the retention period of 3 minutes). <c>--app floor</c> measures the bare Blazor app's
/// <c>/counter</c> instead (no sign-in; its GC endpoint is added by <c>prepare</c>, see <see cref="FloorApp"/>).
/// <c>--hold-seconds N</c> keeps the circuits open N seconds after the measurement (time for a heap dump).
/// </summary>
internal static class CircuitsCommand
{
    public static async Task<int> RunAsync(Options o)
    {
        var floor = o.Get("app", "me-aktiv") == "floor";
        if (floor)
        {
            o = o.With("path", o.Get("path", "/counter"));
        }

        await using var app = floor ? await AppServer.StartFloorAsync(o) : await AppServer.StartMeAktivAsync(o, "circuits");
        await using var browsers = await Browsers.LaunchAsync();
        var state = floor ? null : await browsers.SignInAsync(o, app.BaseUrl);
        var result = await MeasureAsync(app, browsers, o, state);
        return result.OpenAfter == 0 ? 0 : 3;
    }

    /// <summary>Heap per circuit with <c>--count</c> open, and left over per closed circuit once all are closed.</summary>
    internal static async Task<CircuitHeap> MeasureAsync(AppServer app, Browsers browsers, Options o, string? state)
    {
        var open = await OpenAsync(browsers, o, state, app.BaseUrl, 3);
        await CloseAsync(open);
        await DrainAsync(app, o);

        var count = o.Int("count", 50);
        var baseline = await app.GcAsync();
        Stats.Report("baseline", Describe(baseline));
        open = await OpenAsync(browsers, o, state, app.BaseUrl, count);
        var loaded = await app.GcAsync();
        var openCircuits = loaded.Circuits;
        var perCircuit = (loaded.HeapBytes - baseline.HeapBytes) / (double)count;
        Stats.Report($"{count} open", Describe(loaded) + string.Create(CultureInfo.InvariantCulture,
            $"; growth {(loaded.HeapBytes - baseline.HeapBytes) / 1048576.0:F1} MiB = {perCircuit / 1024:F0} KiB per circuit"));

        if (o.Int("hold-seconds", 0) is > 0 and var hold)
        {
            Stats.Report("hold", $"{count} circuits stay open {hold} s; server process id {app.ProcessId} (e.g. for dotnet-gcdump collect -p)");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }

        await CloseAsync(open);
        var closed = await DrainAsync(app, o);
        Stats.Report("all closed", Describe(closed) + string.Create(CultureInfo.InvariantCulture,
            $"; left over {(closed.HeapBytes - baseline.HeapBytes) / 1024.0:F0} KiB ({(closed.HeapBytes - baseline.HeapBytes) / (double)count / 1024:F1} KiB per closed circuit)"));
        if (o.Int("settle-seconds", 0) is > 0 and var settle)
        {
            await Task.Delay(TimeSpan.FromSeconds(settle)); // pools and caches that release memory when idle
            var later = await app.GcAsync();
            Stats.Report($"{settle} s later", Describe(later) + string.Create(CultureInfo.InvariantCulture,
                $"; left over {(later.HeapBytes - baseline.HeapBytes) / 1024.0:F0} KiB"));
        }

        return new CircuitHeap(perCircuit, (closed.HeapBytes - baseline.HeapBytes) / (double)count, closed.Circuits, openCircuits);
    }

    /// <summary>Opens <paramref name="count"/> signed-in contexts on the page, five at a time.</summary>
    internal static async Task<List<(IBrowserContext Context, IPage Page)>> OpenAsync(
        Browsers browsers, Options o, string? state, string baseUrl, int count)
    {
        var open = new List<(IBrowserContext, IPage)>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i += 5)
        {
            var batch = await Task.WhenAll(Enumerable.Range(i, Math.Min(5, count - i)).Select(async _ =>
            {
                var context = await browsers.NewContextAsync(o, state);
                var page = await context.NewPageAsync();
                await Browsers.OpenAsync(page, baseUrl + o.PagePath, o);
                return (context, page);
            }));
            open.AddRange(batch);
        }

        Stats.Report("opened", $"{count} contexts on {o.PagePath} in {watch.ElapsedMilliseconds} ms");
        return open;
    }

    internal static async Task CloseAsync(List<(IBrowserContext Context, IPage Page)> open)
    {
        foreach (var (context, page) in open)
        {
            await Browsers.CloseAsync(context, page);
        }
    }

    internal static async Task<GcSample> DrainAsync(AppServer app, Options o)
    {
        var watch = Stopwatch.StartNew();
        var sample = await app.GcAsync();
        while (sample.Circuits > 0 && watch.Elapsed.TotalSeconds < o.Int("drain-seconds", 240))
        {
            await Task.Delay(2000);
            sample = await app.GcAsync();
        }

        Stats.Report("drain", $"{sample.Circuits} circuits open after {watch.ElapsedMilliseconds} ms");
        return sample;
    }

    internal static string Describe(GcSample s) => string.Create(CultureInfo.InvariantCulture,
        $"heap {s.HeapBytes / 1048576.0:F1} MiB, {s.Circuits} circuits");
}

/// <summary>
/// Heap bytes per open page (per circuit on an interactive page), heap bytes left over per closed page, circuits still
/// open after the drain, circuits open while all pages were open.
/// </summary>
internal readonly record struct CircuitHeap(double PerCircuit, double LeftOverPerCircuit, long OpenAfter, long OpenCircuits);
