using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Figures;

/// <summary>Which units have submitted a month, which are late, which are closed: the Bereichsleitung's overview.</summary>
public sealed class CompletenessQueries(IDbContextFactory<AppDbContext> factory, TimeProvider clock, IOptions<FigureOptions> options)
{
    public async Task<IReadOnlyList<CompletenessRow>> ForMonthAsync(UserScope scope, int year, int month, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Select(i => i.EntryLevels).ToListAsync(ct);
        var levels = indicators.Aggregate(EntryLevels.None, (all, l) => all | l);
        var units = (await db.OrgUnits.AsNoTracking().Include(u => u.Parent).ToListAsync(ct))
            .Where(u => scope.CanSee(u.Id) && u.ExistsIn(year, month) && levels.HasFlag(u.Kind.ToEntryLevel()))
            .OrderBy(u => u.Kind).ThenBy(u => u.Code)
            .ToList();
        var ids = units.Select(u => u.Id).ToList();
        var counts = await db.MonthlyValues.AsNoTracking()
            .Where(v => ids.Contains(v.OrgUnitId) && v.Year == year && v.Month == month)
            .GroupBy(v => v.OrgUnitId)
            .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(v => v.UpdatedAt) })
            .ToDictionaryAsync(x => x.Key, ct);
        var states = await db.MonthStatuses.AsNoTracking()
            .Where(s => ids.Contains(s.OrgUnitId) && s.Year == year && s.Month == month)
            .ToDictionaryAsync(s => s.OrgUnitId, ct);
        var deadline = new DateOnly(year, month, 1).AddMonths(1).AddDays(options.Value.SubmissionDay - 1);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return units.Select(u =>
        {
            var state = states.GetValueOrDefault(u.Id);
            var count = counts.GetValueOrDefault(u.Id);
            return new CompletenessRow(u.Code, u.Name, u.Parent?.Name, state?.State ?? MonthState.Entwurf, count?.Count ?? 0,
                count?.Last, state?.SubmittedBy, state?.SubmittedAt, deadline,
                IsLate: (state?.State ?? MonthState.Entwurf) == MonthState.Entwurf && today > deadline,
                CanClose: MonthWorkflowService.CanClose(scope, u.Id) && state?.State != MonthState.Abgeschlossen);
        }).ToList();
    }
}

/// <summary>One unit's month in the completeness overview.</summary>
public sealed record CompletenessRow(string Code, string Name, string? Parent, MonthState State, int Values, DateTime? LastChange,
    string? SubmittedBy, DateTime? SubmittedAt, DateOnly Deadline, bool IsLate, bool CanClose);
