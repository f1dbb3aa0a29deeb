using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>When a <see cref="RecurringDate"/> falls: its day in a month, and its days in a period.</summary>
public static class Recurrence
{
    public const int Last = 5;

    /// <summary>The day of the rule in the month (before <see cref="RecurringDate.From"/> or after
    /// <see cref="RecurringDate.To"/>: null). Day d beyond the month's end falls on its last day.</summary>
    public static DateOnly? DayIn(RecurringDate rule, int year, int month)
    {
        var day = rule.Pattern == RecurrencePattern.DayOfMonth
            ? new DateOnly(year, month, Math.Min(Math.Max(rule.Day, 1), DateTime.DaysInMonth(year, month)))
            : NthWeekday(year, month, rule.Weekday ?? DayOfWeek.Monday, rule.Day);
        return day < rule.From || (rule.To is { } to && day > to) ? null : day;
    }

    /// <summary>The rule's days from <paramref name="from"/> to <paramref name="to"/>, in order.</summary>
    public static IEnumerable<DateOnly> DaysBetween(RecurringDate rule, DateOnly from, DateOnly to)
    {
        for (var first = new DateOnly(from.Year, from.Month, 1); first <= to; first = first.AddMonths(1))
        {
            if (DayIn(rule, first.Year, first.Month) is { } day && day >= from && day <= to)
            {
                yield return day;
            }
        }
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        if (n >= Last)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (Math.Max(n, 1) - 1));
    }

    /// <summary>The rule in German ("jeden 3. Mittwoch im Monat", "monatlich am 15.").</summary>
    public static string Text(RecurringDate rule) => rule.Pattern == RecurrencePattern.DayOfMonth
        ? $"monatlich am {rule.Day}."
        : $"jeden {(rule.Day >= Last ? "letzten" : $"{rule.Day}.")} {Common.German.Culture.DateTimeFormat.GetDayName(rule.Weekday ?? DayOfWeek.Monday)} im Monat";
}
