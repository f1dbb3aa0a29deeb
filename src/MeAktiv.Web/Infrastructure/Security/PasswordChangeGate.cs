using MeAktiv.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// A user whose password was reset by the Administration (claim <see cref="AccountClaims.PasswordChangeRequired"/>)
/// cannot use the app until it is changed: every page (and the circuit hub) leads to the password page, every API call
/// answers 403 with a German problem detail. Open: the password page and its API, sign-out, and what anonymous callers
/// may open (login page, static files).
/// </summary>
public static class PasswordChangeGate
{
    public const string PagePath = "/account/passwort";
    public const string ApiPath = "/api/v1/auth/password";

    public const string Detail =
        "Das Passwort wurde von der Administration zurückgesetzt und muss zuerst geändert werden: " +
        "POST /api/v1/auth/password oder die Seite „Passwort ändern“.";

    private static readonly string[] OpenPaths = [PagePath, ApiPath, "/account/logout", "/api/v1/auth/logout"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.User.HasClaim(c => c.Type == AccountClaims.PasswordChangeRequired)
            || context.GetEndpoint() is not { } endpoint || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || OpenPaths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(PagePath);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status403Forbidden, Detail = Detail },
        });
    });
}
