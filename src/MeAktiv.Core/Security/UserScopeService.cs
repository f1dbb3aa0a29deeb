using System.Security.Claims;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Security;

/// <summary>Builds the <see cref="UserScope"/> of a signed-in user from its roles and its assigned units; kept in
/// <see cref="UserScopeCache"/> while the reference stamp is unchanged (one command per call then).</summary>
public sealed class UserScopeService(IDbContextFactory<AppDbContext> factory, UserScopeCache cache)
{
    public async Task<UserScope> GetAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        var roles = UserScope.RolesOf(principal);
        var userName = principal.Identity?.Name ?? "";
        await using var db = await factory.CreateDbContextAsync(ct);
        // The stamp before the rows: a change after this read sets it anew, so a scope is never kept as newer than it is.
        var stamp = (await Stamps.ReadAsync(db, ct)).Reference;
        var key = UserScopeCache.KeyOf(userName, roles);
        if (cache.Get(key, stamp) is { } cached)
        {
            return cached;
        }

        var units = await db.OrgUnits.AsNoTracking()
            .Select(u => new UnitNode(u.Id, u.ParentId, u.Kind))
            .ToListAsync(ct);
        var assigned = await db.UserOrgUnits.AsNoTracking()
            .Where(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == userName))
            .Select(a => a.OrgUnitId)
            .ToListAsync(ct);
        var scope = Build(userName, roles, units, assigned);
        cache.Put(key, stamp, scope);
        return scope;
    }

    internal static UserScope Build(string userName, IReadOnlySet<string> roles, IReadOnlyList<UnitNode> units, IReadOnlyList<int> assigned)
    {
        var tree = new UnitTree(units);
        var all = units.Select(u => u.Id).ToHashSet();
        HashSet<int> visible = [];
        HashSet<int> editable = [];
        if (roles.Contains(Roles.Geschaeftsfuehrung))
        {
            visible.UnionWith(all);
            editable.UnionWith(all);
        }

        if (roles.Contains(Roles.Administration) || roles.Contains(Roles.Finanzen))
        {
            visible.UnionWith(all);
        }

        if (roles.Contains(Roles.Bereichsleitung))
        {
            visible.UnionWith(all);
            editable.UnionWith(assigned.SelectMany(tree.SubtreeOf));
        }

        if (roles.Contains(Roles.Teamleitung))
        {
            var teams = assigned.Where(id => tree.KindOf(id) == OrgUnitKind.Team).ToList();
            visible.UnionWith(teams);
            visible.UnionWith(teams.SelectMany(tree.AncestorsOf));
            editable.UnionWith(teams);
        }

        if (roles.Contains(Roles.Traeger))
        {
            visible.UnionWith(units.Where(u => u.Kind != OrgUnitKind.Team).Select(u => u.Id));
        }

        return new UserScope(userName, roles, visible, editable);
    }
}

/// <summary>A unit's place in the tree, without its names.</summary>
public sealed record UnitNode(int Id, int? ParentId, OrgUnitKind Kind);
