using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// "Latest month with complete data" (docs/kennzahlen.md, Dashboards): a month is complete when every unit that
/// enters figures and exists in that month has submitted it (Eingereicht or Abgeschlossen). A unit enters figures when
/// it sits at a level where indicators are entered (teams, and the Jobcenter for the indicators entered only there)
/// and has entered any figure this year or last year (a team such as the Arbeitgeberservice that reports none of the
/// indicators is not waited for). The completeness is the whole Jobcenter's, the same for every user.
/// </summary>
public static class CompleteMonths
{
    /// <summary>Months 1..12 of the data's year with the number of entering units, submitted and closed.</summary>
    public static IReadOnlyList<MonthCompleteness> ForYear(DashboardData data)
    {
        var levels = data.EntryLevels;
        var states = data.States.ToLookup(s => s.Month);
        var withFigures = data.LatestMonthWithAnyFigure();
        var reporting = data.ReportingUnits();
        return Enumerable.Range(1, 12).Select(month =>
        {
            var entering = data.Units
                .Where(u => u.ExistsIn(data.Year, month) && levels.HasFlag(u.Kind.ToEntryLevel()) && reporting.Contains(u.Id))
                .Select(u => u.Id)
                .ToHashSet();
            var ofMonth = states[month].Where(s => entering.Contains(s.UnitId)).ToList();
            return new MonthCompleteness(month, entering.Count,
                Submitted: ofMonth.Count(s => s.State is MonthState.Eingereicht or MonthState.Abgeschlossen),
                Closed: ofMonth.Count(s => s.State == MonthState.Abgeschlossen),
                HasFigures: withFigures >= month);
        }).ToList();
    }

    /// <summary>The latest month of the year that every entering unit has submitted, or null.</summary>
    public static int? Latest(IReadOnlyList<MonthCompleteness> months) =>
        months.Where(m => m.IsComplete).Select(m => (int?)m.Month).Max();

    /// <summary>
    /// The month a dashboard opens with: the latest complete month; while no month is complete yet, the latest month
    /// with any figure; without any figure, January.
    /// </summary>
    public static int Default(DashboardData data, IReadOnlyList<MonthCompleteness> months) =>
        Latest(months) ?? data.LatestMonthWithAnyFigure() ?? 1;
}
