namespace MeAktiv.LoadDriver.Suite;

/// <summary>
/// The dashboards in Chromium (Playwright, Debian's <c>/usr/bin/chromium</c>), ME-aktiv in the production set-up on a
/// fresh copy of the 10-year file beside the bare template's <c>/counter</c>: time to interactive of the Gesamtübersicht
/// (the hidden interactive marker, which its page-actions.js sets on the static page once it has run;
/// <see cref="RenderCommand"/>: <c>--runs</c> loads each, alternating, medians) and server heap per open dashboard circuit
/// with <c>--count</c> (50) open, and what is left over once all are closed (<see cref="CircuitsCommand"/>; the bare app
/// measured the same way as the floor). The Gesamtübersicht is static and has no circuit; the circuits are those of the
/// interactive dashboard page, the Kennzahl page (<see cref="CircuitPath"/>).
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

    /// <summary>The dashboard page with a circuit: the Integrationsquote of the Jobcenter with its ranking and charts.</summary>
    public const string CircuitPath = "/uebersicht/kennzahl/K2?einheit=JC&jahr=2015&monat=5";

    /// <summary>
    /// Heap per open page and left over after closing (part <c>circuits</c>): the Gesamtübersicht (the goal; static, so
    /// an open page should hold nothing) and, for information, the Kennzahl page's circuits (<c>--circuit-path</c>).
    /// </summary>
    public static async Task CircuitsAsync(Options o, SuiteTable table)
    {
        var overview = o.With("path", o.Get("path", "/uebersicht"));
        var kennzahl = o.With("path", o.Get("circuit-path", CircuitPath));
        await using var browsers = await Browsers.LaunchAsync();
        CircuitHeap mine, detail, floorHeap;
        await using (var app = await AppServer.StartProductionAsync(overview, AppServer.CopyTenYears(o, "circuits"), demo: false))
        {
            var state = await browsers.SignInAsync(overview, app.BaseUrl);
            mine = await CircuitsCommand.MeasureAsync(app, browsers, overview, state);
            detail = await CircuitsCommand.MeasureAsync(app, browsers, kennzahl, state);
        }

        await using (var floor = await AppServer.StartFloorAsync(o))
        {
            floorHeap = await CircuitsCommand.MeasureAsync(floor, browsers, o.With("path", "/counter"), state: null);
        }

        var count = o.Int("count", 50);
        table.Absolute($"server heap per open Gesamtübersicht ({count} open; static, {mine.OpenCircuits} circuits)", mine.PerCircuit / 1024,
            floorHeap.PerCircuit / 1024, "KiB", 600);
        table.Absolute("heap left over per closed page (all closed)", mine.LeftOverPerCircuit / 1024, floorHeap.LeftOverPerCircuit / 1024,
            "KiB", 30);
        table.Info($"server heap per open Kennzahl-page circuit ({count} open, {detail.OpenCircuits} circuits)", detail.PerCircuit / 1024,
            floorHeap.PerCircuit / 1024, "KiB");
        table.Info("Kennzahl page: heap left over per closed circuit", detail.LeftOverPerCircuit / 1024, floorHeap.LeftOverPerCircuit / 1024, "KiB");
        if (mine.OpenAfter + detail.OpenAfter > 0)
        {
            table.Note($"{mine.OpenAfter + detail.OpenAfter} ME-aktiv circuits were still open after the drain");
        }
    }
}
