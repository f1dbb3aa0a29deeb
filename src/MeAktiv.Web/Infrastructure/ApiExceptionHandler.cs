using Microsoft.AspNetCore.Diagnostics;

namespace MeAktiv.Web.Infrastructure;

/// <summary>
/// Turns an exception in an API request into a German problem detail without internals (no stack trace, no SQL):
/// an unreadable request body is the caller's error (400), anything else is ours (500, logged).
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        var badRequest = exception is BadHttpRequestException;
        if (!badRequest)
        {
            logger.LogError(exception, "API request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        }

        context.Response.StatusCode = badRequest ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = null,
            ProblemDetails =
            {
                Status = context.Response.StatusCode,
                Detail = badRequest
                    ? "Der Inhalt der Anfrage ist unvollständig oder kein gültiges JSON im erwarteten Format."
                    : "Die Anfrage konnte wegen eines internen Fehlers nicht bearbeitet werden. Es wurde nichts geändert.",
            },
        });
    }
}
