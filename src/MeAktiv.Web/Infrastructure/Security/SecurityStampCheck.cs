using System.Security.Claims;
using MeAktiv.Core.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// Server-side end of sessions. Logout, a password change or reset, an account lockout, deactivation and changed rights
/// all give the account a new security stamp, and every session checks it: the cookie and API bearer tokens on EVERY
/// request (a replayed cookie or token is anonymous at once: pages redirect to the login, the API answers 401), open
/// Blazor circuits every minute (<see cref="RevalidatingAuthState"/>).
/// </summary>
public static class SecurityStampCheck
{
    public static IServiceCollection AddMeAktivSessionRevalidation(this IServiceCollection services)
    {
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthState>();
        return services;
    }

    /// <summary>
    /// A request whose cookie or token carries an outdated security stamp continues as anonymous (the cookie is
    /// deleted). Endpoints open to anonymous callers (static files, the login page) are not checked: one database
    /// read per request that needs a user, none for the rest.
    /// </summary>
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
            && !await IsCurrentAsync(context.RequestServices, context.User))
        {
            if (!IsBearer(context.Request))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    });

    /// <summary>Whether the request authenticates with <c>Authorization: Bearer</c> (an API client, not the browser).</summary>
    public static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Ends every session and bearer token of the principal's account (a new security stamp).</summary>
    public static async Task RevokeAllAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
    }

    /// <summary>
    /// Signs the browser in again after its own account changed (password): a new cookie with the new stamp. In a scope
    /// of its own, so the account is read fresh (the request's context still holds it as the session check read it).
    /// </summary>
    public static async Task SignInAgainAsync(HttpContext http)
    {
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
        {
            await signIn.SignInAsync(user, isPersistent: false);
        }
    }

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
