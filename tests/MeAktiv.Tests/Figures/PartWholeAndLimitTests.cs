using FluentValidation;
using MeAktiv.Core.Features.Figures;
using static MeAktiv.Tests.Figures.PlausibilityData;

namespace MeAktiv.Tests.Figures;

/// <summary>The hard plausibility rules of the shared rule set: a part never above its whole, an upper bound per component.</summary>
public sealed class PartWholeAndLimitTests
{
    [Fact]
    public void A_part_larger_than_its_stored_whole_is_refused_naming_both_components_and_values()
    {
        var failure = Validate(Input("EQ", "SVB", 6, 20), [(10, 2015, 6, 10)]).ShouldHaveSingleItem();

        failure.ErrorCode.ShouldBe(FigureFindings.PartExceedsWhole);
        failure.Severity.ShouldBe(Severity.Error);
        failure.PropertyName.ShouldBe("Wert");
        failure.ErrorMessage.ShouldBe("davon svB nach 6 Monaten (20) darf nicht größer sein als Austritte (10).");
    }

    [Fact]
    public void The_whole_of_the_same_batch_counts_instead_of_the_stored_one()
    {
        var svb = Input("EQ", "SVB", 6, 20);

        Validate(svb, [(10, 2015, 6, 5)], [svb, Input("EQ", "AUS", 6, 25)]).ShouldBeEmpty();
        Validate(svb, [(10, 2015, 6, 30)], [svb, Input("EQ", "AUS", 6, 10)]).Codes().ShouldBe([(FigureFindings.PartExceedsWhole, Severity.Error)]);
    }

    [Fact]
    public void Equal_values_and_a_part_without_a_whole_are_fine()
    {
        Validate(Input("EQ", "SVB", 6, 10), [(10, 2015, 6, 10)]).ShouldBeEmpty();
        Validate(Input("EQ", "SVB", 6, 10), [(10, 2015, 5, 1)]).ShouldBeEmpty(); // no Austritte in June
    }

    [Fact]
    public void Lowering_the_whole_below_a_stored_part_is_refused_unless_the_part_is_lowered_too()
    {
        var aus = Input("EQ", "AUS", 6, 5);

        var failure = Validate(aus, [(11, 2015, 6, 8)]).ShouldHaveSingleItem();
        failure.ErrorCode.ShouldBe(FigureFindings.PartExceedsWhole);
        failure.ErrorMessage.ShouldBe("davon svB nach 6 Monaten (8) darf nicht größer sein als Austritte (5). " +
                                      "Bitte zugleich „davon svB nach 6 Monaten“ korrigieren.");

        Validate(aus, [(11, 2015, 6, 8)], [aus, Input("EQ", "SVB", 6, 4)]).ShouldBeEmpty();
    }

    [Fact]
    public void A_confirmation_does_not_accept_a_hard_finding() =>
        Validate(Input("EQ", "SVB", 6, 20, confirm: true, reason: "Ist wirklich so"), [(10, 2015, 6, 10)])
            .Codes().ShouldBe([(FigureFindings.PartExceedsWhole, Severity.Error)]);

    [Theory]
    [InlineData("K2", "INT", "100000", null)]
    [InlineData("K2", "INT", "100001", "Der Wert 100.001 liegt über der Obergrenze von 100.000 für „Integrationen“ je Einheit und Monat.")]
    [InlineData("K2", "INT", "99999999999", "Der Wert 99.999.999.999 liegt über der Obergrenze von 100.000")]
    [InlineData("K2", "ELB", "1000000", null)]
    [InlineData("K2", "ELB", "1000001", "Obergrenze von 1.000.000 für „eLb-Bestand“")]
    [InlineData("K1", "LLU", "1000000000", null)]
    [InlineData("K1", "LLU", "1000000000.01", "Obergrenze von 1.000.000.000 für „LLU-Summe“")]
    public void Values_above_the_bound_of_the_kind_are_refused(string indicator, string component, string value, string? message)
    {
        var failures = Validate(Input(indicator, component, 6, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), []);

        if (message is null)
        {
            failures.ShouldBeEmpty();
        }
        else
        {
            var failure = failures.ShouldHaveSingleItem();
            failure.ErrorCode.ShouldBe(FigureFindings.AboveLimit);
            failure.ErrorMessage.ShouldContain(message);
        }
    }

    [Fact]
    public void A_percent_above_100_keeps_its_message() =>
        Validate(new FigureInput("JC", "U25", "ALQ", 2015, 6, 100.5m), []).ShouldHaveSingleItem().ErrorMessage
            .ShouldBe("Ein Prozentwert muss zwischen 0 und 100 liegen.");

    [Fact]
    public void A_components_own_bound_replaces_the_bound_of_its_kind()
    {
        var components = Build();
        components.Single(c => c.Id == 20).MaxValue = 500;

        Validate(Input("K2", "INT", 6, 500), [], components: components).ShouldBeEmpty();
        Validate(Input("K2", "INT", 6, 501), [], components: components).ShouldHaveSingleItem().ErrorMessage
            .ShouldContain("Obergrenze von 500 für „Integrationen“");
    }

    [Fact]
    public void A_value_above_its_bound_is_not_also_asked_about_as_a_jump() =>
        Validate(Input("K2", "ELB", 6, 2_000_000), [(21, 2015, 5, 2000)]).Codes().ShouldBe([(FigureFindings.AboveLimit, Severity.Error)]);
}
