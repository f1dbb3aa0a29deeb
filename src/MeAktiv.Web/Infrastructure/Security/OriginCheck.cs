using MeAktiv.Core.Security;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// Cross-site request forgery guard for the API: an unsafe request (POST, PUT, PATCH, DELETE) to <c>/api</c> that
/// carries the sign-in cookie must come from this app's own origin: its <c>Origin</c> header, or without one its
/// <c>Referer</c>, names the host (and port) the request was sent to. A foreign origin, or neither header, is refused
/// with 403 and a German problem detail before any endpoint runs; nothing is changed. Bearer-token calls carry no
/// ambient credential and are not affected (docs/security.md).
/// </summary>
public static class OriginCheck
{
    public const string Detail =
        "Die Anfrage kommt nicht von ME-aktiv selbst (Herkunft fehlt oder ist fremd). Mit dem Anmelde-Cookie sind " +
        "Änderungen nur aus der Anwendung heraus erlaubt; API-Clients melden sich mit POST /api/v1/auth/login an und " +
        "senden das Bearer-Token. Es wurde nichts geändert.";

    public static IApplicationBuilder UseOriginCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsCookieWriteToApi(context.Request) || IsSameOrigin(context.Request))
        {
            await next(context);
            return;
        }

        var origin = context.Request.Headers.Origin.ToString() is { Length: > 0 } o ? o : context.Request.Headers.Referer.ToString();
        SecurityEvents.CrossOriginRefused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(SecurityEvents.Category),
            origin.Length > 0 ? origin : "(keine)", context.User.Identity?.Name ?? "unbekannt", LoginRateLimiting.ClientAddress(context),
            context.Request.Method, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status403Forbidden, Detail = Detail },
        });
    });

    /// <summary>An unsafe method to the API with the sign-in cookie and no bearer token.</summary>
    public static bool IsCookieWriteToApi(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
          || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        && request.Path.StartsWithSegments("/api")
        && request.Cookies.ContainsKey(AuthSetup.CookieName)
        && !SecurityStampCheck.IsBearer(request);

    /// <summary>
    /// The Origin (else the Referer) names the host the request was sent to; the scheme is not compared, so the check
    /// also holds behind a TLS-terminating proxy without forwarded headers. Without a port in the Host header the
    /// origin must use its scheme's default port.
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        var source = request.Headers.Origin.ToString();
        if (source.Length == 0)
        {
            source = request.Headers.Referer.ToString();
        }

        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false; // none, "null" (sandboxed or privacy-stripped) or no web origin
        }

        var host = request.Host;
        return string.Equals(uri.Host, host.Host, StringComparison.OrdinalIgnoreCase)
               && (host.Port is { } port ? uri.Port == port : uri.IsDefaultPort);
    }
}
