using MeAktiv.Web.Features.Figures;

namespace MeAktiv.Tests.Figures;

public sealed class GermanNumberTests
{
    [Theory]
    [InlineData("1234", 1234)]
    [InlineData("1.234", 1234)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1.234.567,89", 1234567.89)]
    [InlineData("0,75", 0.75)]
    [InlineData(" 82 ", 82)]
    [InlineData("1\u00a0234,5", 1234.5)]
    [InlineData("21,4 %", 21.4)]
    [InlineData("1.400,50 €", 1400.5)]
    [InlineData("-3", -3)]
    [InlineData("\u22123,5", -3.5)]
    [InlineData("\"2.219,1\"", 2219.1)]
    public void Parses_German_numbers(string text, double expected)
    {
        GermanNumber.TryParse(text, out var value).ShouldBeTrue();
        value.ShouldBe((decimal)expected);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")] // English decimal point: refused, not read as 15
    [InlineData("12.34")]
    [InlineData("1,2,3")]
    [InlineData("1,")]
    [InlineData(",5")]
    [InlineData("1.2345")]
    [InlineData("--1")]
    [InlineData("1e3")]
    public void Refuses_what_is_not_a_German_number(string text) =>
        GermanNumber.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Empty_text_is_no_value()
    {
        GermanNumber.TryParse("  ", out var value).ShouldBeTrue();
        value.ShouldBeNull();
    }
}
