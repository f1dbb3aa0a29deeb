using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The months the user's units still must submit (start page): for each unit the user may change, each month of the
/// reference day's year before the reference month that the unit owes figures for (reporting duties,
/// <see cref="Datenstand"/>) and has not submitted, with its deadline. A unit that owes nothing is never listed.
/// </summary>
public sealed class OpenMonthsQueries(DatenstandQueries datenstand, IOptions<FigureOptions> options)
{
    public async Task<IReadOnlyList<OpenMonth>> ListAsync(UserScope scope, DateOnly referenceDay, CancellationToken ct = default)
    {
        if (!scope.IsInRole(Roles.Teamleitung) && !SteuerungRights.IsLead(scope))
        {
            return [];
        }

        var year = referenceDay.Year;
        var stand = await datenstand.LoadAsync(year, year, ct);
        var own = stand.Units.Where(u => scope.CanEditFigures(u.Id)).ToList();
        var result = new List<OpenMonth>();
        for (var month = 1; month < referenceDay.Month; month++)
        {
            var ym = new YearMonth(year, month);
            var deadline = CompletenessQueries.Deadline(year, month, options.Value);
            result.AddRange(own
                .Where(u => stand.Owes(u.Id, ym) && !stand.Counts(u.Id, ym))
                .Select(u => new OpenMonth(u.Code, u.Name, year, month, deadline, referenceDay > deadline)));
        }

        return result.OrderBy(o => o.Year).ThenBy(o => o.Month).ThenBy(o => o.UnitCode, StringComparer.Ordinal).ToList();
    }
}

public sealed record OpenMonth(string UnitCode, string UnitName, int Year, int Month, DateOnly Deadline, bool IsLate);
