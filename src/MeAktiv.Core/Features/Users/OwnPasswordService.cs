using System.Security.Claims;
using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeAktiv.Core.Features.Users;

/// <summary>
/// Every user changes their own password with the current one (page <c>/account/passwort</c>,
/// <c>POST /api/v1/auth/password</c>). The Identity password rules apply, the new password must differ from the old
/// one, a required change (temporary password set by the Administration) is lifted, and the account gets a new
/// security stamp: every other session and bearer token ends. Audited in the same transaction (<c>Passwort geändert</c>).
/// </summary>
public sealed class OwnPasswordService(
    IServiceScopeFactory scopes, ICurrentUser currentUser, AuditWriter audit, ILoggerFactory loggers)
{
    private readonly ILogger _events = loggers.CreateLogger(SecurityEvents.Category);

    /// <param name="principal">The signed-in user (only their own account is changed).</param>
    /// <param name="currentPassword">The password in use now.</param>
    /// <param name="newPassword">The new password.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>Done, or German messages by field (<c>currentPassword</c>, <c>newPassword</c>); nothing changed then.</returns>
    public async Task<PasswordChangeResult> ChangeAsync(ClaimsPrincipal principal, string currentPassword, string newPassword,
        CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(currentPassword))
        {
            errors[PasswordChangeResult.Current] = ["Bitte das bisherige Passwort eingeben."];
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            errors[PasswordChangeResult.New] = ["Bitte das neue Passwort eingeben."];
        }
        else if (newPassword == currentPassword)
        {
            errors[PasswordChangeResult.New] = ["Das neue Passwort muss sich vom bisherigen unterscheiden."];
        }

        if (errors.Count > 0)
        {
            return new PasswordChangeResult(errors);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            if (await users.GetUserAsync(principal) is not { } user)
            {
                return PasswordChangeResult.Fail(PasswordChangeResult.Current, "Das Konto gibt es nicht mehr.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await users.ChangePasswordAsync(user, currentPassword, newPassword); // also a new security stamp
            var required = (await users.GetClaimsAsync(user)).Where(c => c.Type == AccountClaims.PasswordChangeRequired).ToList();
            if (result.Succeeded && required.Count > 0)
            {
                result = await users.RemoveClaimsAsync(user, required);
            }

            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                var mismatch = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
                return mismatch
                    ? PasswordChangeResult.Fail(PasswordChangeResult.Current, "Das bisherige Passwort ist falsch.")
                    : new PasswordChangeResult(new Dictionary<string, string[]>
                    {
                        [PasswordChangeResult.New] = [.. result.Errors.Select(e => e.Description)],
                    });
            }

            audit.AddEvent(db, user.UserName!, UserAdministrationService.AuditType, user.Email ?? user.UserName!, "Passwort geändert",
                null, new Dictionary<string, object?> { ["Passwortänderung erforderlich"] = false });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            SecurityEvents.PasswordChanged(_events, user.UserName!, currentUser.Address);
            return PasswordChangeResult.Done;
        });
    }
}

/// <summary>The outcome of a password change: done, or German messages keyed by field.</summary>
public sealed record PasswordChangeResult(IReadOnlyDictionary<string, string[]> Errors)
{
    public const string Current = "currentPassword";
    public const string New = "newPassword";

    public static readonly PasswordChangeResult Done = new(new Dictionary<string, string[]>());

    public bool Ok => Errors.Count == 0;

    public static PasswordChangeResult Fail(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
