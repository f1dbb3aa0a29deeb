using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>Change against last year: KdU (sum, lower), LZA (+7,6 %), K1 (monitoring), ALQ U25 (average, −2,5 %).</summary>
public sealed class ChangeTests
{
    // KdU: 100.000 EUR in each month of 2014; 2015: 102.000, 99.000, 105.000. Target 0 % ("not above 2014").
    private static IEnumerable<RawFigure> KdU2014 => Rows.Constant("KDU", 2014, 1, 12, 100_000m);

    private static IEnumerable<RawFigure> KdU2015 => Rows.Months("KDU", 2015, 1, 102_000, 99_000, 105_000);

    [Fact]
    public void KdU_is_the_year_to_date_change_and_its_ratio_compares_levels()
    {
        var r = Calc.At(Defs.KdU, 2015, 3, 0m, KdU2014, KdU2015);

        // Σ 2015 = 306000, Σ 2014 Jan..Mar = 300000 → 100 · (306000 / 300000 − 1) = 2 %
        r.Actual.ShouldBe(2m);
        r.PhasedTarget.ShouldBe(0m);
        r.Variance.ShouldBe(2m);
        r.RelativeVariance.ShouldBeNull(); // phased target 0
        // target level = 300000 · (1 + 0 / 100) = 300000; lower better r = 300000 / 306000 = 0,9804 → yellow
        r.Ratio.ShouldBeNear(300_000m / 306_000m);
        r.Light.ShouldBe(TrafficLight.Yellow);
        // forecast: Apr..Dec at Ø(102000, 99000, 105000) = 102000 → 918000; year 1224000 vs 1200000 → +2 %
        r.Forecast.ShouldBe(2m);
        r.ForecastMethod.ShouldBe("Hochrechnung: Ø der letzten 3 Monate");
        // required: (1200000 · 1,00 − 306000) / 9 = 894000 / 9 = 99333,33 EUR per month at most
        r.RequiredPerMonth.ShouldBeNear(894_000m / 9m);
        r.Missing.ShouldBeEmpty();
    }

    [Fact]
    public void LZA_integrations_plus_7_6_percent()
    {
        // 50 LZA integrations in each month of 2014, 55 in each month Jan..Jun 2015; target +7,6 %
        var r = Calc.At(Defs.Lza, 2015, 6, 7.6m,
            Rows.Constant("LZA", 2014, 1, 12, 50m), Rows.Constant("LZA", 2015, 1, 6, 55m));

        // 100 · (330 / 300 − 1) = 10 %
        r.Actual.ShouldBe(10m);
        r.PhasedTarget.ShouldBe(7.6m);
        r.Variance.ShouldBe(2.4m);
        r.RelativeVariance.ShouldBeNear((10m / 7.6m) - 1m);
        // target level = 300 · 1,076 = 322,8; r = 330 / 322,8 = 1,0223 → green
        r.Ratio.ShouldBeNear(330m / 322.8m);
        r.Light.ShouldBe(TrafficLight.Green);
        // forecast: Jul..Dec at 55 → year 660 vs 600 → +10 %
        r.Forecast.ShouldBe(10m);
        // required: (600 · 1,076 − 330) / 6 = (645,6 − 330) / 6 = 52,6 integrations per month
        r.RequiredPerMonth.ShouldBe(52.6m);
    }

    [Fact]
    public void Last_year_zero_has_no_change()
    {
        var r = Calc.At(Defs.KdU, 2015, 3, 0m, Rows.Constant("KDU", 2014, 1, 3, 0m), KdU2015);

        r.Actual.ShouldBeNull();
        r.Missing.ShouldContain("Nenner 0 (KDU 2014-01..2014-03)");
        r.Light.ShouldBe(TrafficLight.None);
    }

    [Fact]
    public void Missing_last_year_months_are_named_and_the_forecast_needs_the_whole_last_year()
    {
        var r = Calc.At(Defs.KdU, 2015, 3, 0m, KdU2014.Without("KDU", 2014, 2).Without("KDU", 2014, 7), KdU2015);

        r.Actual.ShouldBeNull();
        r.Missing.ShouldBe(["KDU 2014-02"]);

        var later = Calc.At(Defs.KdU, 2015, 3, 0m, KdU2014.Without("KDU", 2014, 7), KdU2015);
        later.Actual.ShouldBe(2m);
        later.Forecast.ShouldBeNull();
        later.RequiredPerMonth.ShouldBeNull();
        later.Missing.ShouldBe(["KDU 2014-07 (Hochrechnung)"]);
    }

    [Fact]
    public void Monitoring_indicator_has_no_light_and_no_ratio()
    {
        var llu = Rows.Constant("LLU", 2014, 1, 12, 1_000_000m).Concat(Rows.Months("LLU", 2015, 1, 1_020_000m));

        var noTarget = Calc.At(Defs.K1, 2015, 1, null, llu);
        // 100 · (1020000 / 1000000 − 1) = 2 %
        noTarget.Actual.ShouldBe(2m);
        noTarget.Light.ShouldBe(TrafficLight.None);
        noTarget.Ratio.ShouldBeNull();
        noTarget.Missing.ShouldBeEmpty(); // a monitoring indicator does not miss a target

        var withPrognose = Calc.At(Defs.K1, 2015, 1, 1.5m, llu);
        withPrognose.Variance.ShouldBe(0.5m);
        withPrognose.Light.ShouldBe(TrafficLight.None);
        withPrognose.Ratio.ShouldBeNull();
    }

    // ALQ U25 2014: 6,0 6,2 5,8 5,9 5,7 5,6 5,9 5,8 5,6 5,5 5,5 6,1 (Σ 69,6, mean 5,8); 2015: 5,9 6,0 5,7 (Σ 17,6)
    private static IEnumerable<RawFigure> Alq =>
        Rows.Months("ALQ", 2014, 1, 6.0m, 6.2m, 5.8m, 5.9m, 5.7m, 5.6m, 5.9m, 5.8m, 5.6m, 5.5m, 5.5m, 6.1m)
            .Concat(Rows.Months("ALQ", 2015, 1, 5.9m, 6.0m, 5.7m));

    [Fact]
    public void ALQ_U25_average_at_most_97_5_percent_of_last_year()
    {
        var r = Calc.At(Defs.U25, 2015, 3, -2.5m, Alq);

        // mean 2015 = 17,6 / 3, mean 2014 Jan..Mar = 18,0 / 3 = 6,0 → 100 · (17,6 / 18,0 − 1) = −2,222… %
        r.Actual.ShouldBeNear(-40m / 18m);
        r.PhasedTarget.ShouldBe(-2.5m);
        // variance = −2,222… − (−2,5) = +0,2777… percentage points (worse than the target)
        r.Variance.ShouldBeNear((-40m / 18m) + 2.5m);
        // target level = 6,0 · 0,975 = 5,85; achieved mean 5,8666…; r = 5,85 / 5,8666… = 17,55 / 17,6 → yellow
        r.Ratio.ShouldBeNear(17.55m / 17.6m);
        r.Light.ShouldBe(TrafficLight.Yellow);
        // forecast (averaged rate: remaining months at the last value): Apr..Dec at 5,7 → Σ 17,6 + 9 · 5,7 = 68,9
        // vs 69,6 → 100 · (68,9 − 69,6) / 69,6 = −1,0057… %
        r.Forecast.ShouldBeNear(-70m / 69.6m);
        r.ForecastMethod.ShouldBe("laufender Ø, restliche Monate mit letztem Wert");
        // required: remaining months may average (69,6 · 0,975 − 17,6) / 9 = (67,86 − 17,6) / 9 = 50,26 / 9 = 5,584 %
        r.RequiredPerMonth.ShouldBeNear(50.26m / 9m);
    }

    [Fact]
    public void Seasonal_forecast_of_a_sum_follows_last_year()
    {
        var def = Defs.KdU with { SeasonalForecast = true };
        // 2014 Jan..Mar 300000, Apr..Dec 900000 → remaining 2015 = 306000 · 900000 / 300000 = 918000 (same as Ø here)
        var r = Calc.At(def, 2015, 3, 0m, KdU2014, KdU2015);

        r.Forecast.ShouldBe(2m);
        r.ForecastMethod.ShouldBe("Hochrechnung: Saisonverlauf des Vorjahres");
    }
}
