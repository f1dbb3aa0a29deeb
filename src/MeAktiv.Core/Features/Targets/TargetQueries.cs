using MeAktiv.Core.Data;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Targets;

/// <summary>Targets of a year with their current version, for the units a user may see.</summary>
public sealed class TargetQueries(IDbContextFactory<AppDbContext> factory)
{
    public async Task<IReadOnlyList<TargetDto>> ListAsync(UserScope scope, int year, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Targets.AsNoTracking()
            .Where(t => t.Year == year)
            .Select(t => new
            {
                t.OrgUnitId,
                Unit = t.OrgUnit!.Code,
                Indicator = t.Indicator!.Code,
                t.Indicator.SortOrder,
                Current = t.Versions.OrderByDescending(v => v.Number).First(),
            })
            .ToListAsync(ct);
        return rows.Where(r => scope.CanSee(r.OrgUnitId))
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Unit)
            .Select(r => new TargetDto(r.Unit, r.Indicator, year, r.Current.Value, r.Current.Status.ToString(),
                r.Current.Number, r.Current.Note, r.Current.DecidedOn))
            .ToList();
    }

    /// <summary>The years that have targets, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Targets.Select(t => t.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }

    /// <summary>The year the overview opens with: the latest year with figures, else the latest with targets.</summary>
    public async Task<int> DefaultYearAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var withFigures = await db.MonthlyValues.MaxAsync(v => (int?)v.Year, ct);
        return withFigures ?? await db.Targets.MaxAsync(t => (int?)t.Year, ct) ?? DateTime.Today.Year;
    }
}

/// <summary>A target's current version, as <c>GET /api/v1/targets</c> returns it.</summary>
public sealed record TargetDto(
    string Unit, string Indicator, int Year, decimal? Value, string Status, int Version, string? Note, DateOnly DecidedOn);
