using Serilog;

namespace MeAktiv.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>Serilog from the <c>Serilog</c> configuration section (console and rolling file by default).</summary>
    public static WebApplicationBuilder AddMeAktivLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, lc) => lc
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
