using MeAktiv.Core.Domain;
using MeAktiv.Web.Api;
using MeAktiv.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace MeAktiv.Web.Features.Account;

public static class AuthApi
{
    /// <summary>
    /// <c>POST /api/v1/auth/login</c>: the Identity bearer token (shape of Identity's API endpoints). Wrong e-mail,
    /// wrong password and a locked account all answer 401 without saying which.
    /// </summary>
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", async (LoginRequest request, SignInManager<AppUser> signIn, HttpContext http, ILoggerFactory loggers) =>
        {
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(request.Email ?? "", request.Password ?? "", false, lockoutOnFailure: true);
            SignInEvents.SignIn(loggers, http, request.Email ?? "", result, "API");
            if (result.Succeeded)
            {
                return Results.Empty; // the bearer handler has written the token response
            }

            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized,
                detail: "E-Mail-Adresse oder Passwort ist falsch, oder das Konto ist vorübergehend gesperrt.");
        }).AllowAnonymous();
        return api;
    }
}

public sealed record LoginRequest(string? Email, string? Password);
