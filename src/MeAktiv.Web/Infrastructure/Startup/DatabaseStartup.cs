using System.Diagnostics;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Import;
using MeAktiv.Core.Seeding;
using Microsoft.AspNetCore.DataProtection;

namespace MeAktiv.Web.Infrastructure.Startup;

/// <summary>
/// The start-up work on the database (migrate and seed, <see cref="DatabaseInitializer"/>) run in the background while
/// the app already answers: until it is done every request gets the 503 page "Datenbank wird vorbereitet …"
/// (<see cref="DatabasePreparingMiddleware"/>). A failed start stops the app; <see cref="ThrowIfFailed"/> hands the
/// exception to Program.cs, which exits as before (2 for a refused start, 1 otherwise). First it deletes the import's
/// stale temp files (<see cref="ImportTempFiles"/>).
/// </summary>
public sealed class DatabaseStartup
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once migrations and seed data are in place.</summary>
    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Completes when the database is ready; faults with the start-up's exception.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Rethrows the exception of a failed start (after the host stopped).</summary>
    public void ThrowIfFailed()
    {
        if (_ready.Task.IsFaulted)
        {
            _ready.Task.GetAwaiter().GetResult();
        }
    }

    internal async Task RunAsync(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger logger)
    {
        try
        {
            if (services.GetService<DatabaseStartupHold>() is { } hold)
            {
                await hold.Released; // tests only: keeps the start-up waiting to show the page
            }

            // The import's temp files a killed process left behind (older than an hour; never throws, a few ms).
            services.GetRequiredService<ImportTempFiles>().DeleteStale();
            var watch = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            // The key ring (kept in the database) is loaded, or its first key created, before the first request: created
            // later, inside a request that holds a write transaction (a password reset's token), its insert would wait
            // on that transaction until SQLite's busy timeout ("database is locked").
            services.GetRequiredService<IDataProtectionProvider>().CreateProtector("MeAktiv.Startup").Protect([1]);
            logger.LogInformation("Database ready (migrations and seed data) after {ElapsedMs:F0} ms, {SinceStartMs:F0} ms after the process started ({Jit})",
                watch.Elapsed.TotalMilliseconds, StartupTiming.SinceProcessStart(), StartupTiming.JitSoFar());
            _ready.SetResult();
        }
        catch (Exception ex)
        {
            _ready.SetException(ex);
            // Stopped once started (a stop before the host started would be lost): Program.cs then rethrows.
            lifetime.ApplicationStarted.Register(lifetime.StopApplication);
        }
    }
}

/// <summary>Tests only: registered as a singleton, it holds the database start-up until <see cref="Release"/>.</summary>
public sealed class DatabaseStartupHold
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal Task Released => _released.Task;

    public void Release() => _released.TrySetResult();
}

public static class DatabaseStartupExtensions
{
    /// <summary>
    /// Takes the database's lease at once (a running restore refuses the start, exit code 2), then migrates (SQLite by
    /// default) and seeds in the background; meanwhile the app answers every request with 503 "Datenbank wird
    /// vorbereitet …" (<see cref="DatabasePreparingMiddleware"/>, first in the pipeline after the security headers).
    /// Returns the start-up, for Program.cs to rethrow its failure.
    /// </summary>
    public static DatabaseStartup StartDatabaseInitialization(this WebApplication app)
    {
        app.Services.GetRequiredService<DatabaseLease>().Acquire();
        var startup = app.Services.GetRequiredService<DatabaseStartup>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<DatabaseStartup>();
        _ = Task.Run(() => startup.RunAsync(app.Services, app.Lifetime, logger));
        return startup;
    }
}
