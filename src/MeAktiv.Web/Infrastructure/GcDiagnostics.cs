using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MeAktiv.Web.Infrastructure;

/// <summary>
/// Measurement only (docs/performance.md, tests/MeAktiv.LoadDriver): <c>GET /diagnostics/gc</c> answers the managed
/// heap after a full, compacting collection, the number of open Blazor circuits and the number of database commands EF
/// has executed since start. Off by default: nothing is registered or mapped unless the setting
/// <c>Diagnostics:EnableGcEndpoint</c> is <c>true</c>, and even then it answers loopback callers only (404 otherwise).
/// </summary>
public static class GcDiagnostics
{
    public const string Setting = "Diagnostics:EnableGcEndpoint";
    public const string Path = "/diagnostics/gc";

    private static bool Enabled(IConfiguration configuration) => configuration.GetValue<bool>(Setting);

    public static IServiceCollection AddGcDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        if (Enabled(configuration))
        {
            services.AddSingleton<DiagnosticCounters>();
            services.AddScoped<CircuitHandler, CountingCircuitHandler>();
        }

        return services;
    }

    public static WebApplication MapGcDiagnostics(this WebApplication app)
    {
        if (!Enabled(app.Configuration))
        {
            return app;
        }

        var counters = app.Services.GetRequiredService<DiagnosticCounters>();
        DiagnosticListener.AllListeners.Subscribe(counters);
        app.MapGet(Path, (HttpContext http) =>
        {
            if (http.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip))
            {
                return Results.NotFound();
            }

            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            return Results.Ok(new { heapBytes = heap, circuits = counters.Circuits, dbCommands = counters.DbCommands });
        }).AllowAnonymous();
        return app;
    }

    /// <summary>Open circuits and executed EF commands (the EF DiagnosticListener's CommandExecuted events).</summary>
    private sealed class DiagnosticCounters : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private long _circuits;
        private long _commands;

        public long Circuits => Interlocked.Read(ref _circuits);

        public long DbCommands => Interlocked.Read(ref _commands);

        public void CircuitOpened() => Interlocked.Increment(ref _circuits);

        public void CircuitClosed() => Interlocked.Decrement(ref _circuits);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.EntityFrameworkCore")
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key is "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"
                or "Microsoft.EntityFrameworkCore.Database.Command.CommandError")
            {
                Interlocked.Increment(ref _commands);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class CountingCircuitHandler(DiagnosticCounters counters) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            counters.CircuitOpened();
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            counters.CircuitClosed();
            return Task.CompletedTask;
        }
    }
}
