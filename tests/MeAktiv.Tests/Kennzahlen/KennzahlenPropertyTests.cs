using CsCheck;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Kennzahlen;

/// <summary>
/// Properties of the engine over generated figures (CsCheck, a few hundred iterations each). Decimal arithmetic
/// throughout: where sums are all the engine does, results must be exactly equal; where a division does not
/// terminate, 1e-20 relative.
/// </summary>
public sealed class KennzahlenPropertyTests
{
    private const int Iterations = 300;

    [Fact]
    public void Splitting_a_unit_across_two_children_does_not_change_the_parent()
    {
        Gen.Select(KennzahlenGen.Definition, KennzahlenGen.Figures(missingOneIn: 25), Gen.Int[0, 1000].Array[24],
                Gen.Int[0, 1000].Array[24], Gen.Int[1, 12], KennzahlenGen.Target)
            .Sample((def, whole, cuts, numeratorCuts, month, target) =>
            {
                var (left, right) = KennzahlenGen.Split(whole, cuts, numeratorCuts);

                var asOne = Calc.At(def, 2015, month, target, whole.Rows(def, 1));
                var asTwo = Calc.At(def, 2015, month, target, left.Rows(def, 2), right.Rows(def, 3));

                asTwo.ShouldEqual(asOne);
            }, iter: Iterations);
    }

    [Fact]
    public void The_parent_value_is_the_formula_applied_to_the_summed_components()
    {
        var kinds = Gen.OneOf(new[] { Defs.K2, Defs.Eq, Defs.Kd, Defs.Bs, Defs.K3, Defs.Esf });
        Gen.Select(kinds, KennzahlenGen.Figures(0).Array[2, 5], Gen.Int[1, 12])
            .Sample((def, units, month) =>
            {
                var rows = units.SelectMany((u, i) => u.Rows(def, i + 1)).ToList();
                decimal Sum(string? code, int fromMonth, int toMonth) => rows
                    .Where(r => r.ComponentCode == code)
                    .Where(r => (r.Year * 12) + r.Month >= (2015 * 12) + fromMonth && (r.Year * 12) + r.Month <= (2015 * 12) + toMonth)
                    .Sum(r => r.Value);

                var n = Sum(def.NumeratorComponent, 1, month);
                var d = Sum(def.DenominatorComponent, 1, month);
                var v = Sum(def.ValueComponent, 1, month);
                decimal? expected = def.Formula switch
                {
                    // 100 · Σ INT / mean ELB over months 0..m−1
                    FormulaKind.IntegrationRate => Sum("ELB", 0, month - 1) is var elb && elb > 0
                        ? 100m * n / (elb / month) : null,
                    FormulaKind.RatioOfSums => d > 0 ? 100m * n / d : null,
                    FormulaKind.ContactsPerCustomer => d > 0 ? n / (d / month) * 12m / month : null,
                    FormulaKind.RatioOfAverages => d > 0 ? n / month / (d / month) : null,
                    FormulaKind.AnnualAverage => v / month,
                    FormulaKind.YearToDateSum => v,
                    _ => throw new InvalidOperationException(),
                };

                var actual = Calc.At(def, 2015, month, null, rows).Actual;

                if (expected is null)
                {
                    actual.ShouldBeNull();
                }
                else
                {
                    actual.ShouldBeNear(expected.Value);
                }
            }, iter: Iterations);
    }

    [Fact]
    public void JFW_of_December_is_the_calendar_year_Integrationsquote()
    {
        Gen.Select(KennzahlenGen.Figures(0, minCents: 100), Gen.Bool)
            .Sample((figures, shift) =>
            {
                var def = Defs.K2 with { ShiftDenominator = shift };
                var rows = figures.Rows(def, 1).ToList();
                var series = Calc.Series(def, rows);
                // calendar year 2015: Σ INT Jan..Dec over the mean ELB Dec 2014..Nov 2015 (Jan..Dec without the shift)
                var elbFrom = shift ? (2014 * 12) + 12 : (2015 * 12) + 1;
                var sumInt = rows.Where(r => r.ComponentCode == "INT" && r.Year == 2015).Sum(r => r.Value);
                var sumElb = rows.Where(r => r.ComponentCode == "ELB" && (r.Year * 12) + r.Month >= elbFrom
                    && (r.Year * 12) + r.Month < elbFrom + 12).Sum(r => r.Value);

                var jfw12 = AttainmentCalculator.Calculate(def, series, 2015, 12, 21.4m).Actual;

                jfw12.ShouldBeNear(100m * sumInt / (sumElb / 12m));
                jfw12.ShouldBe(RollingIntegrationRate.Calculate(def, series, 2015, 12));
            }, iter: Iterations);
    }

    [Fact]
    public void The_order_of_the_input_rows_does_not_matter()
    {
        var scenario =
            from def in KennzahlenGen.Definition
            from units in KennzahlenGen.Figures(missingOneIn: 10).Array[1, 4]
            let rows = units.SelectMany((u, i) => u.Rows(def, i + 1)).ToArray()
            from shuffled in Gen.Shuffle(rows)
            from month in Gen.Int[1, 12]
            from target in KennzahlenGen.Target
            select (def, rows, shuffled, month, target);

        scenario.Sample(s =>
        {
            var a = Calc.Series(s.def, s.rows);
            var b = Calc.Series(s.def, s.shuffled);

            AttainmentCalculator.Calculate(s.def, b, 2015, s.month, s.target)
                .ShouldEqual(AttainmentCalculator.Calculate(s.def, a, 2015, s.month, s.target));
            SeriesCalculator.Calculate(s.def, b, 2014, 1, 2015, 12)
                .ShouldBe(SeriesCalculator.Calculate(s.def, a, 2014, 1, 2015, 12));
            b.Excluded.ShouldBe(a.Excluded);
            b.Incomplete.Select(i => (i.ComponentCode, i.Year, i.Month, string.Join(",", i.UnitIds)))
                .ShouldBe(a.Incomplete.Select(i => (i.ComponentCode, i.Year, i.Month, string.Join(",", i.UnitIds))));
        }, iter: Iterations);
    }

    [Fact]
    public void Any_figures_give_consistent_results_and_never_throw()
    {
        // sparse figures with zeros and negative values (corrections), any direction and target
        Gen.Select(KennzahlenGen.Definition, KennzahlenGen.Figures(3, minCents: -5_000).Array[1, 3], Gen.Int[1, 12], KennzahlenGen.Target)
            .Sample((def, units, month, target) =>
            {
                var series = Calc.Series(def, units.SelectMany((u, i) => u.Rows(def, i + 1)));

                var r = AttainmentCalculator.Calculate(def, series, 2015, month, target);

                if (r.Actual is null)
                {
                    r.Missing.ShouldNotBeEmpty();
                    r.Light.ShouldBe(TrafficLight.None);
                }

                if (r.Light != TrafficLight.None)
                {
                    r.Actual.ShouldNotBeNull();
                    r.Target.ShouldNotBeNull();
                }

                if (def.Direction == Direction.MonitoringOnly)
                {
                    r.Light.ShouldBe(TrafficLight.None);
                    r.Ratio.ShouldBeNull();
                }

                if (r.Ratio is { } ratio)
                {
                    r.Light.ShouldBe(ratio >= def.GreenFrom ? TrafficLight.Green
                        : ratio >= def.YellowFrom ? TrafficLight.Yellow : TrafficLight.Red);
                }

                (r.Forecast is null).ShouldBe(r.ForecastMethod is null);
                if (month == 12)
                {
                    r.RequiredPerMonth.ShouldBeNull();
                    r.Forecast.ShouldBe(r.Actual);
                }

                if (target is null)
                {
                    r.PhasedTarget.ShouldBeNull();
                    r.RequiredPerMonth.ShouldBeNull();
                }

                // the series shows the same headline value as the attainment
                SeriesCalculator.Calculate(def, series, 2015, month, 2015, month).ShouldHaveSingleItem().Value.ShouldBe(r.Actual);
            }, iter: Iterations);
    }
}
