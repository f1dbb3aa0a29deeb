using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>The accounts a rule can address, with their roles and assigned units (one load per run).</summary>
public sealed class Recipients
{
    private readonly IReadOnlyList<Person> _people;
    private readonly IReadOnlyDictionary<int, int?> _parents;

    private Recipients(IReadOnlyList<Person> people, IReadOnlyDictionary<int, int?> parents) => (_people, _parents) = (people, parents);

    public static async Task<Recipients> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var units = await db.UserOrgUnits.AsNoTracking().ToListAsync(ct);
        // A deactivated (locked) account gets nothing; SQLite cannot compare DateTimeOffset, so filtered here.
        var users = (await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.UserName, u.Email, u.DisplayName, u.LockoutEnd }).ToListAsync(ct))
            .Where(u => u.LockoutEnd is null || u.LockoutEnd < DateTimeOffset.UtcNow).ToList();
        var parents = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
        return new Recipients(users.Select(u => new Person(u.UserName!, u.Email,
                string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToHashSet(),
                units.Where(a => a.UserId == u.Id).Select(a => a.OrgUnitId).ToHashSet())).ToList(),
            parents);
    }

    public IEnumerable<Person> InRole(string role) => _people.Where(p => p.Roles.Contains(role));

    /// <summary>The Teamleitungen assigned to the unit.</summary>
    public IEnumerable<Person> TeamLeadsOf(int unitId) => InRole(Roles.Teamleitung).Where(p => p.Units.Contains(unitId));

    /// <summary>The Bereichsleitungen whose assigned units contain the unit (the unit itself or an ancestor).</summary>
    public IEnumerable<Person> LeadsAbove(int unitId) => InRole(Roles.Bereichsleitung).Where(p => PathOf(unitId).Any(p.Units.Contains));

    public Person? ByUserName(string userName) =>
        _people.FirstOrDefault(p => string.Equals(p.UserName, userName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The accounts named in a free text (user name or display name), e.g. a meeting's participants.</summary>
    public IEnumerable<Person> NamedIn(string? text) => string.IsNullOrWhiteSpace(text)
        ? []
        : _people.Where(p => text.Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(t => string.Equals(t, p.UserName, StringComparison.OrdinalIgnoreCase) || string.Equals(t, p.DisplayName, StringComparison.OrdinalIgnoreCase)));

    private IEnumerable<int> PathOf(int unitId)
    {
        for (int? id = unitId; id is { } current; id = _parents.GetValueOrDefault(current))
        {
            yield return current;
        }
    }
}

/// <summary>An account a notification can go to.</summary>
public sealed record Person(string UserName, string? Email, string DisplayName, IReadOnlySet<string> Roles, IReadOnlySet<int> Units);
