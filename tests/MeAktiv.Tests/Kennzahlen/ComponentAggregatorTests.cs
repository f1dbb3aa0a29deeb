using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>Summing raw figures over units into a component series.</summary>
public sealed class ComponentAggregatorTests
{
    [Fact]
    public void An_entered_zero_is_a_value_and_an_absent_month_is_not()
    {
        var series = Calc.Series(Defs.Esf, [new RawFigure(1, "ESF", 2015, 1, 0m)]);

        series.Get("ESF", 2015, 1).ShouldBe(0m);
        series.Get("ESF", 2015, 2).ShouldBeNull();
        series.Get("OTHER", 2015, 1).ShouldBeNull();
    }

    [Fact]
    public void Units_are_summed_per_component_and_month_and_codes_ignore_case()
    {
        var series = Calc.Series(Defs.Esf,
        [
            new RawFigure(1, "ESF", 2015, 1, 3m), new RawFigure(2, "esf", 2015, 1, 4m), new RawFigure(3, "ESF", 2015, 2, 5m),
        ]);

        series.Get("ESF", 2015, 1).ShouldBe(7m);
        series.Get("Esf", 2015, 2).ShouldBe(5m);
    }

    [Fact]
    public void Only_the_given_units_are_summed()
    {
        var rows = new[] { new RawFigure(1, "ESF", 2015, 1, 3m), new RawFigure(2, "ESF", 2015, 1, 4m) };

        ComponentAggregator.Aggregate(Defs.Esf, rows, unitIds: [2]).Get("ESF", 2015, 1).ShouldBe(4m);
        ComponentAggregator.Aggregate(Defs.Esf, rows, unitIds: []).Get("ESF", 2015, 1).ShouldBeNull();
    }

    [Fact]
    public void An_indicator_entered_only_at_some_levels_sums_whatever_units_have_rows()
    {
        // ALQ U25 is entered only for the Jobcenter (unit 100); teams have no rows
        var rows = Rows.Months(100, "ALQ", 2015, 1, 5.9m, 6.0m);

        var series = ComponentAggregator.Aggregate(Defs.U25, rows, unitIds: [100, 1, 2, 3]);

        series.Get("ALQ", 2015, 2).ShouldBe(6.0m);
    }

    [Fact]
    public void A_month_outside_1_to_12_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Calc.Series(Defs.Esf, [new RawFigure(1, "ESF", 2015, 13, 1m)]));
    }

    [Fact]
    public void Single_component_indicators_have_no_pairing_rules()
    {
        var series = Calc.Series(Defs.Esf, [new RawFigure(1, "ESF", 2015, 1, 3m), new RawFigure(1, "OTHER", 2015, 2, 1m)]);

        series.Incomplete.ShouldBeEmpty();
        series.Excluded.ShouldBeEmpty();
    }
}
