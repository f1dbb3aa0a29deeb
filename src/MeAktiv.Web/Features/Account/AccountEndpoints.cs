using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using MeAktiv.Web.Api;
using MeAktiv.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace MeAktiv.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>
    /// Logout is a POST with an antiforgery token (a GET link could be triggered by another site). It ends every session
    /// of the account on the server (new security stamp), not only this browser's cookie.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (HttpContext context, SignInManager<AppUser> signIn) =>
        {
            // The antiforgery middleware only marks an invalid token; an endpoint that reads no form must check it.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                    detail: "Das Sicherheits-Token fehlt oder ist abgelaufen. Bitte die Seite neu laden und erneut abmelden.");
            }

            SecurityEvents.Logout(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(SecurityEvents.Category),
                context.User.Identity?.Name ?? "unbekannt", LoginRateLimiting.ClientAddress(context));
            // Server-side: a copy of the cookie (or a token of the account) no longer opens anything.
            await SecurityStampCheck.RevokeAllAsync(context.RequestServices, context.User);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }
}
