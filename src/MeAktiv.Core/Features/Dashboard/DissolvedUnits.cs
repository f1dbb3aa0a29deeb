using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// Units closed before the month a ranking or a list of units is built for ("aufgelöst", docs/kennzahlen.md): they
/// get no rank and are no cause of the current gap; their figures of the months they existed are shown once, apart,
/// as of their last month. Their contribution stays with them, so the contributions still add up to the gap.
/// </summary>
internal static class DissolvedUnits
{
    /// <summary>True when the unit was closed before the first day of the month.</summary>
    public static bool Before(UnitRef unit, int year, int month) => unit.ValidTo is { } end && end < new DateOnly(year, month, 1);

    /// <summary>The unit's last month of the year up to <paramref name="month"/>.</summary>
    public static int LastMonth(UnitRef unit, int year, int month) =>
        unit.ValidTo is { } end && end.Year == year && end.Month < month ? end.Month : month;

    /// <summary>
    /// The rows of the dissolved units among <paramref name="rows"/>, with actual, target, variance and light of their
    /// last month (their weight and contribution to the chosen month's gap unchanged), ordered by name; rank 0.
    /// </summary>
    public static IReadOnlyList<ContributionRow> Rows(DashboardData data, Indicator indicator, IReadOnlyList<DashboardUnit> units,
        IEnumerable<ContributionRow> rows, int month) => rows
        .Where(r => Before(r.Unit, data.Year, month))
        .Select(r =>
        {
            var unit = units.First(u => u.Code == r.Unit.Code);
            var last = data.Card(indicator, unit, LastMonth(r.Unit, data.Year, month));
            return r with
            {
                Rank = 0,
                Actual = last.Result.Actual,
                ReferenceTarget = last.Result.Target,
                PhasedTarget = last.Result.PhasedTarget,
                Variance = last.Result.Variance,
                Light = last.Result.Light,
                ReferenceSource = last.TargetSource ?? "eigenes Ziel",
                LastMonth = last.Month,
            };
        })
        .OrderBy(r => r.Unit.Name, Common.German.Comparer)
        .ToList();

    /// <summary>The units directly below <paramref name="unit"/> the user may see that were closed earlier in the year.</summary>
    public static IReadOnlyList<UnitRef> Children(DashboardData data, Security.UserScope scope, DashboardUnit unit, int month) =>
        data.ChildrenOf(unit).Where(c => scope.CanSee(c.Id) && c.ExistsUpTo(data.Year, month) && Before(c.Ref, data.Year, month))
            .Select(c => c.Ref).ToList();
}
