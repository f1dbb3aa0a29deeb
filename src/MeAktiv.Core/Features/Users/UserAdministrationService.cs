using System.Security.Claims;
using MeAktiv.Core.Common;
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
/// Accounts for the Administration role: list, create, deactivate/reactivate (Identity lockout until the end of time,
/// no schema change), role and units, password reset. Every change writes an <see cref="AuditEntry"/> (type
/// <see cref="AuditType"/>, key = e-mail) in the same database transaction as the change, and a security event
/// (docs/security.md). Each operation runs in a DI scope of its own (fresh context and UserManager), also in a circuit.
/// A changed account gets a new security stamp, so its open sessions end (cookie re-validated every minute).
/// </summary>
public sealed class UserAdministrationService(
    IServiceScopeFactory scopes, ICurrentUser currentUser, AuditWriter audit, TimeProvider clock, ILoggerFactory loggers)
{
    public const string AuditType = "Benutzerkonto";

    private readonly ILogger _events = loggers.CreateLogger(SecurityEvents.Category);

    public static bool IsDeactivated(DateTimeOffset? lockoutEnd) => lockoutEnd is { Year: 9999 };

    /// <summary>All accounts (Administration only; null otherwise).</summary>
    public async Task<IReadOnlyList<UserRow>?> ListAsync(UserScope actor, CancellationToken ct = default)
    {
        if (!actor.IsInRole(Roles.Administration))
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var units = await db.UserOrgUnits.AsNoTracking().Select(a => new { a.UserId, a.OrgUnit!.Code, a.OrgUnit.ValidTo }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(German.ToLocal(now.UtcDateTime));
        var mustChange = (await db.UserClaims.AsNoTracking().Where(c => c.ClaimType == AccountClaims.PasswordChangeRequired)
            .Select(c => c.UserId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return users
            .Select(u => new UserRow(u.Id, u.Email ?? "", u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name).FirstOrDefault(),
                units.Where(a => a.UserId == u.Id).Select(a => a.Code).Order(StringComparer.Ordinal).ToList(),
                IsDeactivated(u.LockoutEnd) ? UserState.Deaktiviert : u.LockoutEnd > now ? UserState.Gesperrt : UserState.Aktiv,
                u.LockoutEnd, u.IsDemo, mustChange.Contains(u.Id))
            {
                UnitsClosed = units.Any(a => a.UserId == u.Id) && units.Where(a => a.UserId == u.Id).All(a => a.ValidTo < today),
            })
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public Task<UserResult> CreateAsync(UserScope actor, NewUser input, CancellationToken ct = default) =>
        RunAsync(actor, async (users, db) =>
        {
            var email = input.Email.Trim();
            var (units, errors) = await UnitsAsync(db, input.Role, input.UnitCodes, ct);
            if (string.IsNullOrWhiteSpace(input.DisplayName))
            {
                errors.Insert(0, "Bitte den Namen angeben.");
            }

            if (errors.Count > 0)
            {
                return UserResult.Fail([.. errors]);
            }

            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = input.DisplayName.Trim() };
            user.OrgUnits.AddRange(units.Select(u => new UserOrgUnit { UserId = user.Id, OrgUnitId = u.Id }));
            var result = await users.CreateAsync(user, input.Password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, input.Role);
            }

            if (!result.Succeeded)
            {
                return Failed(result);
            }

            await AuditAsync(db, actor, email, "Angelegt", null, Rights(input.Role, units, active: true), ct);
            SecurityEvents.UserCreated(_events, actor.UserName, currentUser.Address, email, input.Role, Codes(units));
            return UserResult.Done;
        }, ct);

    /// <summary>Deactivates (active = false) or reactivates an account. Nobody deactivates their own account.</summary>
    public Task<UserResult> SetActiveAsync(UserScope actor, string userId, bool active, CancellationToken ct = default) =>
        RunAsync(actor, async (users, db) =>
        {
            if (await users.FindByIdAsync(userId) is not { } user)
            {
                return UserResult.Fail("Das Konto gibt es nicht.");
            }

            if (!active && string.Equals(user.UserName, actor.UserName, StringComparison.OrdinalIgnoreCase))
            {
                SecurityEvents.UserChangeRefused(_events, actor.UserName, currentUser.Address, user.Email ?? "", "eigenes Konto deaktivieren");
                return UserResult.Fail("Das eigene Konto kann nicht deaktiviert werden.");
            }

            var wasActive = !IsDeactivated(user.LockoutEnd);
            user.LockoutEnabled = true;
            user.LockoutEnd = active ? null : DateTimeOffset.MaxValue;
            user.AccessFailedCount = 0;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded)
            {
                result = await users.UpdateSecurityStampAsync(user);
            }

            if (!result.Succeeded)
            {
                return Failed(result);
            }

            await AuditAsync(db, actor, user.Email!, active ? "Reaktiviert" : "Deaktiviert",
                new Dictionary<string, object?> { ["Aktiv"] = wasActive }, new Dictionary<string, object?> { ["Aktiv"] = active }, ct);
            if (active)
            {
                SecurityEvents.UserReactivated(_events, actor.UserName, currentUser.Address, user.Email!);
            }
            else
            {
                SecurityEvents.UserDeactivated(_events, actor.UserName, currentUser.Address, user.Email!);
            }

            return UserResult.Done;
        }, ct);

    /// <summary>Sets the one role and the units of an account. Nobody takes the Administration role from themselves.</summary>
    public Task<UserResult> SetRightsAsync(UserScope actor, string userId, string role, IReadOnlyList<string> unitCodes,
        CancellationToken ct = default) =>
        RunAsync(actor, async (users, db) =>
        {
            if (await db.Users.Include(u => u.OrgUnits).ThenInclude(a => a.OrgUnit).FirstOrDefaultAsync(u => u.Id == userId, ct) is not { } user)
            {
                return UserResult.Fail("Das Konto gibt es nicht.");
            }

            if (string.Equals(user.UserName, actor.UserName, StringComparison.OrdinalIgnoreCase) && role != Roles.Administration)
            {
                SecurityEvents.UserChangeRefused(_events, actor.UserName, currentUser.Address, user.Email ?? "", "eigene Administration entziehen");
                return UserResult.Fail("Die eigene Rolle Administration kann nicht entzogen werden.");
            }

            var (units, errors) = await UnitsAsync(db, role, unitCodes, ct);
            if (errors.Count > 0)
            {
                return UserResult.Fail([.. errors]);
            }

            var oldRoles = await users.GetRolesAsync(user);
            var before = Rights(oldRoles.FirstOrDefault() ?? "", user.OrgUnits.Select(a => a.OrgUnit!).ToList(), active: null);
            user.OrgUnits.RemoveAll(a => units.All(u => u.Id != a.OrgUnitId));
            user.OrgUnits.AddRange(units.Where(u => user.OrgUnits.All(a => a.OrgUnitId != u.Id))
                .Select(u => new UserOrgUnit { UserId = user.Id, OrgUnitId = u.Id }));
            var result = await users.RemoveFromRolesAsync(user, oldRoles.Where(r => r != role));
            if (result.Succeeded && !oldRoles.Contains(role))
            {
                result = await users.AddToRoleAsync(user, role);
            }

            if (result.Succeeded)
            {
                result = await users.UpdateSecurityStampAsync(user);
            }

            if (!result.Succeeded)
            {
                return Failed(result);
            }

            await AuditAsync(db, actor, user.Email!, "Rechte geändert", before, Rights(role, units, active: null), ct);
            SecurityEvents.UserRightsChanged(_events, actor.UserName, currentUser.Address, user.Email!, role, Codes(units));
            return UserResult.Done;
        }, ct);

    /// <summary>
    /// Sets a temporary password (the password rules apply), lifts a temporary lockout and requires the user to change
    /// it at the next sign-in (<see cref="AccountClaims.PasswordChangeRequired"/>); the new security stamp ends every
    /// session and bearer token of the account.
    /// </summary>
    public Task<UserResult> ResetPasswordAsync(UserScope actor, string userId, string newPassword, CancellationToken ct = default) =>
        RunAsync(actor, async (users, db) =>
        {
            if (await users.FindByIdAsync(userId) is not { } user)
            {
                return UserResult.Fail("Das Konto gibt es nicht.");
            }

            var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword);
            if (result.Succeeded && !IsDeactivated(user.LockoutEnd))
            {
                user.LockoutEnd = null;
                user.AccessFailedCount = 0;
                result = await users.UpdateAsync(user);
            }

            if (result.Succeeded && !(await users.GetClaimsAsync(user)).Any(c => c.Type == AccountClaims.PasswordChangeRequired))
            {
                result = await users.AddClaimAsync(user, new Claim(AccountClaims.PasswordChangeRequired, "true"));
            }

            if (!result.Succeeded)
            {
                return Failed(result);
            }

            await AuditAsync(db, actor, user.Email!, "Passwort zurückgesetzt", null,
                new Dictionary<string, object?> { ["Passwortänderung erforderlich"] = true }, ct);
            SecurityEvents.PasswordReset(_events, actor.UserName, currentUser.Address, user.Email!);
            return UserResult.Done;
        }, ct);

    /// <summary>Runs a change in one transaction (through the provider's execution strategy); commits only when it succeeded.</summary>
    private async Task<UserResult> RunAsync(UserScope actor, Func<UserManager<AppUser>, AppDbContext, Task<UserResult>> change,
        CancellationToken ct)
    {
        if (!actor.IsInRole(Roles.Administration))
        {
            SecurityEvents.UserChangeRefused(_events, actor.UserName, currentUser.Address, "-", "keine Administration");
            return UserResult.Forbidden();
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await change(users, db);
            if (result.Ok)
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
            }

            return result;
        });
    }

    private static async Task<(List<OrgUnit> Units, List<string> Errors)> UnitsAsync(
        AppDbContext db, string role, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var wanted = codes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        var units = await db.OrgUnits.Where(u => wanted.Contains(u.Code)).ToListAsync(ct);
        var unknown = wanted.Where(c => units.All(u => u.Code != c)).ToList();
        return (units, UserRules.Check(role, units, unknown).ToList());
    }

    private async Task AuditAsync(AppDbContext db, UserScope actor, string email, string action,
        Dictionary<string, object?>? before, Dictionary<string, object?>? after, CancellationToken ct)
    {
        audit.AddEvent(db, actor.UserName, AuditType, email, action, before, after);
        await db.SaveChangesAsync(ct);
    }

    private static Dictionary<string, object?> Rights(string role, IReadOnlyList<OrgUnit> units, bool? active)
    {
        var values = new Dictionary<string, object?> { ["Rolle"] = role, ["Einheiten"] = units.Select(u => u.Code).Order(StringComparer.Ordinal).ToList() };
        if (active is { } a)
        {
            values["Aktiv"] = a;
        }

        return values;
    }

    private static string Codes(IReadOnlyList<OrgUnit> units) => string.Join(",", units.Select(u => u.Code).Order(StringComparer.Ordinal));

    private static UserResult Failed(IdentityResult result) => UserResult.Fail([.. result.Errors.Select(e => e.Description)]);
}
