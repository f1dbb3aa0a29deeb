using MeAktiv.Core.Data;
using MeAktiv.Core.Kennzahlen;
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
                t.Indicator.Phasing,
                Current = t.Versions.OrderByDescending(v => v.Number).First(),
            })
            .ToListAsync(ct);
        return rows.Where(r => scope.CanSee(r.OrgUnitId))
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Unit)
            .Select(r => new TargetDto(r.Unit, r.Indicator, year, r.Current.Value, r.Current.Status,
                r.Current.Number, r.Current.Note, r.Current.DecidedOn, r.Current.Baseline, r.Current.BaselineSource, r.Current.Change,
                r.Current.Reason)
            {
                Profile = TargetProfile.Of(year, r.Current),
                Phasing = TargetProfile.Effective(r.Current.Phasing, r.Phasing),
            })
            .ToList();
    }

    /// <summary>Every version of one target, newest first; empty when there is none yet; null for an unknown or invisible unit or indicator.</summary>
    public async Task<IReadOnlyList<TargetVersionView>?> VersionsAsync(UserScope scope, int year, string unitCode, string indicatorCode,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode.ToUpper(), ct);
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == indicatorCode.ToUpper(), ct);
        if (unit is null || indicator is null || !scope.CanSee(unit.Id))
        {
            return null;
        }

        var versions = await db.TargetVersions.AsNoTracking()
            .Where(v => db.Targets.Any(t => t.Id == v.TargetId && t.Year == year && t.OrgUnitId == unit.Id && t.IndicatorId == indicator.Id))
            .ToListAsync(ct);
        return versions.OrderByDescending(v => v.Number).Select(v => TargetVersionView.Of(year, unit.Code, indicator.Code, v, indicator.Phasing)).ToList();
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
    string Unit, string Indicator, int Year, decimal? Value, Domain.TargetStatus Status, int Version, string? Note, DateOnly DecidedOn,
    decimal? Baseline, string? BaselineSource, decimal? Change, string? Reason)
{
    /// <summary>The period and plan of the current version; <see cref="Phasing"/> is the phasing in effect.</summary>
    public TargetProfile Profile { get; init; } = TargetProfile.CalendarYear(Year);

    public Domain.TargetPhasing Phasing { get; init; }
}
