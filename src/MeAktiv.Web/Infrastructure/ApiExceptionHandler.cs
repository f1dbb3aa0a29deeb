using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace MeAktiv.Web.Infrastructure;

/// <summary>
/// Turns an exception in an API request into a German problem detail without internals (no stack trace, no SQL):
/// an unreadable request body is the caller's error (400, logged as a warning without stack trace), a database still
/// busy after the busy timeout (SQLite: a long import holds the write lock) is 503 with Retry-After, anything else is
/// ours (500, logged as an error with the exception).
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        var badStatus = BadRequestStatus(exception);
        var badRequest = badStatus is not null;
        var busy = IsDatabaseBusy(exception);
        if (badRequest)
        {
            // The caller's mistake: a warning without the stack trace (anonymous callers must not fill the log).
            logger.LogWarning("API request {Method} {Path}: unreadable request ({Reason})", context.Request.Method,
                context.Request.Path, exception.GetType().Name);
        }
        else if (busy)
        {
            logger.LogWarning("API request {Method} {Path}: database busy after the busy timeout", context.Request.Method, context.Request.Path);
            context.Response.Headers.RetryAfter = "5";
        }
        else
        {
            logger.LogError(exception, "API request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        }

        context.Response.StatusCode = badStatus
            ?? (busy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = null,
            ProblemDetails =
            {
                Status = context.Response.StatusCode,
                Detail = badStatus == StatusCodes.Status413PayloadTooLarge
                    ? "Die Anfrage ist zu groß."
                    : badRequest
                    ? "Der Inhalt der Anfrage ist unvollständig oder kein gültiges JSON im erwarteten Format."
                    : busy
                    ? "Die Datenbank ist gerade ausgelastet (z. B. durch einen großen Import). Es wurde nichts geändert; bitte in einigen Sekunden erneut senden."
                    : "Die Anfrage konnte wegen eines internen Fehlers nicht bearbeitet werden. Es wurde nichts geändert.",
            },
        });
    }

    /// <summary>The status of an exception that means an unreadable request (a body that is no valid JSON of the
    /// expected shape, a body too large), or null for an error of ours.</summary>
    private static int? BadRequestStatus(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: >= 400 and < 500 } bad => bad.StatusCode,
        BadHttpRequestException or System.Text.Json.JsonException => StatusCodes.Status400BadRequest,
        _ => null,
    };

    private static bool IsDatabaseBusy(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 5 or 6 })
            {
                return true;
            }
        }

        return false;
    }
}
