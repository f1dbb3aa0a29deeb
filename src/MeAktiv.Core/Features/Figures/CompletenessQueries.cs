using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// Which units have submitted a month, which are late, which are closed: the Bereichsleitung's overview. Listed are the
/// units the user may see that owe figures for the month (reporting duties, <see cref="Datenstand"/>): a unit that owes
/// nothing is neither expected nor late.
/// </summary>
public sealed class CompletenessQueries(
    IDbContextFactory<AppDbContext> factory, DatenstandQueries datenstand, Common.BusinessClock clock, IOptions<FigureOptions> options)
{
    public async Task<IReadOnlyList<CompletenessRow>> ForMonthAsync(UserScope scope, int year, int month, CancellationToken ct = default)
    {
        var stand = await datenstand.LoadAsync(year, year, ct);
        var ym = new YearMonth(year, month);
        var units = stand.Root is { } root
            ? stand.ExpectedUnits(root.Id, ym).Where(u => scope.CanSee(u.Id)).ToList()
            : [];
        var ids = units.Select(u => u.Id).ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        var parents = stand.Units.ToDictionary(u => u.Id, u => u.Name);
        var counts = await db.MonthlyValues.AsNoTracking()
            .Where(v => ids.Contains(v.OrgUnitId) && v.Year == year && v.Month == month)
            .GroupBy(v => v.OrgUnitId)
            .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(v => v.UpdatedAt) })
            .ToDictionaryAsync(x => x.Key, ct);
        var states = await db.MonthStatuses.AsNoTracking()
            .Where(s => ids.Contains(s.OrgUnitId) && s.Year == year && s.Month == month)
            .ToDictionaryAsync(s => s.OrgUnitId, ct);
        var deadline = Deadline(year, month, options.Value);
        var today = clock.Today;
        return units.Select(u =>
        {
            var state = states.GetValueOrDefault(u.Id);
            var count = counts.GetValueOrDefault(u.Id);
            return new CompletenessRow(u.Code, u.Name, u.ParentId is { } p ? parents.GetValueOrDefault(p) : null,
                state?.State ?? MonthState.Entwurf, count?.Count ?? 0,
                count?.Last, state?.SubmittedBy, state?.SubmittedAt, deadline,
                IsLate: (state?.State ?? MonthState.Entwurf) == MonthState.Entwurf && today > deadline,
                CanClose: MonthWorkflowService.CanClose(scope, u.Id) && state?.State != MonthState.Abgeschlossen,
                CanReopen: MonthWorkflowService.CanClose(scope, u.Id) && state?.State == MonthState.Abgeschlossen);
        }).ToList();
    }

    /// <summary>THE day a month's figures are due: <see cref="FigureOptions.SubmissionDay"/> of the next month, or the
    /// next working day in NRW when that day is a weekend or a public holiday (<see cref="Common.WorkingDays"/>).</summary>
    public static DateOnly Deadline(int year, int month, FigureOptions options) =>
        Common.WorkingDays.OnOrAfter(new DateOnly(year, month, 1).AddMonths(1).AddDays(options.SubmissionDay - 1));
}

/// <summary>One unit's month in the completeness overview; <see cref="CanReopen"/>: closed, and the caller may reopen it
/// (the rule of <see cref="MonthWorkflowService.ReopenAsync"/>: who may close it).</summary>
public sealed record CompletenessRow(string Code, string Name, string? Parent, MonthState State, int Values, DateTime? LastChange,
    string? SubmittedBy, DateTime? SubmittedAt, DateOnly Deadline, bool IsLate, bool CanClose, bool CanReopen);
