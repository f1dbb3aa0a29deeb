using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;

namespace MeAktiv.Tests.Common;

/// <summary>The German number formats of <see cref="German"/>, with the strings the pages and messages show.</summary>
public sealed class GermanTests
{
    [Theory]
    [InlineData(21.4, IndicatorUnit.Prozent, false, "21,4 %")]
    [InlineData(21.449, IndicatorUnit.Prozent, false, "21,4 %")]
    [InlineData(21.45, IndicatorUnit.Prozent, false, "21,5 %")]
    [InlineData(-21.45, IndicatorUnit.Prozent, false, "\u221221,5 %")]
    [InlineData(17970, IndicatorUnit.Anzahl, false, "17.970")]
    [InlineData(18003.5, IndicatorUnit.Anzahl, false, "18.004")]
    [InlineData(-18003.5, IndicatorUnit.Anzahl, false, "\u221218.004")]
    [InlineData(1234567.891, IndicatorUnit.EUR, false, "1.234.567,89 €")]
    [InlineData(-1234.5, IndicatorUnit.EUR, false, "\u22121.234,50 €")]
    [InlineData(2.05, IndicatorUnit.Verhaeltnis, false, "2,1")]
    [InlineData(-2.5, IndicatorUnit.Prozent, true, "\u22122,5 %")]
    [InlineData(7.6, IndicatorUnit.Prozent, true, "+7,6 %")]
    [InlineData(0, IndicatorUnit.Prozent, true, "0,0 %")]
    [InlineData(0, IndicatorUnit.Anzahl, false, "0")]
    [InlineData(1500, IndicatorUnit.Anzahl, true, "+1.500")]
    public void Values_in_their_unit(double value, IndicatorUnit unit, bool signed, string expected) =>
        German.Value((decimal)value, unit, signed).ShouldBe(expected);

    [Theory]
    [InlineData(21.4, IndicatorUnit.Prozent, false, "21,40 %")]
    [InlineData(21.405, IndicatorUnit.Prozent, false, "21,41 %")]
    [InlineData(-2.5, IndicatorUnit.Prozent, true, "\u22122,50 %")]
    [InlineData(3, IndicatorUnit.Prozent, true, "+3,00 %")]
    [InlineData(17970, IndicatorUnit.Anzahl, false, "17.970")]
    [InlineData(1400000.5, IndicatorUnit.EUR, false, "1.400.000,50 €")]
    [InlineData(1.25, IndicatorUnit.Verhaeltnis, false, "1,3")]
    public void Targets_as_the_Zielvereinbarung_writes_them(double value, IndicatorUnit unit, bool signed, string expected) =>
        German.Target((decimal)value, unit, signed).ShouldBe(expected);

    [Theory]
    [InlineData(-0.14, IndicatorUnit.Prozent, "\u22120,14 Pp.")]
    [InlineData(0.5, IndicatorUnit.Prozent, "+0,50 Pp.")]
    [InlineData(0, IndicatorUnit.Prozent, "0,00 Pp.")]
    [InlineData(1.234, IndicatorUnit.Verhaeltnis, "+1,23")]
    [InlineData(-1.235, IndicatorUnit.Verhaeltnis, "\u22121,24")]
    [InlineData(-120, IndicatorUnit.Anzahl, "\u2212120")]
    [InlineData(1500, IndicatorUnit.Anzahl, "+1.500")]
    [InlineData(250.5, IndicatorUnit.EUR, "+250,50 €")]
    public void Variances_are_signed_and_rates_in_percentage_points(double value, IndicatorUnit unit, string expected) =>
        German.Variance((decimal)value, unit).ShouldBe(expected);

    [Fact]
    public void No_value_is_a_dash_where_a_value_is_shown()
    {
        German.None.ShouldBe("–");
        German.Value(null, IndicatorUnit.Prozent).ShouldBe("–");
        German.Target(null, IndicatorUnit.EUR, signed: true).ShouldBe("–");
        German.Variance(null, IndicatorUnit.Prozent).ShouldBe("–");
        German.Component(null, ComponentKind.Amount).ShouldBe("–");
        German.Required(null, ComponentKind.Hours).ShouldBe("–");
    }

    [Theory]
    [InlineData(17970, "17.970")]
    [InlineData(18003.5, "18.004")]
    [InlineData(0.5, "1")]
    [InlineData(0, "0")]
    [InlineData(-2.5, "-3")]
    [InlineData(1234567, "1.234.567")]
    public void Counts_round_half_away_from_zero_with_thousands_dots(double value, string expected) =>
        German.Count((decimal)value).ShouldBe(expected);

    [Theory]
    [InlineData(0.123, "12,3 %")]
    [InlineData(1, "100,0 %")]
    [InlineData(0, "0,0 %")]
    public void Shares_in_percent(double fraction, string expected) => German.Share((decimal)fraction).ShouldBe(expected);

    [Theory]
    [InlineData(1400.5, ComponentKind.Amount, "1.400,50 €")]
    [InlineData(12.5, ComponentKind.Percent, "12,5 %")]
    [InlineData(2.5, ComponentKind.Fte, "2,5")]
    [InlineData(830, ComponentKind.Count, "830")]
    [InlineData(1234, ComponentKind.Stock, "1.234")]
    [InlineData(12, ComponentKind.Hours, "12")]
    [InlineData(-3, ComponentKind.Count, "-3")]
    public void Components_in_their_kind(double value, ComponentKind kind, string expected) =>
        German.Component((decimal)value, kind).ShouldBe(expected);

    [Theory]
    [InlineData(12, ComponentKind.Hours, "12 Std.")]
    [InlineData(2.25, ComponentKind.Count, "2,3")]
    [InlineData(1400.5, ComponentKind.Amount, "1.400,50 €")]
    [InlineData(12.5, ComponentKind.Percent, "12,5 %")]
    [InlineData(2.5, ComponentKind.Fte, "2,5")]
    [InlineData(1234.4, ComponentKind.Stock, "1.234")]
    [InlineData(1234.5, null, "1.235")]
    public void Required_run_rates(double value, ComponentKind? kind, string expected) =>
        German.Required((decimal)value, kind).ShouldBe(expected);

    [Fact]
    public void Inputs_show_stored_values_for_editing()
    {
        German.Input(4894m).ShouldBe("4.894");
        German.Input(2219.1m).ShouldBe("2.219,1");
        German.Input(0.123456789012m).ShouldBe("0,123456789");
        German.Input(-1234.5m).ShouldBe("-1.234,5");
        German.Input(null).ShouldBe("");
        German.Input(1400000.5m, ComponentKind.Amount).ShouldBe("1.400.000,50");
        German.Input(null, ComponentKind.Amount).ShouldBe("");
        German.Input(3m, ComponentKind.Count).ShouldBe("3");
    }

    [Fact]
    public void Plain_numbers_for_CSV_files_have_no_thousands_dots()
    {
        German.Plain(1234.5m).ShouldBe("1234,5");
        German.Plain(17970m).ShouldBe("17970");
        German.Plain(2.50m).ShouldBe("2,5");
        German.Plain(-0.25m).ShouldBe("-0,25");
        German.Plain(0m).ShouldBe("0");
    }

    [Theory]
    [InlineData(0, "1 KB")]
    [InlineData(1023, "1 KB")]
    [InlineData(850_000, "831 KB")]
    [InlineData(1_048_575, "1.024 KB")]
    [InlineData(1_048_576, "1 MB")]
    [InlineData(3_040_870, "2,9 MB")]
    [InlineData(5_000_000, "4,8 MB")]
    public void File_sizes(long bytes, string expected) => German.FileSize(bytes).ShouldBe(expected);

    [Fact]
    public void Megabytes_always_in_MB() => German.Megabytes(524_288).ShouldBe("0,5 MB");
}
