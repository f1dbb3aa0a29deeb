using MeAktiv.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>Loads raw monthly figures for a set of units and a period in one round trip (no query per unit or month).</summary>
public sealed class FigureQueries(IDbContextFactory<AppDbContext> factory)
{
    /// <summary>All figures of the given units from January of <paramref name="fromYear"/> to December of <paramref name="toYear"/>.</summary>
    public async Task<IReadOnlyList<FigureRow>> LoadAsync(
        IReadOnlyCollection<int> unitIds, int fromYear, int toYear, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.MonthlyValues.AsNoTracking()
            .Where(v => unitIds.Contains(v.OrgUnitId) && v.Year >= fromYear && v.Year <= toYear)
            .Select(v => new FigureRow(v.OrgUnitId, v.Component!.Indicator!.Code, v.Component.Code, v.Year, v.Month, v.Value, v.IsDemo))
            .ToListAsync(ct);
    }

    /// <summary>All figures of all units from January of <paramref name="fromYear"/> to December of <paramref name="toYear"/>.</summary>
    public async Task<IReadOnlyList<FigureRow>> LoadAsync(int fromYear, int toYear, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.MonthlyValues.AsNoTracking()
            .Where(v => v.Year >= fromYear && v.Year <= toYear)
            .Select(v => new FigureRow(v.OrgUnitId, v.Component!.Indicator!.Code, v.Component.Code, v.Year, v.Month, v.Value, v.IsDemo))
            .ToListAsync(ct);
    }
}

/// <summary>One raw figure with the codes the calculation needs.</summary>
public sealed record FigureRow(int UnitId, string Indicator, string Component, int Year, int Month, decimal Value, bool IsDemo);
