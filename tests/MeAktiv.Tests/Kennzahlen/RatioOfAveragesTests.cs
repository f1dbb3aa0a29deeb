using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>Betreuungsschlüssel U25 1:75: mean customers per mean full-time staff (docs/kennzahlen.md, "Betreuungsschlüssel").</summary>
public sealed class RatioOfAveragesTests
{
    [Fact]
    public void March_is_mean_customers_over_mean_staff()
    {
        // KUN25 (U25 customers) 1600, 1620, 1580 (Σ 4800); VZA (Vollzeitäquivalente) 18, 20, 22 (Σ 60); target 75
        var r = Calc.At(Defs.Bs, 2015, 3, 75m,
            Rows.Months("KUN25", 2015, 1, 1600, 1620, 1580), Rows.Months("VZA", 2015, 1, 18, 20, 22));

        // mean 1600 / mean 20 = 80 customers per staff (1:80)
        r.Actual.ShouldBe(80m);
        r.PhasedTarget.ShouldBe(75m);
        r.Variance.ShouldBe(5m);
        r.RelativeVariance.ShouldBeNear((80m / 75m) - 1m);
        // lower is better: r = 75 / 80 = 0,9375 → red
        r.Ratio.ShouldBe(0.9375m);
        r.Light.ShouldBe(TrafficLight.Red);
        // forecast: both stocks at their last value for Apr..Dec: (4800 + 9 · 1580) / (60 + 9 · 22) = 19020 / 258 = 73,72
        r.Forecast.ShouldBeNear(19020m / 258m);
        r.ForecastMethod.ShouldBe("laufender Ø, restliche Monate mit letztem Wert");
        // customers each remaining month may have at 22 staff: (75 · 258 − 4800) / 9 = 14550 / 9 = 1616,67
        r.RequiredPerMonth.ShouldBeNear(14550m / 9m);
    }
}
