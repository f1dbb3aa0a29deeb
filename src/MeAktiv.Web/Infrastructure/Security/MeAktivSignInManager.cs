using MeAktiv.Core.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SecurityEvents = MeAktiv.Core.Security.SecurityEvents;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// Identity's sign-in with three changes (docs/security.md, "Sign-in"):
/// <list type="bullet">
/// <item>Every attempt verifies a password hash: an unknown e-mail, a blocked address and a locked account check the
/// password against a dummy hash, so the answer takes as long as a wrong password and timing tells no account apart.</item>
/// <item>Failures block the client address for the account (<see cref="LoginThrottle"/>), not the account for everyone.</item>
/// <item>Only when failures from all addresses reach <c>Security:Lockout:AccountMaxFailedAccessAttempts</c> is the
/// account itself locked (Identity), and then it gets a new security stamp: every session and bearer token ends.</item>
/// </list>
/// </summary>
public sealed class MeAktivSignInManager(
    UserManager<AppUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    LoginThrottle throttle,
    ILoggerFactory loggers)
    : SignInManager<AppUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static string? s_dummyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is { } user)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }

        SpendHash(password);
        return SignInResult.Failed;
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure)
    {
        var address = LoginRateLimiting.ClientAddress(Context);
        if (throttle.IsBlocked(user.Id, address) || await UserManager.IsLockedOutAsync(user))
        {
            SpendHash(password);
            return SignInResult.LockedOut;
        }

        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (result.Succeeded)
        {
            throttle.Succeeded(user.Id, address);
        }
        else if (result.IsLockedOut)
        {
            // The account-wide limit was reached just now: end every session and token of the account.
            await UserManager.UpdateSecurityStampAsync(user);
            SecurityEvents.AccountLockedOut(loggers.CreateLogger(SecurityEvents.Category), user.UserName ?? "", address);
        }
        else if (!result.IsNotAllowed && throttle.Failed(user.Id, address))
        {
            return SignInResult.LockedOut;
        }

        return result;
    }

    /// <summary>Verifies the password against a dummy hash (same algorithm and cost as a real one); the result is ignored.</summary>
    private void SpendHash(string password)
    {
        var hasher = UserManager.PasswordHasher;
        var dummy = new AppUser();
        s_dummyHash ??= hasher.HashPassword(dummy, Guid.NewGuid().ToString("N"));
        _ = hasher.VerifyHashedPassword(dummy, s_dummyHash, password ?? "");
    }
}
