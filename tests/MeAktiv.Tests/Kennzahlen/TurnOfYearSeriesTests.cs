using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>The small charts across the turn of the year (docs/kennzahlen.md, "Über den Jahreswechsel"), by hand.</summary>
public sealed class TurnOfYearSeriesTests
{
    [Fact]
    public void A_year_to_date_sum_is_broken_at_the_turn_of_the_year_and_read_against_last_years_same_month()
    {
        // ESF starts: 5 a month in 2013, 10 a month in 2014, 12 a month in 2015.
        var series = Calc.Series(Defs.Esf, Rows.Constant("ESF", 2013, 1, 12, 5m), Rows.Constant("ESF", 2014, 1, 12, 10m),
            Rows.Constant("ESF", 2015, 1, 2, 12m));

        var points = TurnOfYearSeries.Calculate(Defs.Esf, series, 2014, 11, 2015, 2);

        // Nov 2014: 11 · 10 = 110 (Nov 2013: 11 · 5 = 55); Dec: 120 (60); Jan 2015: 12 (Jan 2014: 10); Feb: 24 (20).
        points.Select(p => (p.Year, p.Month, p.Value, p.LastYear, p.StartsLine)).ShouldBe(
        [
            (2014, 11, 110m, 55m, false),
            (2014, 12, 120m, 60m, false),
            (2015, 1, 12m, 10m, true), // not joined to December's 120: the sum restarted, nothing fell
            (2015, 2, 24m, 20m, false),
        ]);
    }

    [Fact]
    public void The_integration_rate_is_drawn_as_its_rolling_12_months_which_does_not_fall_at_the_turn()
    {
        // eLb 1000 and 10 integrations every month of 2013..2015-02.
        var series = Calc.Series(Defs.K2, Rows.Constant("ELB", 2013, 1, 26, 1000m), Rows.Constant("INT", 2013, 1, 26, 10m));

        var points = TurnOfYearSeries.Calculate(Defs.K2, series, 2014, 11, 2015, 2);

        // Rolling: 100 · 120 / 1000 = 12 % every month; the year-to-date JFW would fall from 12 (Dec) to 1 (Jan).
        points.Select(p => (p.Year, p.Month, p.Value, p.LastYear, p.StartsLine)).ShouldBe(
        [
            (2014, 11, 12m, (decimal?)null, false),
            (2014, 12, 12m, null, false),
            (2015, 1, 12m, null, false),
            (2015, 2, 12m, null, false),
        ]);
        SeriesCalculator.Calculate(Defs.K2, series, 2015, 1, 2015, 1)[0].Value.ShouldBe(1m);
    }
}
