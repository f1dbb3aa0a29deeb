using MeAktiv.Core.Domain;
using Microsoft.AspNetCore.Identity;

namespace MeAktiv.Web.Infrastructure;

public static class AccountEndpoints
{
    /// <summary>Logout is a POST with an antiforgery token (a GET link could be triggered by another site).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
        return app;
    }
}
