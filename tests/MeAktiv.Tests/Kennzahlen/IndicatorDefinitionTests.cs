using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>Mapping from the entity and configuration checks.</summary>
public sealed class IndicatorDefinitionTests
{
    [Fact]
    public void FromEntity_maps_settings_and_components_by_role()
    {
        var entity = new Indicator
        {
            Code = "K2", Name = "Integrationsquote", Formula = FormulaKind.IntegrationRate,
            Direction = Direction.HigherIsBetter, Unit = IndicatorUnit.Prozent, GreenFrom = 1.02m, YellowFrom = 0.95m,
            Phasing = PhasingKind.Seasonal, ShiftDenominator = false, SeasonalForecast = true,
        };
        entity.Components.Add(new IndicatorComponent { Code = "ELB", Name = "eLb-Bestand", Role = ComponentRole.Denominator, SortOrder = 2 });
        entity.Components.Add(new IndicatorComponent { Code = "INT", Name = "Integrationen", Role = ComponentRole.Numerator, SortOrder = 1 });

        var def = IndicatorDefinition.FromEntity(entity);

        def.ShouldBe(new IndicatorDefinition
        {
            Code = "K2", Formula = FormulaKind.IntegrationRate, Direction = Direction.HigherIsBetter,
            Unit = IndicatorUnit.Prozent, GreenFrom = 1.02m, YellowFrom = 0.95m, Phasing = PhasingKind.Seasonal,
            ShiftDenominator = false, SeasonalForecast = true, NumeratorComponent = "INT", DenominatorComponent = "ELB",
        });
        def.ConfigurationProblems().ShouldBeEmpty();
    }

    [Fact]
    public void Defaults_follow_the_domain()
    {
        var def = new IndicatorDefinition { Code = "X", Formula = FormulaKind.YearToDateSum, ValueComponent = "X" };

        def.GreenFrom.ShouldBe(1.00m);
        def.YellowFrom.ShouldBe(0.97m);
        def.ShiftDenominator.ShouldBeTrue();
        def.Phasing.ShouldBe(PhasingKind.Linear);
        def.SeasonalForecast.ShouldBeFalse();
    }

    [Fact]
    public void A_definition_lacking_a_component_role_computes_nothing_and_says_why()
    {
        var def = Defs.Eq with { DenominatorComponent = null };

        var r = Calc.At(def, 2015, 1, 45m, [new RawFigure(1, "SVB", 2015, 1, 4m)]);

        r.Actual.ShouldBeNull();
        r.Light.ShouldBe(TrafficLight.None);
        r.Missing.ShouldBe(["Komponente mit Rolle Nenner fehlt (EQ)"]);
    }

    [Fact]
    public void An_unknown_formula_kind_computes_nothing_and_says_why()
    {
        var def = Defs.Esf with { Formula = (FormulaKind)99 };

        var r = Calc.At(def, 2015, 1, 150m, Rows.Months("ESF", 2015, 1, 10));

        r.Actual.ShouldBeNull();
        r.Missing.ShouldBe(["Formelart 99 ist unbekannt (ESF)"]);
        SeriesCalculator.Calculate(def, ComponentSeries.Empty, 2015, 1, 2015, 2).ShouldAllBe(p => p.Value == null);
    }
}
