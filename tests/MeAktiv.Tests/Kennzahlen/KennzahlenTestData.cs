using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>Indicator definitions as in domain.md section 2 (codes as in api.md) for the engine tests.</summary>
internal static class Defs
{
    public static IndicatorDefinition K2 { get; } = new()
    {
        Code = "K2", Formula = FormulaKind.IntegrationRate, Direction = Direction.HigherIsBetter,
        Unit = IndicatorUnit.Prozent, NumeratorComponent = "INT", DenominatorComponent = "ELB",
    };

    public static IndicatorDefinition K3 { get; } = new()
    {
        Code = "K3", Formula = FormulaKind.AnnualAverage, Direction = Direction.LowerIsBetter,
        Unit = IndicatorUnit.Anzahl, ValueComponent = "LZB",
    };

    public static IndicatorDefinition KdU { get; } = new()
    {
        Code = "KDU", Formula = FormulaKind.ChangeOfSum, Direction = Direction.LowerIsBetter,
        Unit = IndicatorUnit.Prozent, ValueComponent = "KDU",
    };

    public static IndicatorDefinition Lza { get; } = new()
    {
        Code = "LZA", Formula = FormulaKind.ChangeOfSum, Direction = Direction.HigherIsBetter,
        Unit = IndicatorUnit.Prozent, ValueComponent = "LZA",
    };

    public static IndicatorDefinition K1 { get; } = new()
    {
        Code = "K1", Formula = FormulaKind.ChangeOfSum, Direction = Direction.MonitoringOnly,
        Unit = IndicatorUnit.Prozent, ValueComponent = "LLU",
    };

    public static IndicatorDefinition U25 { get; } = new()
    {
        Code = "U25", Formula = FormulaKind.ChangeOfAverage, Direction = Direction.LowerIsBetter,
        Unit = IndicatorUnit.Prozent, ValueComponent = "ALQ",
    };

    public static IndicatorDefinition Eq { get; } = new()
    {
        Code = "EQ", Formula = FormulaKind.RatioOfSums, Direction = Direction.HigherIsBetter,
        Unit = IndicatorUnit.Prozent, NumeratorComponent = "SVB", DenominatorComponent = "AUS",
    };

    public static IndicatorDefinition Kd { get; } = new()
    {
        Code = "KD", Formula = FormulaKind.ContactsPerCustomer, Direction = Direction.HigherIsBetter,
        Unit = IndicatorUnit.Verhaeltnis, NumeratorComponent = "KON", DenominatorComponent = "KUN",
    };

    public static IndicatorDefinition Esf { get; } = new()
    {
        Code = "ESF", Formula = FormulaKind.YearToDateSum, Direction = Direction.HigherIsBetter,
        Unit = IndicatorUnit.Anzahl, ValueComponent = "ESF",
    };

    public static IndicatorDefinition Bs { get; } = new()
    {
        Code = "BS-U25", Formula = FormulaKind.RatioOfAverages, Direction = Direction.LowerIsBetter,
        Unit = IndicatorUnit.Verhaeltnis, NumeratorComponent = "KUN25", DenominatorComponent = "VZA",
    };
}

/// <summary>Builders for raw figures.</summary>
internal static class Rows
{
    /// <summary>Consecutive months of unit 1 from <paramref name="fromMonth"/> (may run into the next year).</summary>
    public static IEnumerable<RawFigure> Months(string code, int year, int fromMonth, params decimal[] values) =>
        Months(1, code, year, fromMonth, values);

    /// <summary>Consecutive months of one unit from <paramref name="fromMonth"/> (may run into the next year).</summary>
    public static IEnumerable<RawFigure> Months(int unit, string code, int year, int fromMonth, params decimal[] values) =>
        values.Select((v, i) =>
        {
            var ordinal = (year * 12) + fromMonth - 1 + i;
            return new RawFigure(unit, code, ordinal / 12, (ordinal % 12) + 1, v);
        });

    /// <summary>The same value in <paramref name="count"/> consecutive months of unit 1.</summary>
    public static IEnumerable<RawFigure> Constant(string code, int year, int fromMonth, int count, decimal value) =>
        Months(code, year, fromMonth, [.. Enumerable.Repeat(value, count)]);

    /// <summary>Rows without the given month of a component.</summary>
    public static IEnumerable<RawFigure> Without(this IEnumerable<RawFigure> rows, string code, int year, int month) =>
        rows.Where(r => !(r.ComponentCode == code && r.Year == year && r.Month == month));
}

/// <summary>Shortcuts: aggregate and calculate; compare decimals with a relative tolerance.</summary>
internal static class Calc
{
    public static ComponentSeries Series(IndicatorDefinition def, params IEnumerable<RawFigure>[] parts) =>
        ComponentAggregator.Aggregate(def, parts.SelectMany(p => p));

    public static AttainmentResult At(
        IndicatorDefinition def, int year, int month, decimal? target, params IEnumerable<RawFigure>[] parts) =>
        AttainmentCalculator.Calculate(def, Series(def, parts), year, month, target);

    /// <summary>Equal within 1e-20 relative (exact equality is impossible where a division does not terminate).</summary>
    public static void ShouldBeNear(this decimal? actual, decimal expected)
    {
        actual.ShouldNotBeNull();
        var tolerance = Math.Max(Math.Abs(expected), 1m) * 1e-20m;
        Math.Abs(actual.Value - expected).ShouldBeLessThanOrEqualTo(tolerance, $"expected {expected}, got {actual}");
    }

    /// <summary>Two results are equal field by field, including the Missing texts.</summary>
    public static void ShouldEqual(this AttainmentResult actual, AttainmentResult expected)
    {
        (actual with { Missing = [] }).ShouldBe(expected with { Missing = [] });
        actual.Missing.ShouldBe(expected.Missing);
    }
}
