namespace MeAktiv.LoadDriver.Suite;

/// <summary>
/// The Gesamtübersicht in Chromium (Playwright, Debian's <c>/usr/bin/chromium</c>), ME-aktiv in the production set-up on
/// a fresh copy of the 10-year file beside the bare template's <c>/counter</c>: time to interactive (the hidden
/// interactive marker, <see cref="RenderCommand"/>: <c>--runs</c> loads each, alternating, medians) and server heap per
/// open circuit with <c>--count</c> (50) open, and what is left over once all are closed (<see cref="CircuitsCommand"/>;
/// the bare app measured the same way as the floor).
/// </summary>
internal static class BrowserPart
{
    /// <summary>Time to interactive (part <c>tti</c>).</summary>
    public static async Task InteractiveAsync(Options o, SuiteTable table)
    {
        var page = o.With("path", o.Get("path", "/uebersicht"));
        await using var browsers = await Browsers.LaunchAsync();
        await using var app = await AppServer.StartProductionAsync(page, AppServer.CopyTenYears(o, "render"), demo: false);
        await using var floor = await AppServer.StartFloorAsync(o);
        var (interactive, bare) = await RenderCommand.MeasureAsync(app, floor, browsers, page);
        table.Ratio("Gesamtübersicht time to interactive vs bare /counter (median)", interactive, bare, "ms", 1.25);
    }

    /// <summary>Heap per circuit and left over after closing (part <c>circuits</c>).</summary>
    public static async Task CircuitsAsync(Options o, SuiteTable table)
    {
        var page = o.With("path", o.Get("path", "/uebersicht"));
        await using var browsers = await Browsers.LaunchAsync();
        CircuitHeap mine, floorHeap;
        await using (var app = await AppServer.StartProductionAsync(page, AppServer.CopyTenYears(o, "circuits"), demo: false))
        {
            mine = await CircuitsCommand.MeasureAsync(app, browsers, page, await browsers.SignInAsync(page, app.BaseUrl));
        }

        await using (var floor = await AppServer.StartFloorAsync(o))
        {
            floorHeap = await CircuitsCommand.MeasureAsync(floor, browsers, o.With("path", "/counter"), state: null);
        }

        table.Absolute($"server heap per open Gesamtübersicht circuit ({o.Int("count", 50)} open)", mine.PerCircuit / 1024,
            floorHeap.PerCircuit / 1024, "KiB", 600);
        table.Absolute("heap left over per closed circuit (all closed)", mine.LeftOverPerCircuit / 1024, floorHeap.LeftOverPerCircuit / 1024,
            "KiB", 30);
        if (mine.OpenAfter > 0)
        {
            table.Note($"{mine.OpenAfter} ME-aktiv circuits were still open after the drain");
        }
    }
}
