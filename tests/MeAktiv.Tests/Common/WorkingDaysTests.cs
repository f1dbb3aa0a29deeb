using MeAktiv.Core.Common;
using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Tests.Common;

/// <summary>Working days in NRW (library PublicHoliday, state NW) and THE submission deadline built on them.</summary>
public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData("2015-06-04", false)] // Fronleichnam: a holiday in NRW (not in e.g. Berlin)
    [InlineData("2015-11-01", false)] // Allerheiligen (a Sunday anyway)
    [InlineData("2015-10-03", false)] // Tag der Deutschen Einheit
    [InlineData("2015-04-03", false)] // Karfreitag
    [InlineData("2015-05-25", false)] // Pfingstmontag
    [InlineData("2015-06-06", false)] // a Saturday
    [InlineData("2015-06-05", true)]
    [InlineData("2015-07-08", true)]
    [InlineData("2015-08-15", false)] // Mariä Himmelfahrt is no holiday in NRW, but this is a Saturday
    [InlineData("2016-08-15", true)] // … a Monday in 2016: a working day in NRW
    public void A_day_is_a_working_day_in_NRW(string day, bool working) =>
        WorkingDays.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(working);

    [Fact]
    public void Counting_back_skips_the_weekend_and_Fronleichnam()
    {
        // Five working days before Wednesday 10.06.2015: 09., 08., 05., (04. Fronleichnam), 03., 02.
        WorkingDays.Add(new DateOnly(2015, 6, 10), -5).ShouldBe(new DateOnly(2015, 6, 2));
        WorkingDays.Add(new DateOnly(2015, 6, 3), 1).ShouldBe(new DateOnly(2015, 6, 5));
        WorkingDays.Add(new DateOnly(2015, 7, 10), 1).ShouldBe(new DateOnly(2015, 7, 13));
        WorkingDays.Add(new DateOnly(2015, 7, 10), 0).ShouldBe(new DateOnly(2015, 7, 10));
    }

    [Theory]
    [InlineData(2015, 6, "2015-07-10")] // Friday
    [InlineData(2015, 4, "2015-05-11")] // 10.05.2015 is a Sunday
    [InlineData(2015, 9, "2015-10-12")] // 10.10.2015 is a Saturday
    [InlineData(2015, 12, "2016-01-11")] // 10.01.2016 is a Sunday
    public void The_deadline_on_a_weekend_or_holiday_moves_to_the_next_working_day(int year, int month, string expected) =>
        CompletenessQueries.Deadline(year, month, new FigureOptions()).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_deadline_day_on_Fronleichnam_moves_to_Friday() =>
        // Submission day 4: May's figures are due on 04.06.2015, Fronleichnam in NRW → Friday 05.06.2015.
        CompletenessQueries.Deadline(2015, 5, new FigureOptions { SubmissionDay = 4 }).ShouldBe(new DateOnly(2015, 6, 5));
}
