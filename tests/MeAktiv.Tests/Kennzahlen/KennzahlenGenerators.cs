using CsCheck;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>One unit's raw figures for 24 months (2014-01..2015-12) of one indicator, as generated for property tests.</summary>
/// <param name="First">Values of the value or denominator component, in cents (null = not entered).</param>
/// <param name="Second">Values of the numerator component in cents (pair kinds only; at most the denominator).</param>
internal sealed record UnitFigures(int?[] First, int?[] Second)
{
    public const int StartYear = 2014;

    public IEnumerable<RawFigure> Rows(IndicatorDefinition def, int unit)
    {
        var (first, second) = Codes(def);
        for (var i = 0; i < First.Length; i++)
        {
            if (First[i] is { } a)
            {
                yield return new RawFigure(unit, first, StartYear + (i / 12), (i % 12) + 1, a / 100m);
            }

            if (second is not null && Second[i] is { } b)
            {
                yield return new RawFigure(unit, second, StartYear + (i / 12), (i % 12) + 1, b / 100m);
            }
        }
    }

    public static (string First, string? Second) Codes(IndicatorDefinition def) =>
        def.IsPairKind ? (def.DenominatorComponent!, def.NumeratorComponent!) : (def.ValueComponent!, null);
}

/// <summary>CsCheck generators for definitions and figures. Values are whole cents, so sums are exact decimals.</summary>
internal static class KennzahlenGen
{
    /// <summary>One definition per formula kind.</summary>
    public static readonly IndicatorDefinition[] AllKinds =
        [Defs.K2, Defs.K3, Defs.KdU, Defs.U25, Defs.Eq, Defs.Kd, Defs.Esf, Defs.Bs];

    /// <summary>Any kind, any direction, with or without shift, seasonal phasing and seasonal forecast.</summary>
    public static readonly Gen<IndicatorDefinition> Definition =
        Gen.Select(Gen.Int[0, AllKinds.Length - 1], Gen.Int[0, 2], Gen.Bool, Gen.Bool, Gen.Bool,
            (kind, direction, shift, seasonalPhasing, seasonalForecast) => AllKinds[kind] with
            {
                Direction = (Direction)direction,
                ShiftDenominator = shift,
                Phasing = seasonalPhasing ? PhasingKind.Seasonal : PhasingKind.Linear,
                SeasonalForecast = seasonalForecast,
            });

    /// <summary>A target in cents, sometimes none.</summary>
    public static readonly Gen<decimal?> Target = Gen.Int[-1_000, 300_000].Select(c => c / 100m).Nullable(0.1);

    /// <summary>
    /// 24 months of figures. <paramref name="missingOneIn"/>: each month of each component is absent with probability
    /// 1/n (0 = never). Numerators are a share (0..100 %) of the denominator, so a denominator of 0 has a numerator of 0.
    /// </summary>
    public static Gen<UnitFigures> Figures(int missingOneIn, int minCents = 0, int maxCents = 200_000) =>
        Gen.Select(
            Gen.Int[minCents, maxCents].Array[24],
            Gen.Int[0, 1000].Array[24],
            Gen.Int[0, Math.Max(missingOneIn - 1, 0)].Array[24],
            Gen.Int[0, Math.Max(missingOneIn - 1, 0)].Array[24],
            (values, shares, presentA, presentB) =>
            {
                var first = new int?[24];
                var second = new int?[24];
                for (var i = 0; i < 24; i++)
                {
                    first[i] = missingOneIn > 0 && presentA[i] == 0 ? null : values[i];
                    second[i] = missingOneIn > 0 && presentB[i] == 0 ? null : (int)((long)values[i] * shares[i] / 1000);
                }

                return new UnitFigures(first, second);
            });

    /// <summary>
    /// Splits one unit's figures into two child units: each value v into (a, v − a). Where both components are present
    /// the numerator is split so that neither child has more numerator than denominator (a realistic split).
    /// </summary>
    public static (UnitFigures Left, UnitFigures Right) Split(UnitFigures whole, int[] cuts, int[] numeratorCuts)
    {
        var left = new UnitFigures(new int?[24], new int?[24]);
        var right = new UnitFigures(new int?[24], new int?[24]);
        for (var i = 0; i < 24; i++)
        {
            int? d1 = null, d2 = null;
            if (whole.First[i] is { } d)
            {
                d1 = (int)((long)d * cuts[i] / 1000);
                d2 = d - d1;
                (left.First[i], right.First[i]) = (d1, d2);
            }

            if (whole.Second[i] is { } n)
            {
                var (low, high) = d1 is { } x && d2 is { } y ? (Math.Max(0, n - y), Math.Min(n, x)) : (0, n);
                var n1 = low + (int)((long)(high - low) * numeratorCuts[i] / 1000);
                (left.Second[i], right.Second[i]) = (n1, n - n1);
            }
        }

        return (left, right);
    }
}
