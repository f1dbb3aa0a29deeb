using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The months the user's teams still must submit (start page): for each team the user may change, each month of
/// the reference day's year before the reference month that is still in Entwurf, with its deadline.
/// </summary>
public sealed class OpenMonthsQueries(IDbContextFactory<AppDbContext> factory, IOptions<FigureOptions> options)
{
    public async Task<IReadOnlyList<OpenMonth>> ListAsync(UserScope scope, DateOnly referenceDay, CancellationToken ct = default)
    {
        if (!scope.IsInRole(Roles.Teamleitung) && !SteuerungRights.IsLead(scope))
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var teams = (await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Team).ToListAsync(ct))
            .Where(u => scope.CanEditFigures(u.Id)).ToList();
        var ids = teams.Select(t => t.Id).ToList();
        var year = referenceDay.Year;
        var done = (await db.MonthStatuses.AsNoTracking()
                .Where(s => ids.Contains(s.OrgUnitId) && s.Year == year && s.State != MonthState.Entwurf)
                .Select(s => new { s.OrgUnitId, s.Month }).ToListAsync(ct))
            .Select(s => (s.OrgUnitId, s.Month)).ToHashSet();
        var result = new List<OpenMonth>();
        for (var month = 1; month < referenceDay.Month; month++)
        {
            var deadline = new DateOnly(year, month, 1).AddMonths(1).AddDays(options.Value.SubmissionDay - 1);
            result.AddRange(teams
                .Where(t => t.ExistsIn(year, month) && !done.Contains((t.Id, month)))
                .Select(t => new OpenMonth(t.Code, t.Name, year, month, deadline, referenceDay > deadline)));
        }

        return result.OrderBy(o => o.Year).ThenBy(o => o.Month).ThenBy(o => o.UnitCode, StringComparer.Ordinal).ToList();
    }
}

public sealed record OpenMonth(string UnitCode, string UnitName, int Year, int Month, DateOnly Deadline, bool IsLate);
