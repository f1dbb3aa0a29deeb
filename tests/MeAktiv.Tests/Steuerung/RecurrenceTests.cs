using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Steuerung;

namespace MeAktiv.Tests.Steuerung;

/// <summary>When a recurring meeting falls: the n-th or last weekday, a day beyond the month's end, its period.</summary>
public sealed class RecurrenceTests
{
    private static RecurringDate Rule(RecurrencePattern pattern, int day, DayOfWeek? weekday = null, DateOnly? to = null) => new()
    {
        Code = "T", Title = "T", Audience = "Geschaeftsfuehrung", Pattern = pattern, Day = day, Weekday = weekday,
        From = new DateOnly(2015, 2, 1), To = to,
    };

    [Theory]
    [InlineData(3, 7, 15)] // 01.07.2015 is a Wednesday
    [InlineData(3, 2, 18)]
    [InlineData(1, 4, 1)]
    [InlineData(5, 4, 29)] // the last Wednesday of April 2015
    [InlineData(5, 9, 30)]
    public void Nth_weekday(int n, int month, int day) =>
        Recurrence.DayIn(Rule(RecurrencePattern.NthWeekday, n, DayOfWeek.Wednesday), 2015, month).ShouldBe(new DateOnly(2015, month, day));

    [Fact]
    public void Day_31_falls_on_the_last_day_and_the_period_bounds_the_days()
    {
        var rule = Rule(RecurrencePattern.DayOfMonth, 31, to: new DateOnly(2015, 4, 30));
        Recurrence.DaysBetween(rule, new DateOnly(2015, 1, 1), new DateOnly(2015, 12, 31))
            .ShouldBe([new DateOnly(2015, 2, 28), new DateOnly(2015, 3, 31), new DateOnly(2015, 4, 30)]);
        Recurrence.DayIn(Rule(RecurrencePattern.DayOfMonth, 31), 2016, 2).ShouldBe(new DateOnly(2016, 2, 29));
    }

    [Fact]
    public void Rule_text_is_german()
    {
        Recurrence.Text(Rule(RecurrencePattern.NthWeekday, 3, DayOfWeek.Wednesday)).ShouldBe("jeden 3. Mittwoch im Monat");
        Recurrence.Text(Rule(RecurrencePattern.NthWeekday, 5, DayOfWeek.Friday)).ShouldBe("jeden letzten Freitag im Monat");
        Recurrence.Text(Rule(RecurrencePattern.DayOfMonth, 15)).ShouldBe("monatlich am 15.");
    }
}
