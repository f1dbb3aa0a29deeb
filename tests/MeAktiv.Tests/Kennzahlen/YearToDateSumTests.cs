using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>ESF-LZA starts (target 150): year-to-date sum, thresholds per indicator (docs/kennzahlen.md, "ESF").</summary>
public sealed class YearToDateSumTests
{
    // ESF starts 2015: 10, 12, 14, 13, 13, 14 (Σ 76)
    private static IEnumerable<RawFigure> Esf => Rows.Months("ESF", 2015, 1, 10, 12, 14, 13, 13, 14);

    // ESF 2014: 5, 5, 10, 10, 10, 20 (Σ 60), then 15 in each month Jul..Dec (Σ 90) → 150
    private static IEnumerable<RawFigure> Esf2014 => Rows.Months("ESF", 2014, 1, 5, 5, 10, 10, 10, 20, 15, 15, 15, 15, 15, 15);

    [Fact]
    public void June_is_the_sum_against_the_linearly_phased_target()
    {
        var r = Calc.At(Defs.Esf, 2015, 6, 150m, Esf);

        r.Actual.ShouldBe(76m);
        // 150 · 6 / 12 = 75
        r.PhasedTarget.ShouldBe(75m);
        r.Variance.ShouldBe(1m);
        r.RelativeVariance.ShouldBeNear(1m / 75m);
        // r = 76 / 75 = 1,0133 → green with the default thresholds
        r.Ratio.ShouldBeNear(76m / 75m);
        r.Light.ShouldBe(TrafficLight.Green);
        // forecast: Jul..Dec at Ø Apr..Jun = (13 + 13 + 14) / 3 → 6 · 40 / 3 = 80 → 156
        r.Forecast.ShouldBe(156m);
        r.ForecastMethod.ShouldBe("Hochrechnung: Ø der letzten 3 Monate");
        // required: (150 − 76) / 6 = 12,33 starts per month
        r.RequiredPerMonth.ShouldBeNear(74m / 6m);
    }

    [Fact]
    public void Thresholds_are_configured_per_indicator()
    {
        // the same r = 1,0133 with GreenFrom 1,02 → yellow; with YellowFrom 1,015 as well → red
        Calc.At(Defs.Esf with { GreenFrom = 1.02m }, 2015, 6, 150m, Esf).Light.ShouldBe(TrafficLight.Yellow);
        Calc.At(Defs.Esf with { GreenFrom = 1.02m, YellowFrom = 1.015m }, 2015, 6, 150m, Esf).Light.ShouldBe(TrafficLight.Red);
        // a lower green threshold: r = 76 / 80 (target 160 → phased 80) = 0,95 is green from 0,95 on
        Calc.At(Defs.Esf with { GreenFrom = 0.95m, YellowFrom = 0.90m }, 2015, 6, 160m, Esf).Light.ShouldBe(TrafficLight.Green);
        Calc.At(Defs.Esf, 2015, 6, 160m, Esf).Light.ShouldBe(TrafficLight.Red);
    }

    [Fact]
    public void Seasonal_phasing_and_forecast_use_last_years_shape()
    {
        var def = Defs.Esf with { Phasing = PhasingKind.Seasonal, SeasonalForecast = true };
        var r = Calc.At(def, 2015, 6, 150m, Esf, Esf2014);

        // 2014 months 1..6 = 60 of 150 → phased = 150 · 60 / 150 = 60; r = 76 / 60
        r.PhasedTarget.ShouldBe(60m);
        r.Ratio.ShouldBeNear(76m / 60m);
        // remaining = 76 · 90 / 60 = 114 → forecast 190
        r.Forecast.ShouldBe(190m);
        r.ForecastMethod.ShouldBe("Hochrechnung: Saisonverlauf des Vorjahres");
    }

    [Fact]
    public void December_needs_no_run_rate()
    {
        var r = Calc.At(Defs.Esf, 2015, 12, 150m, Rows.Constant("ESF", 2015, 1, 12, 13m));

        r.Actual.ShouldBe(156m);
        r.PhasedTarget.ShouldBe(150m);
        r.RequiredPerMonth.ShouldBeNull();
        r.Forecast.ShouldBe(156m);
    }

    [Fact]
    public void The_forecast_in_January_uses_November_and_December_of_last_year()
    {
        // Ø(Nov 2014 = 12, Dec 2014 = 15, Jan 2015 = 9) = 12 → 11 · 12 = 132 → 9 + 132 = 141
        var rows = Rows.Months("ESF", 2014, 11, 12, 15, 9);
        Calc.At(Defs.Esf, 2015, 1, 150m, rows).Forecast.ShouldBe(141m);

        var withoutNovember = Calc.At(Defs.Esf, 2015, 1, 150m, rows.Without("ESF", 2014, 11));
        withoutNovember.Actual.ShouldBe(9m);
        withoutNovember.Forecast.ShouldBeNull();
        withoutNovember.ForecastMethod.ShouldBeNull();
        withoutNovember.Missing.ShouldBe(["ESF 2014-11 (Hochrechnung)"]);
        // (150 − 9) / 11 does not need the forecast
        withoutNovember.RequiredPerMonth.ShouldBeNear(141m / 11m);
    }
}
