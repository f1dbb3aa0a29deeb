using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Core.Features.Notifications.Rules;

/// <summary>The months whose submission deadline (THE rule, <see cref="CompletenessQueries.Deadline"/>) lies near the
/// day: the two months before the day's month. And the German text shared by the two deadline rules.</summary>
internal static class DeadlineMonths
{
    public static IEnumerable<(YearMonth Month, DateOnly Deadline)> Near(DateOnly today, FigureOptions options)
    {
        var current = new YearMonth(today.Year, today.Month);
        foreach (var month in new[] { current.AddMonths(-2), current.AddMonths(-1) })
        {
            yield return (month, CompletenessQueries.Deadline(month.Year, month.Month, options));
        }
    }

    /// <summary>The units that owe the month and have not submitted it (the Datenstand's duties).</summary>
    public static IReadOnlyList<OrgUnit> Owing(Datenstand stand, YearMonth month) =>
        stand.Root is { } root ? stand.ExpectedUnits(root.Id, month).Where(u => !stand.Counts(u.Id, month)).ToList() : [];

    public static string GridPath(OrgUnit unit, YearMonth month) =>
        $"/erfassung?einheit={Uri.EscapeDataString(unit.Code)}&monat={month.Year:0000}-{month.Month:00}";

    public static string UnitList(IEnumerable<OrgUnit> units) =>
        string.Join("\n", units.Select(u => $"- {u.Name} ({u.Code})"));

    public static string Label(YearMonth month) => German.Month(month);
}
