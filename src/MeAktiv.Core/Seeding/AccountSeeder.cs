using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace MeAktiv.Core.Seeding;

/// <summary>Roles, the demo accounts (demo only) and the first administrator from configuration (production).</summary>
internal sealed class AccountSeeder(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    ILogger logger)
{
    public const string DemoDomain = "me-aktiv.example";
    public const string DefaultDemoPassword = "Demo!2015";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"Rolle {role}");
                SeedLog.RoleCreated(logger, role);
            }
        }
    }

    /// <summary>
    /// One account per role plus one Teamleitung per team (<c>tl-&lt;team code&gt;@me-aktiv.example</c>), all with
    /// the password <c>Demo:Password</c>. Accounts that exist already are left as they are (only a missing role is
    /// added).
    /// </summary>
    public async Task<int> EnsureDemoAccountsAsync(IReadOnlyList<OrgUnit> units)
    {
        var password = configuration["Demo:Password"] is { Length: > 0 } configured ? configured : DefaultDemoPassword;
        var areas = units.Where(u => u.Kind == OrgUnitKind.Bereich).ToList();
        var accounts = new List<(string Email, string DisplayName, string Role, IReadOnlyList<OrgUnit> Units)>
        {
            ($"gf@{DemoDomain}", "Geschäftsführung (Demo)", Roles.Geschaeftsfuehrung, []),
            ($"bl@{DemoDomain}", "Bereichsleitung (Demo)", Roles.Bereichsleitung, areas),
            ($"admin@{DemoDomain}", "Administration (Demo)", Roles.Administration, []),
            ($"traeger@{DemoDomain}", "Träger Agentur und Kreis (Demo)", Roles.Traeger, []),
            ($"fin@{DemoDomain}", "Finanzen Controlling (Demo)", Roles.Finanzen, []),
        };
        accounts.AddRange(units
            .Where(u => u.Kind == OrgUnitKind.Team)
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(t => ($"tl-{t.Code.ToLowerInvariant()}@{DemoDomain}", $"Teamleitung {t.Name} (Demo)",
                Roles.Teamleitung, (IReadOnlyList<OrgUnit>)[t])));

        // The demo accounts share one password, so it is checked by the password rules and hashed (PBKDF2 at the
        // configured cost) once, for the first account created; the others get the same hash. Hashing it anew for
        // each of the 22 accounts cost 2–15 s of the first start (issue 23); the cost of the hash itself is unchanged.
        var created = 0;
        string? hash = null;
        foreach (var (email, displayName, role, assigned) in accounts)
        {
            var user = await EnsureUserAsync(email, displayName, hash is null ? password : null, hash, role, assigned, isDemo: true);
            if (user is not null)
            {
                hash ??= user.PasswordHash;
                created++;
            }
        }

        return created;
    }

    /// <summary>Creates the administrator of <c>Admin:Email</c>/<c>Admin:Password</c> while no administrator exists
    /// (<paramref name="noAccountYet"/>: the database is new, none can).</summary>
    public async Task EnsureFirstAdministratorAsync(bool noAccountYet)
    {
        if (!noAccountYet && (await users.GetUsersInRoleAsync(Roles.Administration)).Count > 0)
        {
            return;
        }

        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            SeedLog.NoAdministrator(logger);
            return;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            // Configuration does not silently raise an existing account to administrator.
            SeedLog.AdministratorEmailTaken(logger, email);
            return;
        }

        await EnsureUserAsync(email, "Administration", password, passwordHash: null, Roles.Administration, [], isDemo: false);
        SeedLog.AdministratorCreated(logger, email);
    }

    /// <summary>
    /// Creates the account if missing, with <paramref name="password"/> (checked and hashed) or, when that is null, the
    /// <paramref name="passwordHash"/> of an account created just before with the same password; adds a missing role.
    /// Returns the account if it was created, else null.
    /// </summary>
    private async Task<AppUser?> EnsureUserAsync(string email, string displayName, string? password, string? passwordHash,
        string role, IReadOnlyList<OrgUnit> assigned, bool isDemo)
    {
        var user = await users.FindByEmailAsync(email);
        var created = false;
        if (user is null)
        {
            user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                IsDemo = isDemo,
            };
            foreach (var unit in assigned)
            {
                user.OrgUnits.Add(new UserOrgUnit { UserId = user.Id, OrgUnitId = unit.Id });
            }

            user.PasswordHash = password is null ? passwordHash : null;
            Check(password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password), email);
            created = true;
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role), email);
        }

        return created ? user : null;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new ConfigurationErrorException(
                $"{what} konnte nicht angelegt werden: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
