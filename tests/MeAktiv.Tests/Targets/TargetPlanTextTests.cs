using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Targets;

/// <summary>A monthly plan pasted from Excel, and the rules of period and plan (docs/kennzahlen.md, "Zeitraum und Phasierung eines Ziels").</summary>
public sealed class TargetPlanTextTests
{
    [Fact]
    public void A_row_or_column_pasted_from_excel_is_read_with_german_decimals()
    {
        TargetPlanText.Parse("12,5\t10\t1.250\r\n7;0\n").Values.ShouldBe([12.5m, 10m, 1250m, 7m, 0m]);
        TargetPlanText.Format([12.5m, 10m]).ShouldBe("12,5; 10");
    }

    [Fact]
    public void A_value_that_is_not_a_german_number_is_named()
    {
        var (values, error) = TargetPlanText.Parse("10\t12.5\t8");

        values.ShouldBeEmpty();
        error.ShouldBe("„12.5“ (Wert 2 des Monatsplans) ist keine Zahl; bitte deutsche Zahlen wie 12,5 eingeben.");
    }

    [Fact]
    public void A_plan_needs_one_amount_per_month_of_the_period()
    {
        var period = new TargetProfile(new YearMonth(2015, 4), new YearMonth(2016, 6), TargetPhasing.Plan, [.. Enumerable.Repeat(10m, 12)]);

        TargetPeriodRules.Problems(2015, period)["Plan"]
            .ShouldBe("Der Monatsplan braucht 15 Werte, einen je Monat von 04/2015–06/2016; angegeben sind 12.");
        TargetPeriodRules.Problems(2015, period with { Plan = [.. Enumerable.Repeat(10m, 15)] }).ShouldBeEmpty();
        TargetPeriodRules.Problems(2015, period with { Plan = [.. Enumerable.Repeat(0m, 15)] })["Plan"]
            .ShouldBe("Der Monatsplan braucht mindestens einen Wert über 0.");
    }

    [Fact]
    public void A_period_starts_in_the_target_year_and_lasts_at_most_five_years()
    {
        TargetPeriodRules.Problems(2015, new TargetProfile(new YearMonth(2014, 12), new YearMonth(2015, 12))).Keys.ShouldBe(["PeriodFrom"]);
        TargetPeriodRules.Problems(2015, new TargetProfile(new YearMonth(2015, 1), new YearMonth(2020, 1)))["PeriodTo"]
            .ShouldBe("Ein Zeitraum darf höchstens 60 Monate lang sein (01/2015–01/2020 hat 61).");
    }
}
