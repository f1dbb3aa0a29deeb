using System.Diagnostics;

namespace MeAktiv.LoadDriver.Suite;

/// <summary>
/// <c>suite</c> (issue 23): every figure users meet, over HTTP against the published Release build in the Production
/// environment (production configuration: request logging on, Serilog console and file sinks), each printed beside
/// its floor, then one Markdown table "figure | ME-aktiv | floor | ratio | goal | met?" for docs/performance.md. Parts
/// (<c>--parts circuits,start,import,api,tti</c>, all by default, in this order: the load-sensitive times last):
/// <see cref="StartPart"/>, <see cref="ImportPart"/>, <see cref="ApiPart"/>, <see cref="BrowserPart"/> (circuits, tti). Needs <c>prepare</c> (the publish, the bare app, the 10-year
/// file) in <c>--work</c>; runs the parts one after the other, so only one ME-aktiv process runs at a time.
/// </summary>
internal static class SuiteCommand
{
    public static async Task<int> RunAsync(Options o)
    {
        var parts = o.Get("parts", "circuits,start,import,api,tti").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var table = new SuiteTable();
        var watch = Stopwatch.StartNew();
        var load = Stats.Load();
        foreach (var part in parts)
        {
            Stats.Report("suite", $"part {part}");
            await (part switch
            {
                "start" => StartPart.RunAsync(o, table),
                "import" => ImportPart.RunAsync(o, table),
                "api" => ApiPart.RunAsync(o, table),
                "circuits" => BrowserPart.CircuitsAsync(o, table),
                "tti" => BrowserPart.InteractiveAsync(o, table),
                _ => throw new DriverException($"unknown part '{part}' (circuits, start, import, api, tti)"),
            });
        }

        table.Print($"suite ended {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC after {watch.Elapsed.TotalMinutes:F0} min, {Cores()} cores, " +
                    $"{load} at the start, {Stats.Load()} at the end; commit {Commit()}");
        return table.Rows.All(r => r.Met) ? 0 : 4;
    }

    /// <summary>The machine's cores (the driver itself may be pinned to one with taskset).</summary>
    private static int Cores() => File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").Count(l => l.StartsWith("processor", StringComparison.Ordinal))
        : Environment.ProcessorCount;

    private static string Commit()
    {
        try
        {
            var info = new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true };
            using var git = Process.Start(info)!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return commit;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
