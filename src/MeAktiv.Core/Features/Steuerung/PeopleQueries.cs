using MeAktiv.Core.Data;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>The users who can own a measure (Teamleitung, Bereichsleitung, Geschäftsführung) and display names.</summary>
public sealed class PeopleQueries(IDbContextFactory<AppDbContext> factory)
{
    private static readonly string[] OwnerRoles = [Roles.Teamleitung, Roles.Bereichsleitung, Roles.Geschaeftsfuehrung];

    public async Task<IReadOnlyList<PersonDto>> PossibleOwnersAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var roleIds = await db.Roles.Where(r => OwnerRoles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new { u.UserName, u.DisplayName, Units = u.OrgUnits.Select(o => o.OrgUnit!.Code).ToList() })
            .ToListAsync(ct);
        return users
            .Select(u => new PersonDto(u.UserName!, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : u.DisplayName,
                u.Units.Count is > 0 and < 4 ? string.Join(", ", u.Units.Order()) : null))
            .OrderBy(p => p.DisplayName, Common.German.Comparer)
            .ToList();
    }

    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IEnumerable<string> userNames, CancellationToken ct = default)
    {
        var wanted = userNames.Distinct().ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct);
        return users.ToDictionary(u => u.UserName!, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : u.DisplayName,
            StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>A possible owner of a measure; <see cref="Units"/> the team codes of a Teamleitung.</summary>
public sealed record PersonDto(string UserName, string DisplayName, string? Units)
{
    public string Label => Units is null ? DisplayName : $"{DisplayName} ({Units})";
}
