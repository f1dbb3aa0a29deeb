using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>EQ (and BAMF, BZ): ratio of sums over months and units (docs/kennzahlen.md, "EQ").</summary>
public sealed class RatioOfSumsTests
{
    // EQ 2015, target 45 %: AUS (exits) 10, 8, 0, 12, 10, 0 (Σ 40); SVB 4, 4, 0, 5, 5, 0 (Σ 18)
    private static IEnumerable<RawFigure> Aus => Rows.Months("AUS", 2015, 1, 10, 8, 0, 12, 10, 0);

    private static IEnumerable<RawFigure> Svb => Rows.Months("SVB", 2015, 1, 4, 4, 0, 5, 5, 0);

    [Fact]
    public void June_is_100_times_sum_of_numerator_over_sum_of_denominator()
    {
        var r = Calc.At(Defs.Eq, 2015, 6, 45m, Aus, Svb);

        // 100 · 18 / 40 = 45 %; months with 0 exits simply add nothing
        r.Actual.ShouldBe(45m);
        r.PhasedTarget.ShouldBe(45m);
        r.Variance.ShouldBe(0m);
        r.RelativeVariance.ShouldBe(0m);
        // r = 45 / 45 = 1,00 → green (the boundary belongs to green)
        r.Ratio.ShouldBe(1m);
        r.Light.ShouldBe(TrafficLight.Green);
        // forecast: Jul..Dec at Ø Apr..Jun: AUS (12 + 10 + 0) / 3 → 6 · 22 / 3 = 44; SVB 6 · 10 / 3 = 20
        // → 100 · (18 + 20) / (40 + 44) = 3800 / 84 = 45,238 %
        r.Forecast.ShouldBeNear(3800m / 84m);
        // required: (45 / 100 · 84 − 18) / 6 = (37,8 − 18) / 6 = 3,3 svB per month
        r.RequiredPerMonth.ShouldBe(3.3m);
        r.Missing.ShouldBeEmpty();
    }

    [Fact]
    public void A_whole_denominator_of_zero_has_no_value()
    {
        var r = Calc.At(Defs.Eq, 2015, 6, 45m, Rows.Constant("AUS", 2015, 1, 6, 0m), Rows.Constant("SVB", 2015, 1, 6, 0m));

        r.Actual.ShouldBeNull(); // shown as "–", never 0 %
        r.Missing.ShouldBe(["Nenner 0 (AUS 2015-01..2015-06)"]);
        r.Light.ShouldBe(TrafficLight.None);
        r.Ratio.ShouldBeNull();
    }

    [Fact]
    public void A_unit_with_denominator_zero_contributes_nothing()
    {
        // unit 2 reports 3 svB in March but 0 exits: its numerator is left out
        var unit2 = new[] { new RawFigure(2, "AUS", 2015, 3, 0m), new RawFigure(2, "SVB", 2015, 3, 3m) };
        var series = Calc.Series(Defs.Eq, Aus, Svb, unit2);

        var r = AttainmentCalculator.Calculate(Defs.Eq, series, 2015, 6, 45m);

        r.Actual.ShouldBe(45m); // still 100 · 18 / 40
        r.Missing.ShouldBe(["SVB 2015-03 nicht gezählt (Nenner 0)"]);
        series.Excluded.ShouldBe([new ExcludedFigure(2, "SVB", 2015, 3, 3m)]);
    }

    [Fact]
    public void A_left_out_figure_in_the_forecast_window_of_last_year_is_reported_too()
    {
        // January 2015: the forecast uses Nov 2014..Jan 2015; unit 2 has 2 svB but 0 exits in December 2014
        var rows = Rows.Months("AUS", 2014, 11, 10, 10, 10).Concat(Rows.Months("SVB", 2014, 11, 5, 5, 5))
            .Concat([new RawFigure(2, "AUS", 2014, 12, 0m), new RawFigure(2, "SVB", 2014, 12, 2m)]);

        var r = Calc.At(Defs.Eq, 2015, 1, 45m, rows);

        r.Actual.ShouldBe(50m); // 100 · 5 / 10
        // forecast: Ø AUS 10, Ø SVB 5 (unit 2's 2 svB left out) → 100 · (5 + 55) / (10 + 110) = 50
        r.Forecast.ShouldBe(50m);
        r.Missing.ShouldBe(["SVB 2014-12 nicht gezählt (Nenner 0)"]);
    }

    [Fact]
    public void A_unit_that_entered_only_the_denominator_makes_the_month_incomplete()
    {
        // unit 2 entered 5 exits in June but no svB yet: June's svB sum would be too small → missing
        var series = Calc.Series(Defs.Eq, Aus, Svb, [new RawFigure(2, "AUS", 2015, 6, 5m)]);

        var r = AttainmentCalculator.Calculate(Defs.Eq, series, 2015, 6, 45m);

        r.Actual.ShouldBeNull();
        r.Missing.ShouldBe(["SVB 2015-06 (unvollständig)"]);
        var incomplete = series.Incomplete.ShouldHaveSingleItem();
        (incomplete.ComponentCode, incomplete.Year, incomplete.Month).ShouldBe(("SVB", 2015, 6));
        incomplete.UnitIds.ShouldBe([2]);
        // May is complete and unaffected: 100 · 18 / 40
        AttainmentCalculator.Calculate(Defs.Eq, series, 2015, 5, 45m).Actual.ShouldBe(45m);
    }

    [Fact]
    public void The_parent_rate_is_the_ratio_of_sums_not_the_mean_of_the_childrens_rates()
    {
        // team A: 9 of 10 exits in svB = 90 %; team B: 9 of 90 = 10 %
        var a = new[] { new RawFigure(1, "AUS", 2015, 1, 10m), new RawFigure(1, "SVB", 2015, 1, 9m) };
        var b = new[] { new RawFigure(2, "AUS", 2015, 1, 90m), new RawFigure(2, "SVB", 2015, 1, 9m) };

        var rateA = Calc.At(Defs.Eq, 2015, 1, null, a).Actual;
        var rateB = Calc.At(Defs.Eq, 2015, 1, null, b).Actual;
        var parent = Calc.At(Defs.Eq, 2015, 1, null, a, b).Actual;

        rateA.ShouldBe(90m);
        rateB.ShouldBe(10m);
        // parent = 100 · (9 + 9) / (10 + 90) = 18 %, while the mean of the rates would be (90 + 10) / 2 = 50 %
        parent.ShouldBe(18m);
        parent.ShouldNotBe((rateA + rateB) / 2m);
    }

    [Fact]
    public void Without_a_target_there_is_no_light()
    {
        var r = Calc.At(Defs.Eq, 2015, 6, null, Aus, Svb);

        r.Actual.ShouldBe(45m);
        r.Target.ShouldBeNull();
        r.PhasedTarget.ShouldBeNull();
        r.Variance.ShouldBeNull();
        r.Ratio.ShouldBeNull();
        r.RequiredPerMonth.ShouldBeNull();
        r.Light.ShouldBe(TrafficLight.None);
        r.Forecast.ShouldNotBeNull(); // the forecast does not need a target
        r.Missing.ShouldBe(["Zielwert 2015"]);
    }
}
