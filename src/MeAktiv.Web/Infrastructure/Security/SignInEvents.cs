using Microsoft.AspNetCore.Identity;
using Events = MeAktiv.Core.Security.SecurityEvents;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>Writes the security event of a sign-in attempt (succeeded, failed, locked out) with the client's address.</summary>
public static class SignInEvents
{
    public static void SignIn(ILoggerFactory loggers, HttpContext http, string user, SignInResult result, string channel)
    {
        var logger = loggers.CreateLogger(Events.Category);
        var address = LoginRateLimiting.ClientAddress(http);
        if (result.Succeeded)
        {
            Events.LoginSucceeded(logger, user, address, channel);
        }
        else if (result.IsLockedOut)
        {
            Events.LockedOut(logger, user, address, channel);
        }
        else
        {
            Events.LoginFailed(logger, user, address, channel);
        }
    }
}
