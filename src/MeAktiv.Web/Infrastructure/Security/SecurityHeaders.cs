using System.Security.Cryptography;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// Security headers on every answer: a Content-Security-Policy that Blazor Server and MudBlazor work with (scripts
/// only from this app plus the per-request nonce of the inline import map; MudBlazor sets inline styles, hence
/// <c>style-src 'unsafe-inline'</c>; the circuit's WebSocket is same-origin), no framing, no MIME sniffing, no
/// referrer to other sites. HSTS comes from <c>UseHsts()</c> outside Development (WebSetup).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string NonceItem = "MeAktiv.CspNonce";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceItem] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The policy of one answer (docs/security.md explains each directive).</summary>
    public static string Policy(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
}

public static class SecurityHeadersExtensions
{
    public static IApplicationBuilder UseMeAktivSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>The CSP nonce of this request, for the inline import map (App.razor).</summary>
    public static string? CspNonce(this HttpContext? context) =>
        context?.Items[SecurityHeadersMiddleware.NonceItem] as string;
}
