using System.Collections.Concurrent;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace MeAktiv.IntegrationTests.Api;

/// <summary>The app with a Serilog sink that keeps every warning and error in memory.</summary>
public class FuzzAppFactory : MeAktivAppFactory
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    /// <summary>The host environment (null: the tests' "Testing").</summary>
    protected virtual string? Environment => null;

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        if (Environment is { } environment)
        {
            builder.UseEnvironment(environment);
        }

        builder.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(new Collector(Events)));
    }

    /// <summary>The warnings and errors logged with a stack trace, and every error (a client's mistake may be neither).</summary>
    public IReadOnlyList<string> ErrorsAndStackTraces() => Events
        .Where(e => e.Level >= LogEventLevel.Error || e.Exception is not null)
        .Select(e => $"{e.Level}: {e.RenderMessage()} {e.Exception?.GetType().Name}").Distinct().ToList();

    private sealed class Collector(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

/// <summary>The app in the Development environment, where ASP.NET Core throws on a body it cannot bind.</summary>
public sealed class DevelopmentAppFactory : FuzzAppFactory
{
    protected override string? Environment => "Development";
}
