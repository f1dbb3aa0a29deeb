namespace MeAktiv.LoadDriver.Suite;

/// <summary>
/// Fresh start to healthy: from starting the process (the build done, <c>dotnet MeAktiv.Web.dll</c>) to the first 200
/// of <c>/health</c>, on a NEW SQLite file, with the demo data (migrations, reference data, demo figures and
/// accounts, as Development seeds) and as an empty production database (migrations, reference data, no demo). The
/// floor: the bare Blazor app from process start to its first 200 of <c>/counter</c>. <c>--start-runs</c> rounds
/// (default 3), the three kinds interleaved in each round; medians.
/// </summary>
internal static class StartPart
{
    public static async Task RunAsync(Options o, SuiteTable table)
    {
        List<double> floor = [], demo = [], empty = [];
        for (var round = 0; round < o.Int("start-runs", 3); round++)
        {
            await using (var app = await AppServer.StartFloorAsync(o))
            {
                floor.Add(app.Started.TotalMilliseconds);
            }

            await using (var app = await AppServer.StartProductionAsync(o, AppServer.NewFile(o, "start-demo"), demo: true))
            {
                demo.Add(app.Started.TotalMilliseconds);
            }

            await using (var app = await AppServer.StartProductionAsync(o, AppServer.NewFile(o, "start-empty"), demo: false))
            {
                empty.Add(app.Started.TotalMilliseconds);
            }

            Stats.Report("start", $"round {round + 1}: bare {floor[^1]:F0} ms, demo {demo[^1]:F0} ms, empty production {empty[^1]:F0} ms");
        }

        var floorMedian = Stats.Percentile(floor, 50) / 1000;
        table.Absolute("fresh start to healthy /health, demo data (median)", Stats.Percentile(demo, 50) / 1000, floorMedian, "s", 5);
        table.Absolute("fresh start to healthy /health, empty production (median)", Stats.Percentile(empty, 50) / 1000, floorMedian, "s", 2);
    }
}
