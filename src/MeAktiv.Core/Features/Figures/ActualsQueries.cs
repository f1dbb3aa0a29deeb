using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The stored figures of one unit (not its children) for a year, with the month states. A raw count or stock of people
/// below Privacy:MinCellSize is hidden from the Träger (<see cref="Disclosure"/>): value null, <see cref="ActualRow.Suppressed"/>.
/// </summary>
public sealed class ActualsQueries(IDbContextFactory<AppDbContext> factory, SmallCellRule cells)
{
    /// <summary>Null when the unit does not exist or the user may not see it.</summary>
    public async Task<IReadOnlyList<ActualRow>?> ForUnitAsync(UserScope scope, string unitCode, int year, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode.ToUpper(), ct);
        var caller = cells.For(scope);
        if (unit is null || !caller.CanSee(unit.Id))
        {
            return null;
        }

        var states = await db.MonthStatuses.AsNoTracking().Where(s => s.OrgUnitId == unit.Id && s.Year == year)
            .ToDictionaryAsync(s => s.Month, s => s.State, ct);
        var rows = await db.MonthlyValues.AsNoTracking()
            .Where(v => v.OrgUnitId == unit.Id && v.Year == year)
            .OrderBy(v => v.Month).ThenBy(v => v.Component!.Indicator!.SortOrder).ThenBy(v => v.Component!.SortOrder)
            .Select(v => new { v.Year, v.Month, Indicator = v.Component!.Indicator!.Code, Component = v.Component.Code, v.Component.Kind, v.Value, v.Version, v.UpdatedBy, v.UpdatedAt })
            .ToListAsync(ct);
        return rows.Select(r => new ActualRow(r.Year, r.Month, r.Indicator, r.Component, caller.Show(r.Value, r.Kind), r.Version,
            states.GetValueOrDefault(r.Month, MonthState.Entwurf), r.UpdatedBy, r.UpdatedAt, caller.Hides(r.Value, r.Kind))).ToList();
    }
}

/// <summary>A stored figure; <see cref="Value"/> is null and <see cref="Suppressed"/> set when it is a small count hidden from the caller.</summary>
public sealed record ActualRow(int Year, int Month, string Indicator, string Component, decimal? Value, Guid Version, MonthState State,
    string UpdatedBy, DateTime UpdatedAt, bool Suppressed);
