using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Users;
using MeAktiv.Core.Security;
using MeAktiv.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace MeAktiv.Web.Features.Account;

/// <summary>
/// <c>POST /api/v1/auth/password</c> (own password, with the current one) and <c>POST /api/v1/auth/logout</c>. Both end
/// every session and token of the account on the server; a browser calling with its cookie gets a fresh cookie after a
/// password change, a bearer client signs in again.
/// </summary>
public static class PasswordApi
{
    public static RouteGroupBuilder MapPasswordApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/password", async (PasswordChangeRequest request, HttpContext http, OwnPasswordService passwords,
            CancellationToken ct) =>
        {
            var result = await passwords.ChangeAsync(http.User, request.CurrentPassword ?? "", request.NewPassword ?? "", ct);
            if (!result.Ok)
            {
                return Results.ValidationProblem(result.Errors.ToDictionary(), detail: string.Join(" ", result.Errors.Values.SelectMany(e => e)),
                    title: "Ungültige Eingabe");
            }

            if (!SecurityStampCheck.IsBearer(http.Request))
            {
                await SecurityStampCheck.SignInAgainAsync(http); // the browser's new cookie, with the new stamp
            }

            return Results.NoContent();
        });

        api.MapPost("/auth/logout", async (HttpContext http, SignInManager<AppUser> signIn, ILoggerFactory loggers) =>
        {
            SecurityEvents.Logout(loggers.CreateLogger(SecurityEvents.Category), http.User.Identity?.Name ?? "unbekannt",
                LoginRateLimiting.ClientAddress(http));
            await SecurityStampCheck.RevokeAllAsync(http.RequestServices, http.User);
            if (!SecurityStampCheck.IsBearer(http.Request))
            {
                await signIn.SignOutAsync();
            }

            return Results.NoContent();
        });
        return api;
    }
}

public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);
