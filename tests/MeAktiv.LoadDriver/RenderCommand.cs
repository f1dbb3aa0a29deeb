using System.Globalization;

namespace MeAktiv.LoadDriver;

/// <summary>
/// <c>render</c>: loads the ME-aktiv page (<c>--path</c>, signed in as <c>--email</c>) and the bare app's
/// <c>/counter</c> alternately, each in a fresh signed-in browser context, <c>--warmup</c> unmeasured rounds then
/// <c>--runs</c> measured ones; prints the browser's first-paint, rendered-marker and interactive-marker times and the
/// number of EF database commands the server executed per ME-aktiv load (GC endpoint's counter, read between loads);
/// <c>--timeline yes</c> adds one load of each printed resource by resource (<see cref="Timeline"/>).
/// </summary>
internal static class RenderCommand
{
    public static async Task<int> RunAsync(Options o)
    {
        await using var app = await AppServer.StartMeAktivAsync(o, "render");
        await using var floor = await AppServer.StartFloorAsync(o);
        await using var browsers = await Browsers.LaunchAsync();
        await MeasureAsync(app, floor, browsers, o);
        return 0;
    }

    /// <summary>The loads, alternating; returns the medians of the interactive marker (ME-aktiv, bare counter) in ms.</summary>
    internal static async Task<(double App, double Floor)> MeasureAsync(AppServer app, AppServer floor, Browsers browsers, Options o)
    {
        var state = await browsers.SignInAsync(o, app.BaseUrl);
        var floorOptions = Options.Parse(["--path", "/counter", "--rendered", "h1"]);

        var warmup = o.Int("warmup", 3);
        var runs = o.Int("runs", 20);
        List<PageTimes> appTimes = [], floorTimes = [];
        List<double> commands = [];
        for (var i = 0; i < warmup + runs; i++)
        {
            var before = await app.GcAsync();
            (var a, state) = await LoadAsync(browsers, o, state, app.BaseUrl + o.PagePath);
            var after = await app.GcAsync();
            var (f, _) = await LoadAsync(browsers, floorOptions, null, floor.BaseUrl + "/counter");
            if (i == 0)
            {
                Stats.Report("first load", $"ME-aktiv {o.PagePath}: {after.DbCommands - before.DbCommands} db commands, " +
                                           $"rendered {a.Rendered:F0} ms, interactive {a.Interactive:F0} ms");
            }

            if (i >= warmup)
            {
                appTimes.Add(a);
                floorTimes.Add(f);
                commands.Add(after.DbCommands - before.DbCommands);
            }
        }

        Print($"ME-aktiv {o.PagePath}", appTimes);
        Print("bare /counter", floorTimes);
        Stats.Report("db commands per load", Stats.Summary(commands).Replace(" ms", "", StringComparison.Ordinal));
        // Which loads needed more (e.g. the cookie's security-stamp check once a minute): count × loads, and their numbers.
        Stats.Report("db commands per load, counted", string.Join(", ", commands.GroupBy(c => c).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture,
                $"{g.Key:F0} in {g.Count()} (loads {string.Join(" ", commands.Select((c, i) => (c, i + 1)).Where(x => x.c == g.Key).Select(x => x.Item2).Take(12))})"))));
        var (appMedian, floorMedian) = (Stats.Percentile(appTimes.Select(t => t.Interactive).ToList(), 50),
            Stats.Percentile(floorTimes.Select(t => t.Interactive).ToList(), 50));
        Stats.Report("ratio", string.Create(CultureInfo.InvariantCulture, $"median interactive ME-aktiv / bare = {appMedian / floorMedian:F2}"));
        if (Timeline.IsOn(o))
        {
            await Timeline.PrintAsync(browsers, o, state, app.BaseUrl + o.PagePath, "ME-aktiv");
            await Timeline.PrintAsync(browsers, floorOptions.With("trace", o.Get("trace", "")), null, floor.BaseUrl + "/counter", "bare");
        }

        return (appMedian, floorMedian);
    }

    /// <summary>
    /// One load in a new context. Returns the context's cookies too, so the next load sends the cookie the server last
    /// issued, as a browser does: with the sign-in's first cookie, every load after a minute would have the server
    /// re-validate and re-issue it (Identity's security stamp check, 5 database commands).
    /// </summary>
    private static async Task<(PageTimes Times, string? State)> LoadAsync(Browsers browsers, Options o, string? state, string url)
    {
        await using var context = await browsers.NewContextAsync(o, state);
        var page = await context.NewPageAsync();
        var times = await Browsers.OpenAsync(page, url, o);
        var next = state is null ? null : await context.StorageStateAsync();
        await Browsers.CloseAsync(context, page);
        return (times, next);
    }

    private static void Print(string label, List<PageTimes> times)
    {
        Stats.Report(label + " first paint", Stats.Summary(times.Select(t => t.FirstPaint).ToList()));
        Stats.Report(label + " rendered", Stats.Summary(times.Select(t => t.Rendered).ToList()));
        Stats.Report(label + " interactive", Stats.Summary(times.Select(t => t.Interactive).ToList()));
    }
}
