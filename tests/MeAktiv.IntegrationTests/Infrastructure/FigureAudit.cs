using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Infrastructure;

/// <summary>The audit history of one stored figure, read from the app's database.</summary>
internal static class FigureAudit
{
    /// <summary>The (action, reason) of every audit entry of the figure, oldest first; empty if it is not stored.</summary>
    public static async Task<IReadOnlyList<(string Action, string? Reason)>> FigureAuditAsync(this MeAktivAppFactory app,
        string unit, string indicator, string component, int year, int month)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        var id = await db.MonthlyValues.AsNoTracking()
            .Where(v => v.OrgUnit!.Code == unit && v.Component!.Code == component && v.Component.Indicator!.Code == indicator
                        && v.Year == year && v.Month == month)
            .Select(v => (Guid?)v.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            return [];
        }

        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(MonthlyValue) && a.EntityKey == id.Value.ToString())
            .Select(a => new { a.Id, a.Action, a.Reason }).ToListAsync(ct);
        return entries.OrderBy(a => a.Id).Select(a => (a.Action, a.Reason)).ToList();
    }
}
