using System.Diagnostics;

namespace MeAktiv.Web.Infrastructure.Startup;

/// <summary>Log lines for the first start's profile (issue 23): time since the process started at the host's build,
/// at its start (listening) and when the database is ready.</summary>
internal static class StartupTiming
{
    /// <summary>Milliseconds since the process started.</summary>
    public static double SinceProcessStart() =>
        (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

    /// <summary>The JIT's work so far, for the log: methods compiled at run time (not taken from the ReadyToRun image)
    /// and the time spent compiling them, over all threads.</summary>
    public static string JitSoFar() =>
        FormattableString.Invariant($"JIT {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");

    public static void HostBuilt(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        logger.LogInformation("Start: host built {ElapsedMs:F0} ms after the process started ({Jit})", SinceProcessStart(), JitSoFar());
        app.Lifetime.ApplicationStarted.Register(() =>
            logger.LogInformation("Start: host listening {ElapsedMs:F0} ms after the process started ({Jit})", SinceProcessStart(), JitSoFar()));
    }
}
