using MeAktiv.LoadDriver;
using MeAktiv.LoadDriver.Suite;

// Subcommands (docs/performance.md, "Load driver"): prepare | suite | render | circuits | savers | clicks.
var options = Options.Parse(args.Skip(1));
var command = args.FirstOrDefault() ?? "help";
try
{
    return command switch
    {
        "prepare" => await PrepareCommand.RunAsync(options),
        "render" => await RenderCommand.RunAsync(options),
        "circuits" => await CircuitsCommand.RunAsync(options),
        "savers" => await SaversCommand.RunAsync(options),
        "clicks" => await ClicksCommand.RunAsync(options),
        "suite" => await SuiteCommand.RunAsync(options),
        _ => Help(),
    };
}
catch (DriverException ex)
{
    Console.Error.WriteLine("load driver: " + ex.Message);
    return 2;
}

static int Help()
{
    Console.WriteLine("""
        usage: dotnet run -c Release --project tests/MeAktiv.LoadDriver -- <command> [--option value ...]
          prepare   publish the app and a bare 'dotnet new blazor' app, build the 10-year SQLite file (--work DIR)
                    (--composite yes: also the self-contained composite publish to WORK/web-composite, for --web)
          suite     issue 23: start, import, API, TTI and circuit memory over HTTP in production, each beside its floor
                    (--parts circuits,start,import,api,tti --import-rows 100000 --api-runs 200 --save-runs 15 --start-runs 3
                    --path /uebersicht: the page timed; --circuit-path: the page whose circuits are weighed, the Kennzahl page)
          render    first render / interactive of a page beside the bare /counter page (--runs 20 --path /)
          circuits  server heap per open circuit (--count 50; --app floor: the bare app's /counter)
          savers    concurrent API savers, then the lost-update check (--count 400 --minutes 3 --think-ms 5000)
          clicks    open circuits clicking about once a second, click-to-update (--count 100 --minutes 2)
        common: --work /tmp/perf-load  --server-cpu 0  --driver-cpu 1  --port 5190
        """);
    return 1;
}
