using MeAktiv.Core.Data;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>The organisation tree as a user may see it.</summary>
public sealed class OrgUnitQueries(IDbContextFactory<AppDbContext> factory)
{
    public async Task<IReadOnlyList<OrgUnitDto>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking()
            .OrderBy(u => u.Kind).ThenBy(u => u.Code)
            .Select(u => new OrgUnitDto(u.Id, u.Code, u.Name, u.Kind.ToString(), u.Parent == null ? null : u.Parent.Code,
                u.ValidFrom, u.ValidTo, u.IsDemo))
            .ToListAsync(ct);
        return units.Where(u => scope.CanSee(u.Id)).ToList();
    }
}

public sealed record OrgUnitDto(
    int Id, string Code, string Name, string Kind, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo, bool IsDemo);
