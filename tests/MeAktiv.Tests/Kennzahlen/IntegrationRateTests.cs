using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>K2 Integrationsquote: Jahresfortschrittswert, phasing, forecast, run rate (docs/kennzahlen.md, "K2").</summary>
public sealed class IntegrationRateTests
{
    // The K2 example of docs/kennzahlen.md, year 2015, target 21,40 %:
    //   ELB  2014-12: 1000   2015-01: 1010   2015-02: 990   2015-03: 1000
    //   INT                  2015-01:   20   2015-02:  25   2015-03:   30
    private static IEnumerable<RawFigure> Elb => Rows.Months("ELB", 2014, 12, 1000, 1010, 990, 1000);

    private static IEnumerable<RawFigure> Int => Rows.Months("INT", 2015, 1, 20, 25, 30);

    // INT 2014 (seasonal shape): months 1..3 sum 40, whole year 200.
    private static IEnumerable<RawFigure> Int2014 =>
        Rows.Months("INT", 2014, 1, 10, 12, 18, 15, 15, 20, 20, 15, 15, 20, 20, 20);

    [Fact]
    public void March_is_the_Jahresfortschrittswert_with_linear_phasing_forecast_and_run_rate()
    {
        var r = Calc.At(Defs.K2, 2015, 3, 21.4m, Elb, Int);

        // Σ INT 1..3 = 20 + 25 + 30 = 75; mean ELB Dec..Feb = (1000 + 1010 + 990) / 3 = 1000
        // JFW(3) = 100 · 75 / 1000 = 7,5 %
        r.Actual.ShouldBe(7.5m);
        // phased target = 21,4 · 3 / 12 = 5,35
        r.PhasedTarget.ShouldBe(5.35m);
        r.Target.ShouldBe(21.4m);
        // variance = 7,5 − 5,35 = 2,15 percentage points; relative = 7,5 / 5,35 − 1 = 2,15 / 5,35
        r.Variance.ShouldBe(2.15m);
        r.RelativeVariance.ShouldBeNear(2.15m / 5.35m);
        // r = 7,5 / 5,35 = 1,4019 ≥ 1,00 → green
        r.Ratio.ShouldBeNear(7.5m / 5.35m);
        r.Light.ShouldBe(TrafficLight.Green);
        // forecast: INT Apr..Dec at Ø(20, 25, 30) = 25 → 9 · 25 = 225, year Σ INT = 300;
        // ELB months 0..11: 1000 + 1010 + 990 known, 9 more at the last value ELB[3] = 1000 → Σ 12000, mean 1000
        // JFW(12) = 100 · 300 / 1000 = 30 %
        r.Forecast.ShouldBe(30m);
        r.ForecastMethod.ShouldBe("Hochrechnung: Ø der letzten 3 Monate; ELB mit letztem Wert");
        // required: (21,4 / 100 · 1000 − 75) / 9 = (214 − 75) / 9 = 139 / 9 = 15,444… integrations per month
        r.RequiredPerMonth.ShouldBeNear(139m / 9m);
        r.Missing.ShouldBeEmpty();
    }

    [Fact]
    public void Missing_December_of_last_year_gives_no_value_and_names_it()
    {
        var r = Calc.At(Defs.K2, 2015, 3, 21.4m, Elb.Without("ELB", 2014, 12), Int);

        // mean ELB over 2014-12..2015-02 needs December 2014: no value, not a guess
        r.Actual.ShouldBeNull();
        r.Missing.ShouldBe(["ELB 2014-12"]);
        r.Light.ShouldBe(TrafficLight.None);
        r.Ratio.ShouldBeNull();
        r.Variance.ShouldBeNull();
        r.Forecast.ShouldBeNull();
        r.ForecastMethod.ShouldBeNull();
        r.RequiredPerMonth.ShouldBeNull();
        r.PhasedTarget.ShouldBe(5.35m); // the target side does not depend on the figures
    }

    [Fact]
    public void A_missing_integration_month_gives_no_value_and_is_marked_incomplete()
    {
        // unit 1 entered ELB for February but not INT → INT 2015-02 is missing (incomplete), not 0
        var r = Calc.At(Defs.K2, 2015, 3, 21.4m, Elb, Int.Without("INT", 2015, 2));

        r.Actual.ShouldBeNull();
        r.Missing.ShouldBe(["INT 2015-02 (unvollständig)"]);
        r.Light.ShouldBe(TrafficLight.None);
    }

    [Fact]
    public void Last_ELB_value_is_month_m_minus_1_when_month_m_is_not_entered_yet()
    {
        var r = Calc.At(Defs.K2, 2015, 3, 21.4m, Elb.Without("ELB", 2015, 3), Int);

        // JFW(3) does not need ELB[3] (shift): still 7,5 %
        r.Actual.ShouldBe(7.5m);
        // ELB months 0..11 = 3000 + 9 · 990 = 11910 (last value ELB[2] = 990)
        // forecast = 100 · 300 / (11910 / 12) = 360000 / 11910 = 30,2267…
        r.Forecast.ShouldBeNear(360000m / 11910m);
        // required = (21,4 · 11910 / 1200 − 75) / 9 = (254874 / 1200 − 75) / 9 = (212,395 − 75) / 9 = 137,395 / 9
        r.RequiredPerMonth.ShouldBeNear(137.395m / 9m);
        r.Missing.ShouldBeEmpty();
    }

    [Fact]
    public void Without_the_shift_the_denominator_is_months_1_to_m()
    {
        var def = Defs.K2 with { ShiftDenominator = false };
        var elb = Rows.Months("ELB", 2014, 12, 1000, 1010, 990, 1100);

        // mean ELB Jan..Mar = (1010 + 990 + 1100) / 3 = 3100 / 3
        // JFW(3) = 100 · 75 / (3100 / 3) = 22500 / 3100 = 7,258…; with the shift it stays 7,5 (December instead of March)
        Calc.At(def, 2015, 3, 21.4m, elb, Int).Actual.ShouldBeNear(22500m / 3100m);
        Calc.At(Defs.K2, 2015, 3, 21.4m, elb, Int).Actual.ShouldBe(7.5m);
        // no shift and no December 2014 needed
        Calc.At(def, 2015, 3, 21.4m, elb.Without("ELB", 2014, 12), Int).Missing.ShouldBeEmpty();
    }

    [Fact]
    public void Seasonal_phasing_uses_last_years_share_of_integrations()
    {
        var def = Defs.K2 with { Phasing = PhasingKind.Seasonal };
        var r = Calc.At(def, 2015, 3, 21.4m, Elb, Int, Int2014);

        // INT 2014: months 1..3 = 10 + 12 + 18 = 40 of 200 in the year → share 0,2
        // phased target = 21,4 · 40 / 200 = 4,28; r = 7,5 / 4,28
        r.PhasedTarget.ShouldBe(4.28m);
        r.Ratio.ShouldBeNear(7.5m / 4.28m);
        r.Light.ShouldBe(TrafficLight.Green);
        r.Missing.ShouldBeEmpty();
    }

    [Fact]
    public void Seasonal_phasing_falls_back_to_linear_when_last_year_is_incomplete()
    {
        var def = Defs.K2 with { Phasing = PhasingKind.Seasonal };
        var r = Calc.At(def, 2015, 3, 21.4m, Elb, Int, Int2014.Without("INT", 2014, 5));

        r.PhasedTarget.ShouldBe(5.35m); // 21,4 · 3 / 12
        r.Missing.ShouldBe(["INT 2014-05 (Saisonprofil)", "Saisonale Phasierung nicht möglich: linear phasiert"]);
        r.Actual.ShouldBe(7.5m);
    }

    [Fact]
    public void Seasonal_forecast_continues_last_years_shape()
    {
        var def = Defs.K2 with { SeasonalForecast = true };
        var r = Calc.At(def, 2015, 3, 21.4m, Elb, Int, Int2014);

        // remaining INT = 75 · (200 − 40) / 40 = 300 → year Σ INT = 375; ELB mean 1000 as before
        // forecast = 100 · 375 / 1000 = 37,5 %
        r.Forecast.ShouldBe(37.5m);
        r.ForecastMethod.ShouldBe("Hochrechnung: Saisonverlauf des Vorjahres; ELB mit letztem Wert");
    }

    [Fact]
    public void December_is_the_calendar_year_value_and_needs_no_run_rate()
    {
        // ELB 1000 in each month 2014-12..2015-12, INT 20 in each month of 2015
        var r = Calc.At(Defs.K2, 2015, 12, 21.4m,
            Rows.Constant("ELB", 2014, 12, 13, 1000m), Rows.Constant("INT", 2015, 1, 12, 20m));

        // JFW(12) = 100 · 240 / 1000 = 24 %; phased = target = 21,4; r = 24 / 21,4
        r.Actual.ShouldBe(24m);
        r.PhasedTarget.ShouldBe(21.4m);
        r.Ratio.ShouldBeNear(24m / 21.4m);
        r.Light.ShouldBe(TrafficLight.Green);
        r.RequiredPerMonth.ShouldBeNull();
        r.Forecast.ShouldBe(24m);
        r.ForecastMethod.ShouldBe("Jahreswert (Dezember), keine Hochrechnung nötig");
    }

    [Fact]
    public void A_stock_of_zero_has_no_rate()
    {
        var r = Calc.At(Defs.K2, 2015, 1, 21.4m, Rows.Months("ELB", 2014, 12, 0m, 0m), Rows.Months("INT", 2015, 1, 0m));

        r.Actual.ShouldBeNull();
        r.Missing.ShouldBe(["Nenner 0 (ELB 2014-12)"]);
        r.Light.ShouldBe(TrafficLight.None);
    }

    [Fact]
    public void Rolling_12_month_K2_uses_the_12_months_before_each_integration_month()
    {
        // INT 2014 as Int2014, INT 2015-01..03 = 20, 25, 30; ELB 2014-03..2014-12 = 1000, 2015-01 = 1010, 2015-02 = 990
        var elb = Rows.Constant("ELB", 2014, 3, 10, 1000m).Concat(Rows.Months("ELB", 2015, 1, 1010, 990, 1000));
        var series = Calc.Series(Defs.K2, elb, Int, Int2014);

        var points = SeriesCalculator.Calculate(Defs.K2, series, 2015, 1, 2015, 3);

        points.Select(p => (p.Year, p.Month)).ShouldBe([(2015, 1), (2015, 2), (2015, 3)]);
        // K2(2015-03) = 100 · Σ INT 2014-04..2015-03 / mean ELB 2014-03..2015-02
        //             = 100 · (200 − 40 + 75) / ((10 · 1000 + 1010 + 990) / 12) = 100 · 235 / 1000 = 23,5 %
        points[2].Rolling12.ShouldBe(23.5m);
        // K2(2015-01) needs ELB 2014-01 and 2014-02, which are not entered
        points[0].Rolling12.ShouldBeNull();
        points[1].Rolling12.ShouldBeNull();
        // headline values are the JFW: Jan 100 · 20 / 1000 = 2; Feb 100 · 45 / ((1000 + 1010) / 2) = 4500 / 1005; Mar 7,5
        points[0].Value.ShouldBe(2m);
        points[1].Value.ShouldBeNear(4500m / 1005m);
        points[2].Value.ShouldBe(7.5m);
    }

    [Fact]
    public void Rolling_K2_without_the_shift_uses_the_same_12_months()
    {
        var def = Defs.K2 with { ShiftDenominator = false };
        // ELB 2014-04..2015-03: nine months of 1000, then 1010, 990, 1100 → Σ 12100
        var elb = Rows.Constant("ELB", 2014, 4, 9, 1000m).Concat(Rows.Months("ELB", 2015, 1, 1010, 990, 1100));
        var series = Calc.Series(def, elb, Int, Int2014);

        // K2 = 100 · 235 / (12100 / 12) = 282000 / 12100
        RollingIntegrationRate.Calculate(def, series, 2015, 3).ShouldBeNear(282000m / 12100m);
    }
}
