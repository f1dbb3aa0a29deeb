using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The months the user's units still must submit (start page, import template): for each unit the user may change,
/// each month of the reference day's year before the reference month that the unit owes figures for (reporting
/// duties, <see cref="Datenstand"/>) and has not submitted, with its deadline — and, for a month that was closed and
/// reopened, the reason given (<see cref="MonthStatus.ReopenReason"/>). A unit that owes nothing is never listed.
/// </summary>
public sealed class OpenMonthsQueries(IDbContextFactory<AppDbContext> factory, DatenstandQueries datenstand, IOptions<FigureOptions> options)
{
    public async Task<IReadOnlyList<OpenMonth>> ListAsync(UserScope scope, DateOnly referenceDay, CancellationToken ct = default) =>
        (await OwedAsync(scope, referenceDay, ct)).Months;

    /// <summary>The open months with the Datenstand they were read from (its duties say what each month owes).</summary>
    public async Task<OwedMonths> OwedAsync(UserScope scope, DateOnly referenceDay, CancellationToken ct = default)
    {
        var year = referenceDay.Year;
        var stand = await datenstand.LoadAsync(year, year, ct);
        if (!scope.IsInRole(Roles.Teamleitung) && !SteuerungRights.IsLead(scope))
        {
            return new OwedMonths(stand, []);
        }

        var own = stand.Units.Where(u => scope.CanEditFigures(u.Id)).ToList();
        var reasons = await ReopenReasonsAsync(own.Select(u => u.Id).ToList(), year, ct);
        var result = new List<OpenMonth>();
        for (var month = 1; month < referenceDay.Month; month++)
        {
            var ym = new YearMonth(year, month);
            var deadline = CompletenessQueries.Deadline(year, month, options.Value);
            result.AddRange(own
                .Where(u => stand.Owes(u.Id, ym) && !stand.Counts(u.Id, ym))
                .Select(u => new OpenMonth(u.Code, u.Name, year, month, deadline, referenceDay > deadline,
                    reasons.GetValueOrDefault((u.Id, month)))));
        }

        return new OwedMonths(stand, [.. result.OrderBy(o => o.Year).ThenBy(o => o.Month).ThenBy(o => o.UnitCode, StringComparer.Ordinal)]);
    }

    /// <summary>Why each reopened month (back in Entwurf) of the units was reopened.</summary>
    private async Task<Dictionary<(int Unit, int Month), string>> ReopenReasonsAsync(List<int> unitIds, int year, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.MonthStatuses.AsNoTracking()
            .Where(s => s.Year == year && s.State == MonthState.Entwurf && s.ReopenReason != null && unitIds.Contains(s.OrgUnitId))
            .ToDictionaryAsync(s => (s.OrgUnitId, s.Month), s => s.ReopenReason!, ct);
    }
}

/// <summary>A month a unit still owes; <see cref="ReopenReason"/>: why it came back after it was closed (null: never closed).</summary>
public sealed record OpenMonth(string UnitCode, string UnitName, int Year, int Month, DateOnly Deadline, bool IsLate,
    string? ReopenReason = null);

/// <summary>The open months and the Datenstand they were read from.</summary>
public sealed record OwedMonths(Datenstand Stand, IReadOnlyList<OpenMonth> Months);
