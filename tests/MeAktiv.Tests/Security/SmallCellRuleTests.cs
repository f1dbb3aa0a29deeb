using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using Microsoft.Extensions.Options;

namespace MeAktiv.Tests.Security;

public sealed class SmallCellRuleTests
{
    private static readonly SmallCellRule Rule = new(new Monitor(new PrivacyOptions { MinCellSize = 3 }));

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(2.9, true)]
    [InlineData(-2, true)]
    [InlineData(0, false)]
    [InlineData(3, false)]
    [InlineData(1500, false)]
    public void Counts_from_1_below_the_minimum_are_small(decimal value, bool small) =>
        Rule.For(Scope(Roles.Geschaeftsfuehrung)).IsSmall(value, IndicatorUnit.Anzahl).ShouldBe(small);

    [Fact]
    public void Rates_and_amounts_are_never_masked() =>
        new[] { IndicatorUnit.Prozent, IndicatorUnit.EUR, IndicatorUnit.Verhaeltnis }.ShouldAllBe(u => !Rule.For(Scope(Roles.Traeger)).Hides(1m, u));

    [Fact]
    public void Raw_counts_and_stocks_of_people_are_hidden_from_the_traeger_but_not_amounts_hours_or_rates()
    {
        var traeger = Rule.For(Scope(Roles.Traeger));
        traeger.Show(2m, ComponentKind.Count).ShouldBeNull();
        traeger.Show(1m, ComponentKind.Stock).ShouldBeNull();
        traeger.Show(0m, ComponentKind.Count).ShouldBe(0m);
        traeger.Show(3m, ComponentKind.Count).ShouldBe(3m);
        new[] { ComponentKind.Amount, ComponentKind.Hours, ComponentKind.Percent, ComponentKind.Fte }
            .ShouldAllBe(k => traeger.Show(2m, k) == 2m);
        Rule.For(Scope(Roles.Geschaeftsfuehrung)).Show(2m, ComponentKind.Count).ShouldBe(2m);
        Rule.For(Scope(Roles.Traeger)).HiddenBelow.ShouldBe(3);
        Rule.For(Scope(Roles.Teamleitung)).HiddenBelow.ShouldBeNull();
    }

    [Fact]
    public void The_disclosure_sees_exactly_the_units_of_the_scope()
    {
        var scope = new UserScope("x", new HashSet<string> { Roles.Traeger }, new HashSet<int> { 1, 2 }, new HashSet<int>());
        var caller = Rule.For(scope);
        caller.CanSee(1).ShouldBeTrue();
        caller.CanSee(3).ShouldBeFalse();
    }

    [Fact]
    public void A_small_actual_hides_everything_computed_from_it_for_the_traeger_only()
    {
        var result = new AttainmentResult("ESF", 2m, 40m, 20m, -18m, -0.9m, 0.1m, TrafficLight.Red, 4m, "Hochrechnung", 6m, []);

        var (masked, suppressed) = Rule.Mask(Scope(Roles.Traeger), result, IndicatorUnit.Anzahl);
        var (forGf, notSuppressed) = Rule.Mask(Scope(Roles.Geschaeftsfuehrung), result, IndicatorUnit.Anzahl);
        var (forBoth, _) = Rule.Mask(Scope(Roles.Traeger, Roles.Administration), result, IndicatorUnit.Anzahl);

        suppressed.ShouldBeTrue();
        masked.ShouldBe(result with { Actual = null, Variance = null, RelativeVariance = null, Ratio = null, Forecast = null, RequiredPerMonth = null });
        masked.Target.ShouldBe(40m, "targets are agreed figures, not counts of people");
        notSuppressed.ShouldBeFalse();
        forGf.ShouldBeSameAs(result);
        forBoth.ShouldBeSameAs(result);
    }

    [Fact]
    public void Series_points_hide_each_small_value_on_its_own()
    {
        Rule.Mask(Scope(Roles.Traeger), 2m, 30m, IndicatorUnit.Anzahl).ShouldBe((null, 30m, true));
        Rule.Mask(Scope(Roles.Traeger), 12m, 30m, IndicatorUnit.Anzahl).ShouldBe((12m, 30m, false));
    }

    [Fact]
    public void A_minimum_of_1_switches_the_rule_off() =>
        new SmallCellRule(new Monitor(new PrivacyOptions { MinCellSize = 1 })).AppliesTo(Scope(Roles.Traeger)).ShouldBeFalse();

    private static UserScope Scope(params string[] roles) => new("x", roles.ToHashSet(), new HashSet<int>(), new HashSet<int>());

    private sealed class Monitor(PrivacyOptions value) : IOptionsMonitor<PrivacyOptions>
    {
        public PrivacyOptions CurrentValue => value;

        public PrivacyOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<PrivacyOptions, string?> listener) => null;
    }
}
