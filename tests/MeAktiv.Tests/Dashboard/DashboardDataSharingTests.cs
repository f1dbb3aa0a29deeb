using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Dashboard;

/// <summary>
/// Dashboard loads on the same loaded figures share the grouped subtrees and the summed series (no regrouping and no
/// re-summing per page load), and a changed definition or tree is never served the sums of the old one.
/// </summary>
public sealed class DashboardDataSharingTests
{
    private static DashboardData On(FigureWindow window, IReadOnlyList<OrgUnit>? units = null) =>
        new(2015, new OrganisationData(units ?? DashboardTestData.Units(), [DashboardTestData.K2], [], [], window));

    private static FigureWindow Window() =>
        new([
            new FigureRow(3, "K2", "INT", 2015, 1, 20, IsDemo: false), new FigureRow(3, "K2", "ELB", 2015, 1, 1000, IsDemo: false),
            new FigureRow(4, "K2", "INT", 2015, 1, 5, IsDemo: true), new FigureRow(4, "K2", "ELB", 2015, 1, 500, IsDemo: true),
        ]);

    [Fact]
    public void Two_loads_on_the_same_window_share_the_summed_series()
    {
        var window = Window();
        var first = On(window);
        var second = On(window);
        var site = first.Find("GS-A")!;

        second.Series(DashboardTestData.K2, second.Find("GS-A")!).ShouldBeSameAs(first.Series(DashboardTestData.K2, site));
        first.Series(DashboardTestData.K2, site).Get("INT", 2015, 1).ShouldBe(25m);
        first.Series(DashboardTestData.K2, first.Find("T-A")!).Get("ELB", 2015, 1).ShouldBe(1000m);
        first.HasDemoFigures(site).ShouldBeTrue();
        first.HasDemoFigures(first.Find("T-A")!).ShouldBeFalse();
        first.LatestMonthWithFigures(DashboardTestData.K2, site).ShouldBe(new YearMonth(2015, 1));
    }

    [Fact]
    public void A_changed_tree_or_definition_gets_its_own_sums()
    {
        var window = Window();
        var before = On(window);
        // Team B moved directly under the Jobcenter: the site's sums no longer include it.
        var moved = DashboardTestData.Units();
        moved.Single(u => u.Code == "T-B").ParentId = 1;
        var after = On(window, moved);

        before.Series(DashboardTestData.K2, before.Find("GS-A")!).Get("INT", 2015, 1).ShouldBe(25m);
        after.Series(DashboardTestData.K2, after.Find("GS-A")!).Get("INT", 2015, 1).ShouldBe(20m);

        // The same code with the components swapped is a different definition, summed on its own.
        var swapped = new Indicator
        {
            Id = 1, Code = "K2", Name = "Integrationsquote", Formula = FormulaKind.RatioOfSums, Unit = IndicatorUnit.Prozent,
            Direction = Direction.HigherIsBetter, EntryLevels = EntryLevels.Team, Category = TargetCategory.BaZiel,
            Components =
            {
                new IndicatorComponent { Id = 1, Code = "INT", Name = "Integrationen", Kind = ComponentKind.Count, Role = ComponentRole.Denominator, SortOrder = 1 },
                new IndicatorComponent { Id = 2, Code = "ELB", Name = "eLb-Bestand", Kind = ComponentKind.Stock, Role = ComponentRole.Numerator, SortOrder = 2 },
            },
        };
        var site = before.Find("GS-A")!;
        before.Series(swapped, site).ShouldNotBeSameAs(before.Series(DashboardTestData.K2, site));
    }
}
