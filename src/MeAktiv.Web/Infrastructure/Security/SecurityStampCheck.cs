using System.Security.Claims;
using MeAktiv.Core.Domain;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// A deactivated account or changed rights (both give the account a new security stamp) end every session, not only
/// the cookie's (Identity re-validates that every minute): API bearer tokens are checked on every request, open Blazor
/// circuits every minute (<see cref="RevalidatingAuthState"/>).
/// </summary>
public static class SecurityStampCheck
{
    public static IServiceCollection AddMeAktivSessionRevalidation(this IServiceCollection services)
    {
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthState>();
        return services;
    }

    /// <summary>Bearer requests whose token carries an outdated security stamp are answered 401.</summary>
    public static IApplicationBuilder UseBearerStampCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var bearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (bearer && context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context.RequestServices, context.User))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return; // the API's status code pages write the German problem detail
        }

        await next(context);
    });

    /// <summary>Whether the principal's security stamp is still the account's (and the account exists).</summary>
    public static async Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var claimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var user = await users.GetUserAsync(principal);
        return user is not null && (!users.SupportsUserSecurityStamp
                                    || principal.FindFirstValue(claimType) == await users.GetSecurityStampAsync(user));
    }
}

/// <summary>The circuit's sign-in is checked every minute; an outdated one signs the circuit out.</summary>
public sealed class RevalidatingAuthState(ILoggerFactory loggers, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await SecurityStampCheck.IsCurrentAsync(scope.ServiceProvider, state.User);
    }
}
