using MeAktiv.Core.Data;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>One unit as the master-data page and <c>GET /api/v1/org-units/{code}</c> show it: its fields and version,
/// its successor and predecessor links, the cities it serves by date and the accounts assigned to it.</summary>
public sealed class OrgUnitDetailQueries(IDbContextFactory<AppDbContext> factory)
{
    /// <summary>The unit, or null when it does not exist or the user may not see it.</summary>
    public async Task<OrgUnitDetail?> GetAsync(UserScope scope, string code, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().Include(u => u.Parent).Include(u => u.Cities).ThenInclude(c => c.City)
            .FirstOrDefaultAsync(u => u.Code == code.Trim().ToUpper(), ct);
        if (unit is null || !scope.CanSee(unit.Id))
        {
            return null;
        }

        var links = await db.OrgUnitSuccessors.AsNoTracking()
            .Where(s => s.PredecessorId == unit.Id || s.SuccessorId == unit.Id)
            .Select(s => new
            {
                Predecessor = s.Predecessor!.Code, Successor = s.Successor!.Code, s.Date, s.Share,
                Component = s.Component == null ? null : s.Component.Indicator!.Code + "/" + s.Component.Code,
            })
            .ToListAsync(ct);
        var accounts = MasterDataRights.CanMaintain(scope)
            ? await db.UserOrgUnits.AsNoTracking().Where(a => a.OrgUnitId == unit.Id)
                .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => u.Email ?? u.UserName ?? u.Id).ToListAsync(ct)
            : [];
        return new OrgUnitDetail(unit.Code, unit.Name, unit.Kind.ToString(), unit.Parent?.Code, unit.TeamKind, unit.ValidFrom,
            unit.ValidTo, unit.Version,
            links.Where(l => l.Predecessor == unit.Code).OrderBy(l => l.Date).ThenBy(l => l.Successor, StringComparer.Ordinal)
                .Select(l => new SuccessorLink(l.Successor, l.Date, l.Share, l.Component)).ToList(),
            links.Where(l => l.Successor == unit.Code).OrderBy(l => l.Date).ThenBy(l => l.Predecessor, StringComparer.Ordinal)
                .Select(l => new SuccessorLink(l.Predecessor, l.Date, l.Share, l.Component)).ToList(),
            unit.Cities.OrderBy(c => c.ValidFrom).ThenBy(c => c.City!.Code, StringComparer.Ordinal)
                .Select(c => new CityServed(c.City!.Code, c.City.Name, c.ValidFrom, c.ValidTo)).ToList(),
            accounts.Order(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>Every city (code and name), for the page's choice.</summary>
    public async Task<IReadOnlyList<CityServed>> CitiesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var cities = await db.Cities.AsNoTracking().ToListAsync(ct);
        return cities.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new CityServed(c.Code, c.Name, default, null)).ToList();
    }
}

/// <summary>A unit with its version and links (<see cref="OrgUnitDetailQueries"/>).</summary>
public sealed record OrgUnitDetail(
    string Code, string Name, string Kind, string? ParentCode, string? TeamKind, DateOnly ValidFrom, DateOnly? ValidTo, Guid Version,
    IReadOnlyList<SuccessorLink> Successors, IReadOnlyList<SuccessorLink> Predecessors, IReadOnlyList<CityServed> Cities,
    IReadOnlyList<string> Accounts);

/// <summary>A successor link seen from one side: the other unit's code, the date, the share (null: the stock moved) and the
/// component (<c>K2/ELB</c>; null: every component).</summary>
public sealed record SuccessorLink(string Unit, DateOnly Date, decimal? Share, string? Component);

public sealed record CityServed(string City, string Name, DateOnly ValidFrom, DateOnly? ValidTo);
