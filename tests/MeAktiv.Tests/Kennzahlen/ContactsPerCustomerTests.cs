using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>KD Kundenkontaktdichte: contacts per customer per year, annualised (docs/kennzahlen.md, "KD").</summary>
public sealed class ContactsPerCustomerTests
{
    // 2015, target 2 contacts per customer and year: KUN (customers) 400, 410, 390; KON (contacts) 60, 70, 70
    [Fact]
    public void March_annualises_the_contacts_per_average_customer()
    {
        var r = Calc.At(Defs.Kd, 2015, 3, 2m,
            Rows.Months("KUN", 2015, 1, 400, 410, 390), Rows.Months("KON", 2015, 1, 60, 70, 70));

        // Σ KON = 200, mean KUN = 1200 / 3 = 400 → 200 / 400 = 0,5 contacts per customer in 3 months
        // annualised: 0,5 · 12 / 3 = 2,0 per year
        r.Actual.ShouldBe(2m);
        r.Ratio.ShouldBe(1m);
        r.Light.ShouldBe(TrafficLight.Green);
        // forecast: contacts Apr..Dec at Ø 200 / 3 → 600, year 800; customers Apr..Dec at the last stock 390
        // → customer-months 1200 + 9 · 390 = 4710, mean 392,5 → 800 / 392,5 = 9600 / 4710 = 2,038
        r.Forecast.ShouldBeNear(9600m / 4710m);
        r.ForecastMethod.ShouldBe("Hochrechnung: Ø der letzten 3 Monate; KUN mit letztem Wert");
        // required: (2 · 4710 / 12 − 200) / 9 = (785 − 200) / 9 = 65 contacts per month
        r.RequiredPerMonth.ShouldBe(65m);
    }

    [Fact]
    public void No_customers_gives_no_density()
    {
        var r = Calc.At(Defs.Kd, 2015, 2, 2m, Rows.Months("KUN", 2015, 1, 0, 0), Rows.Months("KON", 2015, 1, 0, 0));

        r.Actual.ShouldBeNull();
        r.Missing.ShouldBe(["Nenner 0 (KUN 2015-01..2015-02)"]);
    }
}
