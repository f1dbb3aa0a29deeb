using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SecurityEvents = MeAktiv.Core.Security.SecurityEvents;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// Rate limit on sign-in attempts (the login form post and <c>POST /api/v1/auth/login</c>) per client address, in a
/// fixed window (<c>Security:LoginRateLimit</c>). Refused attempts get 429 with <c>Retry-After</c>: the API a German
/// problem detail, the form the German status page. It complements the per-account lockout: the lockout stops guessing
/// one account's password, the limit stops one address from trying many accounts.
/// </summary>
public static class LoginRateLimiting
{
    public static IServiceCollection AddMeAktivLoginRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>().CurrentValue.LoginRateLimit;
                if (limit.PermitLimit <= 0 || !IsLoginAttempt(context.Request))
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                return RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = TimeSpan.FromSeconds(Math.Max(1, limit.WindowSeconds)),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    /// <summary>A request that checks a password: the login form post, the API login, a password change (page or API).</summary>
    public static bool IsLoginAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/account/login", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/api/v1/auth/login", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(PasswordChangeGate.PagePath, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(PasswordChangeGate.ApiPath, StringComparison.OrdinalIgnoreCase));

    /// <summary>The client's address (behind a proxy: the forwarded address once forwarded headers are configured).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unbekannt";

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : context.RequestServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>().CurrentValue.LoginRateLimit.WindowSeconds;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        SecurityEvents.LoginRateLimited(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(SecurityEvents.Category),
            ClientAddress(context), context.Request.Path);
        var detail = $"Zu viele Anmeldeversuche von dieser Adresse. Bitte in {seconds} Sekunden erneut versuchen.";
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            // A page of its own: re-executing the status page would run the POST through the page endpoints again.
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Zu viele Anfragen – ME-aktiv</title></head>" +
                $"<body><main><h1>Zu viele Anfragen</h1><p>{detail}</p><p><a href=\"/account/login\">Zur Anmeldung</a></p></main></body></html>", ct);
            return;
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = detail,
            },
        });
    }
}
