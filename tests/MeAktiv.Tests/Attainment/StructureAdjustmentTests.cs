using CsCheck;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;

namespace MeAktiv.Tests.Attainment;

/// <summary>
/// Structure-adjusted history (docs/kennzahlen.md, "Strukturbereinigung"): the hand-computed examples of the Erkrath
/// merger and the U25 split, and the invariants over generated trees with generated merges and splits.
/// </summary>
public sealed class StructureAdjustmentTests
{
    // JC 1 > GS-MET 2 (MET-MI 4), GS-ERK 3 (ERK-MI 5), GS-VEL 6 (VEL-MI 7, VEL-U25-1 8)
    private static readonly UnitTree Tree = new([
        new UnitNode(1, null, OrgUnitKind.Jobcenter), new UnitNode(2, 1, OrgUnitKind.Geschaeftsstelle),
        new UnitNode(3, 1, OrgUnitKind.Geschaeftsstelle), new UnitNode(4, 2, OrgUnitKind.Team), new UnitNode(5, 3, OrgUnitKind.Team),
        new UnitNode(6, 1, OrgUnitKind.Geschaeftsstelle), new UnitNode(7, 6, OrgUnitKind.Team), new UnitNode(8, 6, OrgUnitKind.Team)]);

    private static FigureRow Row(int unit, string component, int year, int month, decimal value) =>
        new(unit, "K2", component, year, month, value, false);

    private static decimal? Held(SubtreeFigures figures, int unit, string component, int year, int month)
    {
        var rows = figures.ByUnit[unit].ByIndicator.GetValueOrDefault("K2") ?? [];
        var matching = rows.Where(r => r.ComponentCode == component && r.Year == year && r.Month == month).ToList();
        return matching.Count == 0 ? null : matching.Sum(r => r.Value);
    }

    [Fact]
    public void Erkrath_merged_into_Mettmann_on_1_April_brings_its_earlier_months_to_Mettmann_and_leaves_the_Jobcenter_as_it_was()
    {
        FigureRow[] rows = [Row(4, "INT", 2015, 3, 20), Row(5, "INT", 2015, 3, 10), Row(4, "INT", 2015, 4, 35), Row(4, "INT", 2014, 4, 18), Row(5, "INT", 2014, 4, 9)];
        var adjustment = StructureAdjustment.Build([new SuccessorLink(5, 4, 2015, 4, 1m), new SuccessorLink(3, 2, 2015, 4, 1m)], rows);

        var figures = SubtreeFigures.Build(rows, Tree, adjustment);

        Held(figures, 4, "INT", 2015, 3).ShouldBe(30m); // 20 + Erkrath's 10
        Held(figures, 2, "INT", 2014, 4).ShouldBe(27m); // last year's April: 18 + 9, the Vorjahr Mettmann is compared with
        Held(figures, 4, "INT", 2015, 4).ShouldBe(35m);
        Held(figures, 3, "INT", 2015, 3).ShouldBeNull();
        Held(figures, 1, "INT", 2015, 3).ShouldBe(30m);
        Held(figures, 1, "INT", 2014, 4).ShouldBe(27m);
    }

    [Fact]
    public void The_U25_split_moves_the_share_of_the_stock_that_left_in_January_by_default()
    {
        // VEL-MI's eLb stock falls from 1.000 (12/2014) to 800 (01/2015): 20 % moved to VEL-U25-1. Its 50 integrations of
        // 12/2014 are split 10 (U25 team) and 40 (kept); both stay the Geschäftsstelle's 50.
        FigureRow[] rows = [Row(7, "ELB", 2014, 12, 1000), Row(7, "ELB", 2015, 1, 800), Row(8, "ELB", 2015, 1, 210), Row(7, "INT", 2014, 12, 50)];
        var link = new SuccessorLink(7, 8, 2015, 1, null);
        var adjustment = StructureAdjustment.Build([link], rows);

        adjustment.ShareOf(link).ShouldBe(0.2m);
        var figures = SubtreeFigures.Build(rows, Tree, adjustment);
        Held(figures, 8, "INT", 2014, 12).ShouldBe(10m);
        Held(figures, 7, "INT", 2014, 12).ShouldBe(40m);
        Held(figures, 8, "ELB", 2014, 12).ShouldBe(200m);
        Held(figures, 7, "ELB", 2014, 12).ShouldBe(800m);
        Held(figures, 6, "INT", 2014, 12).ShouldBe(50m);
        Held(figures, 8, "ELB", 2015, 1).ShouldBe(210m); // from the date on, every unit keeps its own figures
    }

    [Fact]
    public void A_link_for_one_component_replaces_the_general_share_for_it_and_no_stock_before_the_date_moves_nothing()
    {
        FigureRow[] rows = [Row(7, "INT", 2014, 12, 50), Row(7, "ELB", 2014, 12, 1000)];
        var general = new SuccessorLink(7, 8, 2015, 1, 0.5m);
        var forElb = new SuccessorLink(7, 8, 2015, 1, 0.1m, "K2", "ELB");
        var figures = SubtreeFigures.Build(rows, Tree, StructureAdjustment.Build([general, forElb], rows));
        Held(figures, 8, "INT", 2014, 12).ShouldBe(25m);
        Held(figures, 8, "ELB", 2014, 12).ShouldBe(100m);

        var noStock = new SuccessorLink(5, 4, 2015, 4, null);
        StructureAdjustment.Build([noStock], [Row(5, "INT", 2015, 3, 10)]).ShareOf(noStock).ShouldBeNull();
    }

    [Fact]
    public void Invariants_over_generated_trees_merges_and_splits()
    {
        var scenario = Gen.Select(Gen.Int[3, 12], Gen.Int[0, 5], Gen.Int[0, 40]).SelectMany((size, linkCount, rowCount) => Gen.Select(
            Gen.Int[0, 1000].Array[size], // parent choice per unit (mod its index: a tree)
            Gen.Select(Gen.Int[1, size - 1], Gen.Int[1, size - 1], Gen.Int[1, 24], Gen.Int[0, 100]).Array[linkCount],
            Gen.Select(Gen.Int[1, size - 1], Gen.Int[0, 1], Gen.Int[1, 24], Gen.Int[0, 5000]).Array[rowCount]));
        scenario.Sample((parents, links, figures) =>
        {
            var nodes = parents.Select((p, i) => new UnitNode(i + 1, i == 0 ? null : (p % i) + 1,
                i == 0 ? OrgUnitKind.Jobcenter : OrgUnitKind.Team)).ToList();
            var tree = new UnitTree(nodes);
            var successorLinks = links.Where(l => l.Item1 != l.Item2).Select(l => new SuccessorLink(l.Item1 + 1, l.Item2 + 1,
                2014 + ((l.Item3 - 1) / 12), ((l.Item3 - 1) % 12) + 1, l.Item4 == 0 ? null : l.Item4 / 100m)).ToList();
            var rows = figures.Select(f => Row(f.Item1 + 1, f.Item2 == 0 ? "INT" : "ELB", 2014 + ((f.Item3 - 1) / 12),
                ((f.Item3 - 1) % 12) + 1, f.Item4)).ToList();

            var adjusted = SubtreeFigures.Build(rows, tree, StructureAdjustment.Build(successorLinks, rows));
            var plain = SubtreeFigures.Build(rows, tree, StructureAdjustment.None);
            foreach (var (component, year, month) in rows.Select(r => (r.Component, r.Year, r.Month)).Distinct())
            {
                // 1. The Jobcenter never changes.
                Held(adjusted, 1, component, year, month)!.Value.ShouldBe(Held(plain, 1, component, year, month)!.Value, 0.000000001m);
                foreach (var unit in tree.Ids)
                {
                    // 2. A unit is the sum of what it holds itself and its children's subtrees (additive components).
                    var own = SubtreeFigures.Build(rows, new UnitTree([new UnitNode(unit, null, OrgUnitKind.Team)]),
                        StructureAdjustment.Build(successorLinks, rows));
                    var children = nodes.Where(c => c.ParentId == unit).Select(c => c.Id).Sum(c => Held(adjusted, c, component, year, month) ?? 0m);
                    (Held(adjusted, unit, component, year, month) ?? 0m)
                        .ShouldBe(children + (Held(own, unit, component, year, month) ?? 0m), 0.000001m);

                    // 3. Without a link into or out of its subtree, a unit keeps its own figures.
                    var subtree = tree.SubtreeOf(unit).ToHashSet();
                    if (!successorLinks.Any(l => subtree.Contains(l.Predecessor) != subtree.Contains(l.Successor)))
                    {
                        (Held(adjusted, unit, component, year, month) ?? 0m).ShouldBe(Held(plain, unit, component, year, month) ?? 0m, 0.000000001m);
                    }
                }
            }
        }, iter: 300);
    }
}
