using MeAktiv.Core.Domain;
using MeAktiv.Web.Components.Shared;

namespace MeAktiv.Tests.Components;

public sealed class FmtTests
{
    [Theory]
    [InlineData(21.4, IndicatorUnit.Prozent, false, "21,4 %")]
    [InlineData(21.449, IndicatorUnit.Prozent, false, "21,4 %")]
    [InlineData(21.45, IndicatorUnit.Prozent, false, "21,5 %")]
    [InlineData(17970, IndicatorUnit.Anzahl, false, "17.970")]
    [InlineData(18003.5, IndicatorUnit.Anzahl, false, "18.004")]
    [InlineData(1234567.891, IndicatorUnit.EUR, false, "1.234.567,89 €")]
    [InlineData(2.05, IndicatorUnit.Verhaeltnis, false, "2,1")]
    [InlineData(-2.5, IndicatorUnit.Prozent, true, "\u22122,5 %")]
    [InlineData(7.6, IndicatorUnit.Prozent, true, "+7,6 %")]
    [InlineData(0, IndicatorUnit.Prozent, true, "0,0 %")]
    public void Formats_values_in_German(double value, IndicatorUnit unit, bool signed, string expected) =>
        Fmt.Value((decimal)value, unit, signed).ShouldBe(expected);

    [Theory]
    [InlineData(21.4, IndicatorUnit.Prozent, false, "21,40 %")]
    [InlineData(-2.5, IndicatorUnit.Prozent, true, "\u22122,50 %")]
    [InlineData(17970, IndicatorUnit.Anzahl, false, "17.970")]
    public void Formats_targets_as_agreed(double value, IndicatorUnit unit, bool signed, string expected) =>
        Fmt.Target((decimal)value, unit, signed).ShouldBe(expected);

    [Fact]
    public void No_value_is_a_dash() => Fmt.Value(null, IndicatorUnit.Prozent).ShouldBe("–");

    [Fact]
    public void Dates_are_German() => Fmt.Date(new DateOnly(2015, 3, 31)).ShouldBe("31.03.2015");
}
