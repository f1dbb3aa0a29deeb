using MeAktiv.Core.Features.Figures;
using static MeAktiv.Tests.Figures.PlausibilityData;

namespace MeAktiv.Tests.Figures;

/// <summary>A decimal in a whole-number component is refused with the value as typed, never a rounded one.</summary>
public sealed class WholeNumberMessageTests
{
    [Fact]
    public void A_stock_with_decimals_is_refused_showing_the_value_as_typed()
    {
        var failure = Validate(Input("K2", "ELB", 6, 1234.5m), []).ShouldHaveSingleItem();

        failure.PropertyName.ShouldBe("Wert");
        failure.ErrorMessage.ShouldBe("1.234,5 ist keine ganze Zahl: Anzahlen und Bestände werden ohne Nachkommastellen erfasst.");
        failure.ErrorMessage.ShouldNotContain("1.235");
    }

    [Fact]
    public void A_count_keeps_every_decimal_it_was_given()
    {
        Validate(Input("K2", "INT", 6, 12.25m), []).ShouldHaveSingleItem().ErrorMessage.ShouldStartWith("12,25 ist keine ganze Zahl");
    }
}
