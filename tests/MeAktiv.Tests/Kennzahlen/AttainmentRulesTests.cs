using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>Attainment ratio and traffic light (domain.md 3.5).</summary>
public sealed class AttainmentRulesTests
{
    private static readonly IndicatorDefinition Higher = Defs.Esf;
    private static readonly IndicatorDefinition Lower = Defs.K3;

    [Theory]
    [InlineData(100, 100, TrafficLight.Green)]   // r = 1,00
    [InlineData(99, 100, TrafficLight.Yellow)]   // r = 0,99
    [InlineData(97, 100, TrafficLight.Yellow)]   // r = 0,97 (boundary is yellow)
    [InlineData(96.99, 100, TrafficLight.Red)]   // r = 0,9699
    [InlineData(0, 100, TrafficLight.Red)]
    [InlineData(5, 0, TrafficLight.Green)]       // target 0: r undefined, 5 ≥ 0 met
    [InlineData(-1, 0, TrafficLight.Red)]        // target 0 not met
    public void Higher_is_better(double achieved, double target, TrafficLight light) =>
        AttainmentRules.Light(Higher, (decimal)achieved, (decimal)target).ShouldBe(light);

    [Theory]
    [InlineData(100, 100, TrafficLight.Green)]
    [InlineData(103, 100, TrafficLight.Yellow)]  // r = 100 / 103 = 0,9709
    [InlineData(104, 100, TrafficLight.Red)]     // r = 100 / 104 = 0,9615
    [InlineData(0, 100, TrafficLight.Green)]     // actual 0: r undefined, 0 ≤ 100 met
    [InlineData(0, 0, TrafficLight.Green)]
    [InlineData(1, 0, TrafficLight.Red)]         // r = 0 / 1 = 0
    public void Lower_is_better(double achieved, double target, TrafficLight light) =>
        AttainmentRules.Light(Lower, (decimal)achieved, (decimal)target).ShouldBe(light);

    [Fact]
    public void Ratio_is_null_when_its_divisor_is_zero_or_negative_or_for_monitoring()
    {
        AttainmentRules.Ratio(Direction.HigherIsBetter, 5m, 0m).ShouldBeNull();
        AttainmentRules.Ratio(Direction.HigherIsBetter, 5m, -2m).ShouldBeNull();
        AttainmentRules.Ratio(Direction.LowerIsBetter, 0m, 10m).ShouldBeNull();
        AttainmentRules.Ratio(Direction.MonitoringOnly, 5m, 5m).ShouldBeNull();
        AttainmentRules.Ratio(Direction.HigherIsBetter, null, 5m).ShouldBeNull();
        AttainmentRules.Ratio(Direction.HigherIsBetter, 6m, 4m).ShouldBe(1.5m);
        AttainmentRules.Ratio(Direction.LowerIsBetter, 4m, 6m).ShouldBe(1.5m);
    }

    [Fact]
    public void No_value_no_target_or_monitoring_has_no_light()
    {
        AttainmentRules.Light(Higher, null, 5m).ShouldBe(TrafficLight.None);
        AttainmentRules.Light(Higher, 5m, null).ShouldBe(TrafficLight.None);
        AttainmentRules.Light(Defs.K1, 5m, 5m).ShouldBe(TrafficLight.None);
    }

    [Fact]
    public void Month_outside_1_to_12_is_a_programming_error()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            AttainmentCalculator.Calculate(Defs.K2, ComponentSeries.Empty, 2015, 0, 21.4m));
        Should.Throw<ArgumentOutOfRangeException>(() =>
            AttainmentCalculator.Calculate(Defs.K2, ComponentSeries.Empty, 2015, 13, 21.4m));
    }

    [Fact]
    public void No_figures_at_all_names_what_is_missing_and_throws_nothing()
    {
        var r = AttainmentCalculator.Calculate(Defs.K2, ComponentSeries.Empty, 2015, 2, 21.4m);

        r.Actual.ShouldBeNull();
        r.Light.ShouldBe(TrafficLight.None);
        r.Missing.ShouldBe(["INT 2015-01..2015-02", "ELB 2014-12..2015-01"]);
    }
}
