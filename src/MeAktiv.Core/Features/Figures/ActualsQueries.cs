using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>The stored figures of one unit (not its children) for a year, with the month states.</summary>
public sealed class ActualsQueries(IDbContextFactory<AppDbContext> factory)
{
    /// <summary>Null when the unit does not exist or the user may not see it.</summary>
    public async Task<IReadOnlyList<ActualRow>?> ForUnitAsync(UserScope scope, string unitCode, int year, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode.ToUpper(), ct);
        if (unit is null || !scope.CanSee(unit.Id))
        {
            return null;
        }

        var states = await db.MonthStatuses.AsNoTracking().Where(s => s.OrgUnitId == unit.Id && s.Year == year)
            .ToDictionaryAsync(s => s.Month, s => s.State, ct);
        var rows = await db.MonthlyValues.AsNoTracking()
            .Where(v => v.OrgUnitId == unit.Id && v.Year == year)
            .OrderBy(v => v.Month).ThenBy(v => v.Component!.Indicator!.SortOrder).ThenBy(v => v.Component!.SortOrder)
            .Select(v => new { v.Year, v.Month, Indicator = v.Component!.Indicator!.Code, Component = v.Component.Code, v.Value, v.Version, v.UpdatedBy, v.UpdatedAt })
            .ToListAsync(ct);
        return rows.Select(r => new ActualRow(r.Year, r.Month, r.Indicator, r.Component, r.Value, r.Version,
            states.GetValueOrDefault(r.Month, MonthState.Entwurf), r.UpdatedBy, r.UpdatedAt)).ToList();
    }
}

public sealed record ActualRow(int Year, int Month, string Indicator, string Component, decimal Value, Guid Version, MonthState State,
    string UpdatedBy, DateTime UpdatedAt);
