using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Budget;

namespace MeAktiv.Tests.Budget;

/// <summary>The hand-computed example of docs/kennzahlen.md, „Budget“: one line, March, margin ±5 %.</summary>
public sealed class BudgetCalculatorTests
{
    private const decimal Margin = 0.05m;

    private static readonly BudgetLine Line = new() { Code = "EGL-FBW", Name = "FbW", Group = "Eingliederungsleistungen", Budget = BudgetKind.Eingliederung };

    // paid Jan 8.000, Feb 10.000, Mar 12.000; committed at the end of March 20.000 (January's and February's stocks do not count)
    private static readonly BudgetMonthInput[] Months = [new(1, 50_000m, 8_000m), new(2, 40_000m, 10_000m), new(3, 20_000m, 12_000m)];

    // last year: 120.000 paid, 24.000 of it by the end of March (share 0,2)
    private static readonly decimal[] LastYear = [6_000m, 8_000m, 10_000m, 10_000m, 10_000m, 10_000m, 10_000m, 10_000m, 10_000m, 10_000m, 10_000m, 16_000m];

    [Fact]
    public void Utilisation_is_paid_so_far_plus_the_commitments_at_the_month_end_over_the_plan()
    {
        var f = BudgetCalculator.Line(new BudgetLineInput(Line, 120_000m, Months, null), 3, Margin);

        f.PaidYtd.ShouldBe(30_000m);
        f.Committed.ShouldBe(20_000m);
        // (30.000 + 20.000) / 120.000 = 0,41666… → „41,7 %“
        f.Utilisation!.Value.ShouldBe(50_000m / 120_000m);
        German.Share(f.Utilisation.Value).ShouldBe("41,7 %");
    }

    [Fact]
    public void Linear_projection_is_paid_so_far_over_the_months_times_twelve_and_on_plan_is_green()
    {
        var f = BudgetCalculator.Line(new BudgetLineInput(Line, 120_000m, Months, null), 3, Margin);

        // 30.000 / 3 × 12 = 120.000 = plan → deviation 0 → green
        f.LinearProjection.ShouldBe(120_000m);
        f.PatternProjection.ShouldBeNull();
        f.Method.ShouldBe(ProjectionMethod.Linear);
        f.Projection.ShouldBe(120_000m);
        f.Deviation.ShouldBe(0m);
        f.Light.ShouldBe(BudgetLight.Green);
    }

    [Fact]
    public void Last_years_pattern_projects_paid_so_far_over_last_years_share_by_the_month_and_an_overspend_is_red()
    {
        var f = BudgetCalculator.Line(new BudgetLineInput(Line, 120_000m, Months, LastYear), 3, Margin);

        // share = 24.000 / 120.000 = 0,2; 30.000 / 0,2 = 150.000; (150.000 − 120.000) / 120.000 = +25 % > 5 % → red
        BudgetCalculator.PatternShare(LastYear, 3).ShouldBe(0.2m);
        f.PatternProjection.ShouldBe(150_000m);
        f.Method.ShouldBe(ProjectionMethod.LastYearPattern);
        f.Projection.ShouldBe(150_000m);
        f.Deviation.ShouldBe(0.25m);
        f.Light.ShouldBe(BudgetLight.Red);
    }

    [Fact]
    public void Underspend_beyond_the_margin_is_yellow_and_the_edge_of_the_margin_is_still_green()
    {
        // plan 200.000, projection 120.000: −40 % → yellow
        BudgetCalculator.Line(new BudgetLineInput(Line, 200_000m, Months, null), 3, Margin).Light.ShouldBe(BudgetLight.Yellow);
        BudgetCalculator.LightOf(100m, 105m, Margin).ShouldBe(BudgetLight.Green);
        BudgetCalculator.LightOf(100m, 105.01m, Margin).ShouldBe(BudgetLight.Red);
        BudgetCalculator.LightOf(100m, 95m, Margin).ShouldBe(BudgetLight.Green);
        BudgetCalculator.LightOf(100m, 94.99m, Margin).ShouldBe(BudgetLight.Yellow);
        BudgetCalculator.LightOf(0m, 0m, Margin).ShouldBe(BudgetLight.None);
        BudgetCalculator.LightOf(0m, 1m, Margin).ShouldBe(BudgetLight.Red);
    }

    [Fact]
    public void The_projection_is_never_below_what_is_paid_and_bound_already()
    {
        // January: paid 3.000, bound 100.000 → linear 36.000 < 103.000 → 103.000
        var f = BudgetCalculator.Line(new BudgetLineInput(Line, 120_000m, [new(1, 100_000m, 3_000m)], null), 1, Margin);
        f.LinearProjection.ShouldBe(103_000m);
    }

    [Fact]
    public void No_pattern_without_a_full_last_year_or_without_payments_by_the_month()
    {
        BudgetCalculator.PatternShare(LastYear[..11], 3).ShouldBeNull();
        BudgetCalculator.PatternShare(new decimal[12], 3).ShouldBeNull();
    }

    [Fact]
    public void Sums_add_the_amounts_and_take_the_ratio_of_the_sums()
    {
        var a = BudgetCalculator.Line(new BudgetLineInput(Line, 120_000m, Months, null), 3, Margin);
        var b = BudgetCalculator.Line(new BudgetLineInput(Line, 80_000m, [new(3, 0m, 30_000m)], null), 3, Margin);
        var sum = BudgetCalculator.Sum([a, b], Margin);

        sum.Plan.ShouldBe(200_000m);
        sum.PaidYtd.ShouldBe(60_000m);
        sum.Committed.ShouldBe(20_000m);
        // ratio of the sums: 80.000 / 200.000 = 0,4 (not the mean of 0,4167 and 0,375)
        sum.Utilisation.ShouldBe(0.4m);
        // 120.000 + 120.000 = 240.000 → +20 % → red
        sum.Projection.ShouldBe(240_000m);
        sum.Light.ShouldBe(BudgetLight.Red);
    }

    [Fact]
    public void The_shift_needed_is_projected_administration_spend_minus_its_allocation_as_a_share_of_the_eingliederungsbudget()
    {
        // the 2015 plan: 4.484.519 / 19.413.504 = 0,2309999… → „23,1 %“
        German.Share(4_484_519m / 19_413_504m).ShouldBe("23,1 %");
        var (amount, share) = BudgetCalculator.ShiftNeeded(27_500_000m, 22_635_551m, 19_413_504m);
        amount.ShouldBe(4_864_449m);
        German.Share(share!.Value).ShouldBe("25,1 %");
    }

    [Fact]
    public void Cost_per_integration_is_eingliederung_paid_over_integrations()
    {
        BudgetCalculator.CostPerIntegration(3_000_000m, 1_500m).ShouldBe(2_000m);
        BudgetCalculator.CostPerIntegration(3_000_000m, 0m).ShouldBeNull();
    }
}
