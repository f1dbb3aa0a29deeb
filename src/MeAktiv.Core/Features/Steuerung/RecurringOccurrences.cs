using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The occurrences of the recurring meetings in a period for one user: each rule that is not cancelled, on its day of
/// every month (<see cref="Recurrence"/>), for the unit itself or each unit of the rule's kind below it that exists in
/// that month, as far as the user's roles are in the audience and the user sees the unit.
/// </summary>
internal static class RecurringOccurrences
{
    public static IEnumerable<Termin> For(UserScope scope, IReadOnlyList<RecurringDate> rules, IReadOnlyList<OrgUnit> units,
        DateOnly from, DateOnly to)
    {
        var tree = new UnitTree(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Kind)));
        var byId = units.ToDictionary(u => u.Id);
        foreach (var rule in rules.Where(r => !r.Cancelled && TerminRules.Roles(r.Audience).Any(scope.IsInRole)))
        {
            var targets = (rule.EachKind is { } kind
                    ? tree.SubtreeOf(rule.OrgUnitId).Select(id => byId[id]).Where(u => u.Kind == kind)
                    : units.Where(u => u.Id == rule.OrgUnitId))
                .Where(u => scope.CanSee(u.Id))
                .OrderBy(u => u.Name, Common.German.Comparer)
                .ToList();
            foreach (var day in Recurrence.DaysBetween(rule, from, to))
            {
                foreach (var unit in targets.Where(u => u.ExistsIn(day.Year, day.Month)))
                {
                    var title = rule.EachKind is null ? rule.Title : $"{rule.Title}: {unit.Name}";
                    yield return new Termin(day, title, rule.Description, TerminKind.Regelmaessig, rule.Source, unit.Code, false);
                }
            }
        }
    }
}
