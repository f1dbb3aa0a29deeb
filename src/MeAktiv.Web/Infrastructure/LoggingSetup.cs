using Serilog;

namespace MeAktiv.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> configuration section (console and rolling file by default). The app keeps its
    /// own logger (preserveStaticLogger): otherwise every host replaces the process-wide <c>Log.Logger</c> and, with
    /// several hosts in one process (the integration tests), one host's events land in another host's sinks.
    /// </summary>
    public static WebApplicationBuilder AddMeAktivLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, lc) => lc
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }
}
