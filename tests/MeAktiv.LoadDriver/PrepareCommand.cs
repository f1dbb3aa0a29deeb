using System.Diagnostics;
using MeAktiv.Benchmarks;
using Microsoft.Data.Sqlite;

namespace MeAktiv.LoadDriver;

/// <summary>
/// <c>prepare</c>: publishes ME-aktiv (Release) to WORK/web (with <c>--composite yes</c> also self-contained and
/// composite to WORK/web-composite), generates the bare Blazor app with
/// <c>dotnet new blazor --interactivity Server</c> (the SDK's offline template; <see cref="FloorApp"/> adds the
/// interactive marker and the GC endpoint) and publishes it to WORK/floor-app, and builds the
/// 10-year SQLite file WORK/me-aktiv-10y.db with the benchmarks' <see cref="BenchmarkDatabase"/> (demo organisation,
/// targets and accounts; 2006-01..2015-12 generated figures).
/// </summary>
internal static class PrepareCommand
{
    public static async Task<int> RunAsync(Options o)
    {
        Directory.CreateDirectory(o.Work);
        var repo = FindRepo();
        var artifacts = o.Get("artifacts", Path.Combine(Path.GetTempPath(), "perf-load-art"));
        // As docs/operations.md publishes it: for the runtime, framework-dependent, hence ReadyToRun (MeAktiv.Web.csproj).
        await RunAsync("dotnet", repo, "publish", Path.Combine(repo, "src", "MeAktiv.Web", "MeAktiv.Web.csproj"), "-c", "Release",
            "-r", "linux-x64", "--self-contained", "false", "-o", Path.Combine(o.Work, "web"), "--artifacts-path", artifacts);
        if (o.Get("composite", "no") == "yes")
        {
            // docs/operations.md's second way: self-contained, the app and the runtime precompiled as one composite image
            // (a faster start, ~300 MB, the runtime's updates only with a new publish); the suite measures it with --web.
            await RunAsync("dotnet", repo, "publish", Path.Combine(repo, "src", "MeAktiv.Web", "MeAktiv.Web.csproj"), "-c", "Release",
                "-r", "linux-x64", "--self-contained", "true", "-p:PublishReadyToRunComposite=true",
                "-o", Path.Combine(o.Work, "web-composite"), "--artifacts-path", artifacts + "-composite");
        }

        var floorSource = Path.Combine(o.Work, "floor-src");
        if (Directory.Exists(floorSource))
        {
            Directory.Delete(floorSource, recursive: true);
        }

        await RunAsync("dotnet", o.Work, "new", "blazor", "--interactivity", "Server", "--no-https", "-n", "Floor", "-o", floorSource);
        await FloorApp.PatchAsync(floorSource);
        await RunAsync("dotnet", floorSource, "publish", "-c", "Release", "-o", Path.Combine(o.Work, "floor-app"));

        var target = Path.Combine(o.Work, "me-aktiv-10y.db");
        File.Delete(target);
        await using (var database = await BenchmarkDatabase.CreateAsync(new DateOnly(2006, 1, 1), new DateOnly(2015, 12, 1)))
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var copy = connection.CreateCommand();
            copy.CommandText = "VACUUM INTO $target";
            copy.Parameters.AddWithValue("$target", target);
            await copy.ExecuteNonQueryAsync();
        }

        Stats.Report("prepare", $"web, floor app and {target} ({new FileInfo(target).Length / 1024 / 1024} MiB) ready in {o.Work}");
        return 0;
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ME-aktiv.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DriverException("run from inside the repository (ME-aktiv.sln not found above the current folder)");
    }

    private static async Task RunAsync(string file, string folder, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = folder };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        Console.WriteLine($"> {file} {string.Join(' ', args)}");
        using var process = Process.Start(info) ?? throw new DriverException("could not start " + file);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new DriverException($"{file} {args[0]} failed with exit code {process.ExitCode}");
        }
    }
}
