using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The agenda's "nicht eingereicht" items, one per unit with all its missing months: the months of the year up to the
/// reviewed month that the unit owes figures for (<see cref="Datenstand"/>), has not submitted, and whose submission
/// deadline (<see cref="CompletenessQueries.Deadline"/>, the one rule) is not after the meeting day. A unit that owes
/// nothing, or whose months are all submitted or not yet due, is not listed. Ordered by the earliest missing month,
/// then in the order of the organisation; the item's date is that month's deadline.
/// </summary>
internal static class AgendaMissingMonths
{
    public static IEnumerable<AgendaItem> For(Datenstand stand, UserScope scope, int rootId, int year, int month, DateOnly meetingDay,
        FigureOptions options)
    {
        var missing = new Dictionary<int, (OrgUnit Unit, List<int> Months)>();
        for (var m = 1; m <= month && CompletenessQueries.Deadline(year, m, options) <= meetingDay; m++)
        {
            var ym = new YearMonth(year, m);
            foreach (var unit in stand.ExpectedUnits(rootId, ym).Where(u => scope.CanSee(u.Id) && !stand.Counts(u.Id, ym)))
            {
                if (!missing.TryGetValue(unit.Id, out var entry))
                {
                    missing[unit.Id] = entry = (unit, []);
                }

                entry.Months.Add(m);
            }
        }

        return missing.Values.Select(x => new AgendaItem
        {
            Kind = AgendaItemKind.MissingMonth,
            Text = $"{x.Unit.Name}: {string.Join(", ", x.Months.Select(m => Common.German.MonthDigits(year, m)))} nicht eingereicht",
            UnitCode = x.Unit.Code,
            Date = CompletenessQueries.Deadline(year, x.Months[0], options),
        });
    }
}
