using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>
/// A target's period and phasing profile (docs/kennzahlen.md, "Zeitraum und Phasierung eines Ziels"), figures by hand:
/// a project target of 120 starts from 04/2015 to 03/2016, across the year end.
/// </summary>
public sealed class TargetPeriodTests
{
    private static readonly TargetProfile AprilToMarch = new(new YearMonth(2015, 4), new YearMonth(2016, 3));

    // 5 in each of Jan..Mar 2015 (before the period, never counted), then 10 in each month Apr 2015..Feb 2016 (11 months)
    private static IEnumerable<RawFigure> Starts => Rows.Months("ESF", 2015, 1, 5, 5, 5, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);

    private static AttainmentResult At(int year, int month, TargetProfile profile, decimal target = 120m, params IEnumerable<RawFigure>[] rows) =>
        AttainmentCalculator.Calculate(Defs.Esf, Calc.Series(Defs.Esf, rows.Length == 0 ? [Starts] : rows), year, month, target, profile);

    [Fact]
    public void Before_the_period_starts_there_is_no_light_and_no_cumulated_value()
    {
        var r = At(2015, 3, AprilToMarch);

        r.Light.ShouldBe(TrafficLight.None);
        r.Actual.ShouldBeNull();
        r.PhasedTarget.ShouldBeNull();
        r.Ratio.ShouldBeNull();
        r.RequiredPerMonth.ShouldBeNull();
        r.Target.ShouldBe(120m);
        r.Missing.ShouldBe(["Zeitraum beginnt 04/2015"]);
        TargetProfile.OutsideNote(r.Missing).ShouldBe("Zeitraum beginnt 04/2015");
    }

    [Fact]
    public void In_the_first_year_the_sum_starts_with_the_period_and_the_rest_runs_to_its_end()
    {
        var r = At(2015, 6, AprilToMarch);

        // Apr..Jun = 30 (Jan..Mar's 15 do not count); phased 120 · 3 / 12 = 30 → r = 1 → green
        r.Actual.ShouldBe(30m);
        r.PhasedTarget.ShouldBe(30m);
        r.Light.ShouldBe(TrafficLight.Green);
        // 9 months left (Jul 2015..Mar 2016): required (120 − 30) / 9 = 10; forecast 30 + 9 · Ø(10, 10, 10) = 120
        r.RequiredPerMonth.ShouldBe(10m);
        r.Forecast.ShouldBe(120m);
    }

    [Fact]
    public void Across_the_year_end_the_actual_is_cumulated_over_the_period()
    {
        var r = At(2016, 2, AprilToMarch);

        // Apr 2015..Feb 2016 = 11 · 10 = 110; phased 120 · 11 / 12 = 110; one month left: 10 more needed
        r.Actual.ShouldBe(110m);
        r.PhasedTarget.ShouldBe(110m);
        r.RequiredPerMonth.ShouldBe(10m);
        r.Forecast.ShouldBe(120m);
        r.Light.ShouldBe(TrafficLight.Green);
    }

    [Fact]
    public void After_the_period_there_is_no_light()
    {
        var r = At(2016, 4, AprilToMarch);

        r.Light.ShouldBe(TrafficLight.None);
        r.Missing.ShouldBe(["Zeitraum endete 03/2016"]);
    }

    [Fact]
    public void A_monthly_plan_phases_by_its_cumulated_share()
    {
        // calendar year 2015, plan 0, 0, 0, 10, 10, 10, 20, 20, 20, 30, 30, 0 (Σ 150) against 150
        var plan = new decimal[] { 0, 0, 0, 10, 10, 10, 20, 20, 20, 30, 30, 0 };
        var profile = TargetProfile.CalendarYear(2015) with { Phasing = TargetPhasing.Plan, Plan = plan };
        var esf = Rows.Months("ESF", 2015, 1, 10, 12, 14, 13, 13, 14);

        // June: 150 · 30 / 150 = 30 (linear would be 75); actual 76 → green
        var june = At(2015, 6, profile, 150m, esf);
        june.PhasedTarget.ShouldBe(30m);
        june.Light.ShouldBe(TrafficLight.Green);
        // plan amounts are weights: against 300 every phased value doubles (September: 300 · 90 / 150 = 180)
        At(2015, 9, profile, 300m, Rows.Months("ESF", 2015, 1, 10, 12, 14, 13, 13, 14, 15, 15, 15)).PhasedTarget.ShouldBe(180m);
    }

    [Fact]
    public void A_plan_across_the_year_end_has_one_amount_per_month_of_the_period()
    {
        // Apr 2015..Mar 2016: 5, 5, 10, 10, 10, 10, 20, 20, 10, 10, 10, 0 (Σ 120)
        var plan = new decimal[] { 5, 5, 10, 10, 10, 10, 20, 20, 10, 10, 10, 0 };
        var profile = AprilToMarch with { Phasing = TargetPhasing.Plan, Plan = plan };

        // Jan 2016 is the 10th month: Σ 5..10 = 110 → phased 110; actual 10 · 10 = 100 → r = 0,909 → red
        var r = At(2016, 1, profile);
        r.PhasedTarget.ShouldBe(110m);
        r.Actual.ShouldBe(100m);
        r.Light.ShouldBe(TrafficLight.Red);
    }

    [Fact]
    public void A_plan_that_does_not_fit_the_period_falls_back_to_linear_with_a_note()
    {
        var profile = AprilToMarch with { Phasing = TargetPhasing.Plan, Plan = [1m, 2m, 3m] };

        var r = At(2015, 6, profile);

        r.PhasedTarget.ShouldBe(30m);
        r.Missing.ShouldContain("Monatsplan passt nicht zum Zeitraum 04/2015–03/2016: linear phasiert");
    }

    [Fact]
    public void Last_years_pattern_is_read_over_the_period_a_year_earlier()
    {
        // Apr..Dec 2014: 10 each (90); with Jan..Mar 2015 (5 each) the period a year earlier sums to 105
        var lastYear = Rows.Constant("ESF", 2014, 4, 9, 10m);
        var profile = AprilToMarch with { Phasing = TargetPhasing.LastYear };

        // June 2015: Apr..Jun 2014 = 30 of 105 → 120 · 30 / 105
        At(2015, 6, profile, 120m, Starts, lastYear).PhasedTarget.ShouldBeNear(120m * 30m / 105m);
    }

    [Fact]
    public void For_a_non_cumulative_indicator_the_period_only_switches_the_light_off()
    {
        var lzb = Rows.Months("LZB", 2015, 1, 100, 100, 100);
        var profile = new TargetProfile(new YearMonth(2015, 4), new YearMonth(2015, 12));

        var r = AttainmentCalculator.Calculate(Defs.K3, Calc.Series(Defs.K3, lzb), 2015, 3, 90m, profile);

        r.Actual.ShouldBe(100m);
        r.Light.ShouldBe(TrafficLight.None);
        r.Missing.ShouldBe(["Zeitraum beginnt 04/2015"]);
        // without a period the same figures are red (100 against 90, lower is better)
        Calc.At(Defs.K3, 2015, 3, 90m, lzb).Light.ShouldBe(TrafficLight.Red);
    }
}
