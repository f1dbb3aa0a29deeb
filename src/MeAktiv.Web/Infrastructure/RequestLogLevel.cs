using Serilog.Events;

namespace MeAktiv.Web.Infrastructure;

/// <summary>
/// The level of the request log's line: an error for an exception or a 5xx, except 503 — the app says it is not ready
/// yet (<c>/health</c> while the warm-up after the start runs): a warning; everything else information.
/// </summary>
public static class RequestLogLevel
{
    public static LogEventLevel Of(HttpContext context, Exception? exception) => exception is not null
        ? LogEventLevel.Error
        : context.Response.StatusCode switch
        {
            StatusCodes.Status503ServiceUnavailable => LogEventLevel.Warning,
            > 499 => LogEventLevel.Error,
            _ => LogEventLevel.Information,
        };
}
