using PublicHoliday;

namespace MeAktiv.Core.Common;

/// <summary>
/// Working days in Nordrhein-Westfalen: Monday to Friday without the public holidays of NRW (library PublicHoliday,
/// <see cref="GermanPublicHoliday"/> with the state NW, e.g. Fronleichnam and Allerheiligen). The one calendar of the
/// submission deadline and of the reminders' timing.
/// </summary>
public static class WorkingDays
{
    private static readonly GermanPublicHoliday Nrw = new() { State = GermanPublicHoliday.States.NW };

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Nrw.IsPublicHoliday(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The day itself when it is a working day, else the next one (§ 193 BGB: a deadline on a weekend or a
    /// holiday ends on the next working day).</summary>
    public static DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The working day <paramref name="count"/> working days after (positive) or before (negative) the day.</summary>
    public static DateOnly Add(DateOnly day, int count)
    {
        var step = count < 0 ? -1 : 1;
        for (var left = Math.Abs(count); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }
}
