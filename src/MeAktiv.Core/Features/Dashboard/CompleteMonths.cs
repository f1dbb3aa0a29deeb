namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// The dashboards' view of the Datenstand (docs/kennzahlen.md): per month of the year how many units owe figures to
/// the Jobcenter, how many have submitted and closed, and THE default month — all from
/// <see cref="Attainment.Datenstand"/>, the one rule; the same for every user.
/// </summary>
public static class CompleteMonths
{
    /// <summary>Months 1..12 of the data's year at the Jobcenter: units that owe figures, submitted, closed.</summary>
    public static IReadOnlyList<MonthCompleteness> ForYear(DashboardData data)
    {
        var withFigures = data.LatestMonthWithAnyFigure();
        return data.Root is not { } root
            ? []
            : data.Datenstand.YearOf(root.Id, data.Year)
                .Select(c => new MonthCompleteness(c.Month.Month, c.Coverage.Expected, c.Coverage.Submitted, c.Coverage.Closed,
                    HasFigures: withFigures >= c.Month.Month))
                .ToList();
    }

    /// <summary>The latest month of the year that every unit owing figures has submitted, or null.</summary>
    public static int? Latest(IReadOnlyList<MonthCompleteness> months) =>
        months.Where(m => m.IsComplete).Select(m => (int?)m.Month).Max();

    /// <summary>The month a dashboard opens with: <see cref="Attainment.Datenstand.DefaultMonth"/>.</summary>
    public static int Default(DashboardData data) => data.Datenstand.DefaultMonth(data.Year, data.LatestMonthWithAnyFigure());
}
