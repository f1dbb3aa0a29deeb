using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>Small look-ups of the Erfassung page.</summary>
public sealed class FigureLookupQueries(IDbContextFactory<AppDbContext> factory)
{
    /// <summary>The latest month with a figure of any of the units the user may see (null: none).</summary>
    public async Task<YearMonth?> LatestMonthAsync(UserScope scope, IReadOnlyList<string> unitCodes, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var codes = unitCodes.Select(c => c.ToUpperInvariant()).ToList();
        var ids = (await db.OrgUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).Select(u => u.Id).ToListAsync(ct))
            .Where(scope.CanSee).ToList();
        var latest = await db.MonthlyValues.AsNoTracking()
            .Where(v => ids.Contains(v.OrgUnitId))
            .OrderByDescending(v => v.Year).ThenByDescending(v => v.Month)
            .Select(v => new { v.Year, v.Month })
            .FirstOrDefaultAsync(ct);
        return latest is null ? null : new YearMonth(latest.Year, latest.Month);
    }
}
