using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>K3 Langzeitleistungsbezieher: running annual average against 17.970 (docs/kennzahlen.md, "K3").</summary>
public sealed class AnnualAverageTests
{
    // LZB 2015: Jan 18200, Feb 18100, Mar 18000, Apr 17900; target 17970 (Jahresdurchschnitt), lower is better
    private static IEnumerable<RawFigure> Lzb => Rows.Months("LZB", 2015, 1, 18200, 18100, 18000, 17900);

    [Fact]
    public void April_is_the_running_average_held_against_the_target()
    {
        var r = Calc.At(Defs.K3, 2015, 4, 17970m, Lzb);

        // Σ = 72200; running average = 72200 / 4 = 18050
        r.Actual.ShouldBe(18050m);
        // an annual average is held against the target directly
        r.PhasedTarget.ShouldBe(17970m);
        r.Variance.ShouldBe(80m);
        r.RelativeVariance.ShouldBeNear(80m / 17970m);
        // lower is better: r = 17970 / 18050 = 0,99557 → yellow (0,97 ≤ r < 1,00)
        r.Ratio.ShouldBeNear(17970m / 18050m);
        r.Light.ShouldBe(TrafficLight.Yellow);
        // forecast: (72200 + 8 · 17900) / 12 = 215400 / 12 = 17950
        r.Forecast.ShouldBe(17950m);
        r.ForecastMethod.ShouldBe("laufender Ø, restliche Monate mit letztem Wert");
        // the remaining 8 months may average (12 · 17970 − 72200) / 8 = 143440 / 8 = 17930
        r.RequiredPerMonth.ShouldBe(17930m);
        r.Missing.ShouldBeEmpty();
    }

    [Fact]
    public void K3_as_published_is_the_change_against_the_same_month_last_year()
    {
        var series = Calc.Series(Defs.K3, Lzb, Rows.Months("LZB", 2014, 4, 17500));

        // 100 · (17900 / 17500 − 1) = 100 · 400 / 17500 = 2,2857… %
        YearOnYearChange.ForMonth(series, "LZB", 2015, 4).ShouldBeNear(40000m / 17500m);
        // March 2014 is not entered: no value
        YearOnYearChange.ForMonth(series, "LZB", 2015, 3).ShouldBeNull();
    }

    [Fact]
    public void Lower_is_better_with_an_actual_of_zero_is_green_without_a_ratio()
    {
        // a team's LZB stock 0 in January and February, target 10
        var r = Calc.At(Defs.K3, 2015, 2, 10m, Rows.Months("LZB", 2015, 1, 0, 0));

        r.Actual.ShouldBe(0m);
        r.Variance.ShouldBe(-10m);
        // r = 10 / 0 is undefined → no ratio; the target is met (0 ≤ 10) → green
        r.Ratio.ShouldBeNull();
        r.Light.ShouldBe(TrafficLight.Green);
    }

    [Fact]
    public void A_unit_that_exists_only_part_of_the_year_contributes_its_months()
    {
        // Erkrath (unit 2) merges into Mettmann (unit 1) on 1 July: Erkrath has rows Jan..Jun only,
        // Mettmann 1000 in Jan..Jun and 1500 (merged) in Jul..Sep; Erkrath 500 in Jan..Jun.
        var mettmann = Rows.Months(1, "LZB", 2015, 1, 1000, 1000, 1000, 1000, 1000, 1000, 1500, 1500, 1500);
        var erkrath = Rows.Months(2, "LZB", 2015, 1, 500, 500, 500, 500, 500, 500);

        var r = Calc.At(Defs.K3, 2015, 9, 1600m, mettmann, erkrath);

        // each month sums to 1500 → running average 1500; nothing missing
        r.Actual.ShouldBe(1500m);
        r.Missing.ShouldBeEmpty();
        r.Ratio.ShouldBeNear(1600m / 1500m);
        r.Light.ShouldBe(TrafficLight.Green);
    }

    [Fact]
    public void A_missing_month_gives_no_average()
    {
        var r = Calc.At(Defs.K3, 2015, 4, 17970m, Lzb.Without("LZB", 2015, 2).Without("LZB", 2015, 3));

        r.Actual.ShouldBeNull();
        r.Missing.ShouldBe(["LZB 2015-02..2015-03"]);
    }
}
