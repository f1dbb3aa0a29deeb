using MeAktiv.Core.Data;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.OrgUnits;

/// <summary>The organisation tree as a user may see it.</summary>
public sealed class OrgUnitQueries(IDbContextFactory<AppDbContext> factory)
{
    /// <summary>The units the user may see, in tree order (each unit followed by its children, siblings by code).</summary>
    public async Task<IReadOnlyList<OrgUnitDto>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking()
            .Select(u => new OrgUnitDto(u.Id, u.Code, u.Name, u.Kind.ToString(), u.Parent == null ? null : u.Parent.Code,
                u.ValidFrom, u.ValidTo, u.IsDemo))
            .ToListAsync(ct);
        var children = units.ToLookup(u => u.ParentCode);
        var ordered = new List<OrgUnitDto>(units.Count);
        void Visit(string? parent)
        {
            foreach (var unit in children[parent].OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                ordered.Add(unit);
                Visit(unit.Code);
            }
        }

        Visit(null);
        return ordered.Where(u => scope.CanSee(u.Id)).ToList();
    }

    /// <summary>Whether a unit with the code exists at all (a page that refuses a unit the user may not see answers
    /// 403 for it, 404 for a code that names none).</summary>
    public async Task<bool> ExistsAsync(string code, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var upper = code.Trim().ToUpperInvariant();
        return await db.OrgUnits.AsNoTracking().AnyAsync(u => u.Code == upper, ct);
    }
}

public sealed record OrgUnitDto(
    int Id, string Code, string Name, string Kind, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo, bool IsDemo)
{
    /// <summary>Whether the unit exists on the day (open), as <see cref="Domain.OrgUnit.IsValidOn"/>.</summary>
    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}
